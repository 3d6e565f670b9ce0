package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.io.FormWriteException;
import org.selfeval.model.FormModel;
import org.selfeval.recovery.Autosaver;
import org.selfeval.recovery.DocumentKey;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;

/**
 * The form open in the window and its file: New, Open, Open Recent, Save, Save As, and the question
 * "save changes?" before unsaved work would be lost. The title shows the file name and {@code *} when unsaved.
 * Files are read and written in the {@link Background}: the file saved is the form at the moment of saving, and
 * edits made while it is written stay unsaved. With an {@link Autosaver}, every open form (untitled ones too) is
 * journalled for recovery after a crash.
 *
 * <p>Methods that may wait for a file report through a callback; their {@code boolean} forms return the outcome
 * when the work ran at once ({@link Background#immediate()}), and {@code true} while it is under way.
 */
public final class DocumentSession {

    private final SessionParts parts;
    private final FormMapper mapper;
    private final Messages messages;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final DocumentJournal journal;
    private final FileWork work;
    private final SessionFiles files;

    private final ReadOnlyObjectWrapper<FormViewModel> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** Mirrors the open document's dirty flag, so the title can follow it across documents. */
    private final SimpleBooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final StringBinding title;

    public DocumentSession(ProfileCatalog catalog, Messages messages, DialogService dialogs, Settings settings,
                           Debouncer debouncer) {
        this(catalog, messages, dialogs, settings, debouncer, null);
    }

    /** @param autosaver journals every open form for crash recovery; {@code null} for none */
    public DocumentSession(ProfileCatalog catalog, Messages messages, DialogService dialogs, Settings settings,
                           Debouncer debouncer, Autosaver autosaver) {
        this(catalog, new FormFiles(), messages, dialogs, settings, debouncer, autosaver, null);
    }

    /** A session whose files are read and written at once, on the calling thread. */
    public DocumentSession(ProfileCatalog catalog, FormFiles files, Messages messages, DialogService dialogs,
                           Settings settings, Debouncer debouncer, Autosaver autosaver, OpenedForm first) {
        this(new SessionParts(catalog, files, settings, debouncer, autosaver, Background.immediate()), messages, dialogs,
                first);
    }

    /**
     * A session that may start with a form already read (the one named on the command line).
     *
     * @param first the form to show first; {@code null} for a blank form of the default edition
     */
    public DocumentSession(SessionParts parts, Messages messages, DialogService dialogs, OpenedForm first) {
        this(parts, messages, dialogs, new RecentFiles(parts.settings()));
        if (first == null) {
            show(BlankForms.create(parts.catalog().defaultProfile()), null, null, false);
        } else {
            show(first.form(), first.file(), null, false);
            recent.remember(first.file());
        }
    }

    private DocumentSession(SessionParts parts, Messages messages, DialogService dialogs, RecentFiles recent) {
        this.parts = parts;
        this.mapper = new FormMapper(parts.catalog());
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = recent;
        this.journal = new DocumentJournal(parts.autosaver(), mapper);
        this.work = new FileWork(parts.background());
        this.files = new SessionFiles(parts.files(), mapper, messages, dialogs, work);
        title = Bindings.createStringBinding(() -> messages.get("editor.title",
                (dirty.get() ? "*" : "") + documentName(), messages.get("app.name")), file, dirty, document);
    }

    /**
     * This session in another language: the same form, undo history, file, recent files and recovery record,
     * with view models that speak {@code other}. This session is not used after.
     */
    public DocumentSession inLanguage(Messages other, DialogService otherDialogs) {
        DocumentSession next = new DocumentSession(parts, other, otherDialogs, recent);
        FormViewModel current = document.get();
        current.detach();
        FormViewModel vm = new FormViewModel(current.form(), current.stack(), other, parts.debouncer());
        next.file.set(file.get());
        next.journal.takeOver(journal, vm, next::documentName);
        next.document.set(vm);
        next.dirty.bind(vm.stack().dirtyProperty());
        dirty.unbind();
        return next;
    }

    public ReadOnlyObjectProperty<FormViewModel> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public FormViewModel document() {
        return document.get();
    }

    /** The file the form was opened from or saved to; {@code null} for a new form. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The window title: {@code *名称.json - 绩效自评表编制助手}. */
    public StringBinding titleBinding() {
        return title;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** What file is being read or written (正在保存…), empty when none is. */
    public ReadOnlyStringProperty busyProperty() {
        return work.busyProperty();
    }

    public boolean isBusy() {
        return work.isBusy();
    }

    /** Runs {@code next} now, or once the file being read or written is done and its outcome handled. */
    public void whenIdle(Runnable next) {
        work.whenIdle(next);
    }

    /** Recently used files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent.list();
    }

    /** A passing remark (e.g. the recovery file could not be written); call on the FX thread. */
    public void notice(String text) {
        notice(Notice.of(text));
    }

    /** A passing remark with a follow-up (e.g. the details of an import); call on the FX thread. */
    public void notice(Notice remark) {
        notice.set(null); // the same remark again is news again (it may have been closed meanwhile)
        notice.set(remark);
    }

    /** The latest remark; {@code null} before the first. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    /** The editions this session knows (for work on other forms: next year's, a folder's). */
    public ProfileCatalog catalog() {
        return parts.catalog();
    }

    /** The editions a new form can have. */
    public List<Profile> editions() {
        return parts.catalog().all();
    }

    /** The name shown for the form: its file name, or 未命名 for a new one. */
    public String documentName() {
        Path path = file.get();
        return path == null ? messages.get("editor.untitled") : String.valueOf(path.getFileName());
    }

    /** 新建: asks for the edition, then starts an empty form (after asking about unsaved changes). */
    public boolean newForm() {
        return outcome(done -> whenDiscardable(() -> {
            Optional<Profile> edition = dialogs.chooseEdition(editions(), currentProfile());
            edition.ifPresent(p -> show(BlankForms.create(p), null, null, false));
            done.accept(edition.isPresent());
        }, done));
    }

    /** 新建 with a known edition (no question about the edition). */
    public boolean newForm(Profile profile) {
        return outcome(done -> whenDiscardable(() -> {
            show(BlankForms.create(profile), null, null, false);
            done.accept(true);
        }, done));
    }

    /** 文件 → 版式与评分规则…: the open form's rules, changed as one undoable step. */
    public boolean editRules() {
        FormViewModel current = document.get();
        Optional<Profile> chosen = dialogs.editRules(current.profile(), editions());
        chosen.filter(p -> !p.equals(current.profile())).ifPresent(current::applyRules);
        return chosen.isPresent();
    }

    /** 打开…: asks for a file (after asking about unsaved changes). */
    public boolean open() {
        return outcome(done -> whenDiscardable(() -> {
            Optional<Path> chosen = dialogs.chooseFileToOpen(folder());
            chosen.ifPresentOrElse(path -> load(path, done), () -> done.accept(false));
        }, done));
    }

    /** Opens a given file (recent files, drag and drop, the command line), after asking about unsaved changes. */
    public boolean open(Path path) {
        return outcome(done -> whenDiscardable(() -> load(path, done), done));
    }

    private void load(Path path, Consumer<Boolean> done) {
        files.read(path, (absolute, form) -> {
            show(form, absolute, null, false);
            recent.remember(absolute);
        }, recent::forget, done);
    }

    /**
     * Opens a form that has no file of its own yet (imported from a workbook) as a new, unsaved document, after
     * asking about unsaved changes. A document this program cannot open is refused with its message.
     */
    public boolean openUnsaved(FormDocument doc) {
        return openUnsaved(doc, null, null);
    }

    /**
     * Opens work restored after a crash, after asking about unsaved changes in the form open now: unsaved ({@code *}),
     * bound to the file or untitled id it belonged to ({@code owner}). Returns whether it was opened.
     */
    public boolean restore(FormDocument doc, DocumentKey owner) {
        return openUnsaved(doc, owner.file(), owner);
    }

    private boolean openUnsaved(FormDocument doc, Path path, DocumentKey owner) {
        FormModel form;
        try {
            form = mapper.open(doc);
        } catch (FormReadException e) {
            dialogs.showError(e.describe(messages));
            return false;
        }
        return outcome(done -> whenDiscardable(() -> {
            show(form, path, owner, true);
            done.accept(true);
        }, done));
    }

    /** 保存: to the form's file, or asks where for a new form. */
    public boolean save() {
        return outcome(this::save);
    }

    /** 保存, then tells {@code done} whether the form was saved. */
    public void save(Consumer<Boolean> done) {
        Path path = file.get();
        if (path == null) {
            saveAs(done);
        } else {
            write(path, done);
        }
    }

    /** 另存为…. */
    public boolean saveAs() {
        return outcome(this::saveAs);
    }

    private void saveAs(Consumer<Boolean> done) {
        String proposed = file.get() != null ? String.valueOf(file.get().getFileName())
                : files.proposedName(document.get().form());
        dialogs.chooseFileToSave(folder(), proposed).ifPresentOrElse(chosen -> write(files.withExtension(chosen), done),
                () -> done.accept(false));
    }

    private void write(Path path, Consumer<Boolean> done) {
        FormViewModel current = document.get();
        files.write(current, path, () -> {
            if (document.get() != current) {
                return; // another form was opened meanwhile (the commands wait; a program might not)
            }
            file.set(path);
            recent.remember(path);
            journal.saved(path, documentName(), current.stack().isDirty());
            notice(messages.get("editor.saved", path.toString())); // the title's * going away is easy to miss
        }, this::saveAs, done);
    }

    /** The window closes after {@link #whenDiscardable} agreed: the recovery record goes, nothing is offered. */
    public void close() {
        journal.close();
    }

    /** Writes the open form's recovery record now if a change is pending, and waits; not on the FX thread. */
    public void flushRecovery() throws Exception {
        journal.flush();
    }

    /**
     * Writes the open form's recovery record at once, on the FX thread (after an unforeseen failure); false when
     * nothing is unsaved. Throws {@link IllegalStateException} for unsaved work without a journal (autosave off).
     */
    public boolean recordNow() throws FormWriteException {
        return journal.writeNow();
    }

    /** Before unsaved changes would be lost: asks save / discard / cancel; true when it is fine to go on. */
    public boolean confirmDiscard() {
        return outcome(done -> whenDiscardable(() -> done.accept(true), done));
    }

    /**
     * Runs {@code next} once unsaved changes are saved or given up (asking save / discard / cancel); tells
     * {@code refused} {@code false} when the officer cancels or the save fails.
     */
    public void whenDiscardable(Runnable next, Consumer<Boolean> refused) {
        if (!dirty.get()) {
            next.run();
            return;
        }
        switch (dialogs.askSaveChanges(documentName())) {
            case SAVE -> save(saved -> {
                if (saved) {
                    next.run();
                } else {
                    refused.accept(false);
                }
            });
            case DISCARD -> next.run();
            case CANCEL -> refused.accept(false);
        }
    }

    /**
     * Shows a form in the window, replacing the one before (whose changes were saved or given up by then).
     *
     * @param restoredKey the recovery key to keep (restored work), or {@code null} for one made from {@code path}
     * @param unsaved     whether the form starts with the unsaved mark (imported, restored)
     */
    private void show(FormModel form, Path path, DocumentKey restoredKey, boolean unsaved) {
        FormViewModel before = document.get();
        if (before != null) {
            before.detach();
        }
        FormViewModel vm = new FormViewModel(form, messages, parts.debouncer());
        dirty.unbind();
        file.set(path);
        journal.start(vm, path, restoredKey, this::documentName);
        if (unsaved) {
            vm.stack().markUnsaved();
        }
        document.set(vm);
        dirty.bind(vm.stack().dirtyProperty());
    }

    private Profile currentProfile() {
        FormViewModel current = document.get();
        return current == null ? parts.catalog().defaultProfile() : current.profile();
    }

    /** The folder to propose in file dialogs: the form's own, else the last one used. */
    public Path folder() {
        Path path = file.get();
        if (path != null && path.getParent() != null) {
            return path.getParent();
        }
        return recent.lastFolder().orElse(null);
    }

    /** The outcome of work that reports through a callback: its result if it ran at once, else true (under way). */
    private static boolean outcome(Consumer<Consumer<Boolean>> operation) {
        boolean[] result = {true};
        operation.accept(ok -> result[0] = ok);
        return result[0];
    }
}
