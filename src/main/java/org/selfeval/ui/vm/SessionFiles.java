package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.io.FormWriteException;
import org.selfeval.io.LocalizedIOException;
import org.selfeval.model.FormModel;

/**
 * Reading and writing a session's form files through its {@link FileWork}, with the session's messages: what a
 * failure says (naming the file), Retry and Save As after a failed save, the name proposed for a new file.
 */
final class SessionFiles {

    private static final String EXTENSION = ".json";

    private final FormFiles files;
    private final FormMapper mapper;
    private final Messages messages;
    private final DialogService dialogs;
    private final FileWork work;

    SessionFiles(FormFiles files, FormMapper mapper, Messages messages, DialogService dialogs, FileWork work) {
        this.files = files;
        this.mapper = mapper;
        this.messages = messages;
        this.dialogs = dialogs;
        this.work = work;
    }

    /**
     * Reads a form file in the background and hands the form to {@code opened} on the form's thread; a file that
     * cannot be read is named in an error and, if it is gone, taken off the recent files by {@code gone}.
     */
    void read(Path path, BiConsumer<Path, FormModel> opened, Consumer<Path> gone, Consumer<Boolean> done) {
        Path absolute = path.toAbsolutePath().normalize();
        boolean started = work.run(messages.get("editor.busy.opening", String.valueOf(absolute.getFileName())),
                () -> mapper.open(files.read(absolute)), form -> {
                    opened.accept(absolute, form);
                    done.accept(true);
                }, failure -> {
                    // Named: at start-up the message comes over a new blank form, which is not the file that failed.
                    dialogs.showError(messages.get("editor.error.open", absolute.toString(), reason(failure)));
                    if (failure instanceof FormReadException e && "io.error.notFound".equals(e.messageKey())) {
                        gone.accept(absolute);
                    }
                    done.accept(false);
                });
        if (!started) {
            done.accept(false); // another file is being read or written: this one would race it
        }
    }

    /**
     * Writes the form as it is now: the snapshot is taken on this thread, the file written in the background, and
     * the form marked saved at the state it had now (edits made meanwhile stay unsaved). When that fails the form
     * stays unsaved and the file as it was; the officer reads why and may retry (when that can help) or save
     * elsewhere.
     *
     * @param written runs on the form's thread once the file is written
     * @param saveAs  the session's Save As, offered after a failure
     */
    void write(FormViewModel current, Path path, Runnable written, Consumer<Consumer<Boolean>> saveAs,
               Consumer<Boolean> done) {
        FormDocument snapshot = mapper.toDocument(current.form());
        Object position = current.stack().position();
        boolean started = work.run(messages.get("editor.busy.saving", String.valueOf(path.getFileName())), () -> {
            files.write(path, snapshot);
            return path;
        }, target -> {
            current.stack().markSaved(position);
            written.run();
            done.accept(true);
        }, failure -> {
            if (!(failure instanceof FormWriteException e)) {
                dialogs.showError(messages.get("editor.error.save", path.toString(), reason(failure)));
                done.accept(false);
                return;
            }
            switch (dialogs.askAfterFailedSave(e.describe(messages), e.isTransient())) {
                case RETRY -> write(current, path, written, saveAs, done);
                case SAVE_AS -> saveAs.accept(done);
                case CANCEL -> done.accept(false);
            }
        });
        if (!started) {
            done.accept(false);
        }
    }

    /** The path chosen in the save dialog, with {@code .json} added when the officer typed a name without one. */
    Path withExtension(Path chosen) {
        Path path = chosen;
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + EXTENSION);
        }
        return path.toAbsolutePath().normalize();
    }

    /** The name proposed for a form that has no file yet: {@code 2022-项目名称.json}. */
    String proposedName(FormModel form) {
        String name = form.getProjectName() == null ? "" : form.getProjectName().strip();
        String base = name.isEmpty() ? messages.get("editor.untitled") : name;
        // Not twice when the name begins with the year already (2021年…项目), as the export's proposal.
        if (form.getYear() != null && !base.startsWith(String.valueOf(form.getYear()))) {
            base = form.getYear() + "-" + base;
        }
        return base.replaceAll("[\\\\/:*?\"<>|]", "_") + EXTENSION;
    }

    /** Why a file could not be read or written, in plain words (a known reason, else an unforeseen one). */
    private String reason(Exception failure) {
        if (failure instanceof LocalizedIOException known) {
            return known.reason(messages);
        }
        LocalizedIOException.Phrase why = LocalizedIOException.unexpected(failure);
        return messages.get(why.key(), why.args());
    }
}
