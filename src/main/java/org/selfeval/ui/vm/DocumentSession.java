package org.selfeval.ui.vm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
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
 * With an {@link Autosaver}, every open form (untitled ones too) is journalled for recovery after a crash.
 */
public final class DocumentSession {

    private static final int RECENT_MAX = 8;
    private static final String EXTENSION = ".json";

    private final ProfileCatalog catalog;
    private final FormFiles files;
    private final FormMapper mapper;
    private final Messages messages;
    private final DialogService dialogs;
    private final Settings settings;
    private final Debouncer debouncer;
    /** Journals the open form for crash recovery; {@code null}: no autosave (tests, no data folder). */
    private final Autosaver autosaver;
    private Autosaver.Tracked record;
    private DocumentKey key;

    private final ReadOnlyObjectWrapper<FormViewModel> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** Mirrors the open document's dirty flag, so the title can follow it across documents. */
    private final SimpleBooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
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

    /**
     * A session that starts with a form already read (the one named on the command line), not with a blank one.
     *
     * @param files     the file reader and writer to use (at start-up: the one that read {@code first}, its Jackson
     *                  set up already)
     * @param autosaver journals every open form for crash recovery; {@code null} for none
     * @param first     the form to show first; {@code null} for a blank form of the default edition
     */
    public DocumentSession(ProfileCatalog catalog, FormFiles files, Messages messages, DialogService dialogs,
                           Settings settings, Debouncer debouncer, Autosaver autosaver, OpenedForm first) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.files = Objects.requireNonNull(files, "files");
        this.mapper = new FormMapper(catalog);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.debouncer = Objects.requireNonNull(debouncer, "debouncer");
        this.autosaver = autosaver;
        recent.setAll(settings.recentFiles());
        title = Bindings.createStringBinding(() -> messages.get("editor.title",
                (dirty.get() ? "*" : "") + documentName(), messages.get("app.name")), file, dirty, document);
        if (first == null) {
            show(BlankForms.create(catalog.defaultProfile()), null, null, false);
        } else {
            show(first.form(), first.file(), null, false);
            remember(first.file());
        }
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

    /** Recently used files, newest first. */
    public ObservableList<Path> recentFiles() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** A passing remark for the status line (e.g. the recovery file could not be written); call on the FX thread. */
    public void notice(String text) {
        notice.set(""); // the same remark again is news again (the line may have been cleared meanwhile)
        notice.set(text);
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The editions this session knows (for work on other forms: next year's, a folder's). */
    public ProfileCatalog catalog() {
        return catalog;
    }

    /** The editions a new form can have. */
    public List<Profile> editions() {
        return catalog.all();
    }

    /** The name shown for the form: its file name, or 未命名 for a new one. */
    public String documentName() {
        Path path = file.get();
        return path == null ? messages.get("editor.untitled") : String.valueOf(path.getFileName());
    }

    /** 新建: asks for the edition, then starts an empty form (after asking about unsaved changes). */
    public boolean newForm() {
        if (!confirmDiscard()) {
            return false;
        }
        Optional<Profile> edition = dialogs.chooseEdition(catalog.all(), currentProfile());
        edition.ifPresent(p -> show(BlankForms.create(p), null, null, false));
        return edition.isPresent();
    }

    /** 文件 → 版式与评分规则…: the open form's rules, changed as one undoable step. */
    public boolean editRules() {
        FormViewModel current = document.get();
        Optional<Profile> chosen = dialogs.editRules(current.profile(), catalog.all());
        chosen.filter(p -> !p.equals(current.profile())).ifPresent(current::applyRules);
        return chosen.isPresent();
    }

    /** 新建 with a known edition (no question about the edition). */
    public boolean newForm(Profile profile) {
        if (!confirmDiscard()) {
            return false;
        }
        show(BlankForms.create(profile), null, null, false);
        return true;
    }

    /** 打开…: asks for a file. */
    public boolean open() {
        if (!confirmDiscard()) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseFileToOpen(folder());
        return chosen.isPresent() && load(chosen.get());
    }

    /** Opens a given file (recent files, drag and drop, the command line), after asking about unsaved changes. */
    public boolean open(Path path) {
        return confirmDiscard() && load(path);
    }

    private boolean load(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        FormModel form;
        try {
            form = mapper.open(files.read(absolute));
        } catch (FormReadException e) {
            // Named: at start-up the message comes over a new blank form, which is not the file that failed.
            dialogs.showError(messages.get("editor.error.open", absolute.toString(), e.reason(messages)));
            if ("io.error.notFound".equals(e.messageKey())) {
                forget(absolute);
            }
            return false;
        }
        show(form, absolute, null, false);
        remember(absolute);
        return true;
    }

    /**
     * Opens a form that has no file of its own yet (imported from a workbook) as a new, unsaved document, after
     * asking about unsaved changes. A document this program cannot open is refused with its message.
     */
    public boolean openUnsaved(FormDocument doc) {
        return openUnsaved(doc, null, null);
    }

    /**
     * Opens work restored after a crash: unsaved ({@code *}), bound to the file it belonged to (or untitled again),
     * after asking about unsaved changes in the form open now.
     *
     * @param owner the file or untitled id the work belonged to
     * @return whether it was opened
     */
    public boolean restore(FormDocument doc, DocumentKey owner) {
        return openUnsaved(doc, owner.file(), owner);
    }

    private boolean openUnsaved(FormDocument doc, Path file, DocumentKey owner) {
        FormModel form;
        try {
            form = mapper.open(doc);
        } catch (FormReadException e) {
            dialogs.showError(e.describe(messages));
            return false;
        }
        if (!confirmDiscard()) {
            return false;
        }
        show(form, file, owner, true);
        return true;
    }

    /** 保存: to the form's file, or asks where for a new form. */
    public boolean save() {
        Path path = file.get();
        return path == null ? saveAs() : write(path);
    }

    /** 另存为…. */
    public boolean saveAs() {
        String proposed = file.get() != null ? String.valueOf(file.get().getFileName()) : proposedName();
        Optional<Path> chosen = dialogs.chooseFileToSave(folder(), proposed);
        if (chosen.isEmpty()) {
            return false;
        }
        Path path = chosen.get();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + EXTENSION);
        }
        return write(path.toAbsolutePath().normalize());
    }

    /**
     * Saves to a file. When that fails the form stays unsaved and the file as it was; the officer reads why and
     * may retry (when that can help) or save elsewhere.
     */
    private boolean write(Path path) {
        FormViewModel current = document.get();
        try {
            files.write(path, mapper.toDocument(current.form()));
        } catch (FormWriteException e) {
            return switch (dialogs.askAfterFailedSave(e.describe(messages), e.isTransient())) {
                case RETRY -> write(path);
                case SAVE_AS -> saveAs();
                case CANCEL -> false;
            };
        }
        current.stack().markSaved();
        file.set(path);
        remember(path);
        key = DocumentKey.forFile(path);
        if (record != null) {
            record.saved(key, documentName());
        }
        notice(messages.get("editor.saved", path.toString())); // the title's * going away is easy to miss
        return true;
    }

    /**
     * The window is closing after {@link #confirmDiscard()} agreed (saved, discarded, or nothing to lose): the
     * form's recovery record goes, so the next start offers nothing.
     */
    public void close() {
        if (record != null) {
            record.close(); // kept: flushRecovery() still waits for the removal
        }
    }

    /** Writes the open form's recovery record now if a change is pending, and waits; not on the FX thread. */
    public void flushRecovery() throws Exception {
        Autosaver.Tracked current = record;
        if (current != null) {
            current.flush();
        }
    }

    /**
     * Before unsaved changes would be lost: asks save / discard / cancel.
     *
     * @return true when it is fine to go on (saved, discarded or nothing to lose)
     */
    public boolean confirmDiscard() {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.askSaveChanges(documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /**
     * Shows a form in the window, replacing the one before (whose changes were saved or given up by then).
     *
     * @param restoredKey the recovery key to keep (restored work), or {@code null} for one made from {@code path}
     * @param unsaved     whether the form starts with the unsaved mark (imported, restored)
     */
    private void show(FormModel form, Path path, DocumentKey restoredKey, boolean unsaved) {
        FormViewModel vm = new FormViewModel(form, messages, debouncer);
        dirty.unbind();
        file.set(path);
        close();
        key = restoredKey != null ? restoredKey : path == null ? DocumentKey.untitled() : DocumentKey.forFile(path);
        if (autosaver != null) {
            Autosaver.Tracked tracked = autosaver.track(key, documentName(),
                    () -> Drafts.apply(mapper.toDocument(form), vm.draftProperty().get()));
            record = tracked;
            vm.stack().revisionProperty().addListener((obs, before, after) -> {
                if (vm.stack().isDirty()) {
                    tracked.changed();
                }
            });
            // Typing not committed yet is kept too; typing cancelled in a form as saved leaves nothing to keep.
            vm.draftProperty().addListener((obs, before, after) -> {
                if (after != null || vm.stack().isDirty()) {
                    tracked.changed();
                } else if (record == tracked) {
                    tracked.saved(key, documentName());
                }
            });
            // Undoing back to the saved state: nothing left to recover.
            vm.stack().dirtyProperty().addListener((obs, was, is) -> {
                if (!is && record == tracked) {
                    tracked.saved(key, documentName());
                }
            });
        }
        if (unsaved) {
            vm.stack().markUnsaved();
        }
        document.set(vm);
        dirty.bind(vm.stack().dirtyProperty());
    }

    private Profile currentProfile() {
        FormViewModel current = document.get();
        return current == null ? catalog.defaultProfile() : current.profile();
    }

    private String proposedName() {
        FormModel form = document.get().form();
        String name = form.getProjectName() == null ? "" : form.getProjectName().strip();
        String base = name.isEmpty() ? messages.get("editor.untitled") : name;
        // Not twice when the name begins with the year already (2021年…项目), as the export's proposal.
        if (form.getYear() != null && !base.startsWith(String.valueOf(form.getYear()))) {
            base = form.getYear() + "-" + base;
        }
        return base.replaceAll("[\\\\/:*?\"<>|]", "_") + EXTENSION;
    }

    /** The folder to propose in file dialogs: the form's own, else the last one used. */
    public Path folder() {
        Path path = file.get();
        if (path != null && path.getParent() != null) {
            return path.getParent();
        }
        return settings.lastFolder().filter(Files::isDirectory).orElse(null);
    }

    private void remember(Path path) {
        if (path.getParent() != null) {
            settings.setLastFolder(path.getParent());
        }
        List<Path> list = new ArrayList<>(recent);
        list.remove(path);
        list.add(0, path);
        while (list.size() > RECENT_MAX) {
            list.remove(list.size() - 1);
        }
        recent.setAll(list);
        settings.setRecentFiles(list);
    }

    private void forget(Path path) {
        if (recent.remove(path)) {
            settings.setRecentFiles(List.copyOf(recent));
        }
    }
}
