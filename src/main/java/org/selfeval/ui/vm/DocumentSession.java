package org.selfeval.ui.vm;

import java.io.IOException;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;

/**
 * The form open in the window and its file: New, Open, Open Recent, Save, Save As, and the question
 * "save changes?" before unsaved work would be lost. The title shows the file name and {@code *} when unsaved.
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

    private final ReadOnlyObjectWrapper<FormViewModel> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** Mirrors the open document's dirty flag, so the title can follow it across documents. */
    private final SimpleBooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringBinding title;

    public DocumentSession(ProfileCatalog catalog, Messages messages, DialogService dialogs, Settings settings,
                           Debouncer debouncer) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.files = new FormFiles();
        this.mapper = new FormMapper(catalog);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.debouncer = Objects.requireNonNull(debouncer, "debouncer");
        recent.setAll(settings.recentFiles());
        title = Bindings.createStringBinding(() -> messages.get("editor.title",
                (dirty.get() ? "*" : "") + documentName(), messages.get("app.name")), file, dirty, document);
        show(BlankForms.create(catalog.defaultProfile()), null);
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
        edition.ifPresent(p -> show(BlankForms.create(p), null));
        return edition.isPresent();
    }

    /** 新建 with a known edition (no question about the edition). */
    public boolean newForm(Profile profile) {
        if (!confirmDiscard()) {
            return false;
        }
        show(BlankForms.create(profile), null);
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
            FormDocument doc = files.read(absolute);
            if (doc.edition() != null && catalog.find(doc.edition()).isEmpty()) {
                throw new FormReadException("io.error.unknownEdition", doc.edition());
            }
            form = mapper.toModel(doc);
        } catch (FormReadException e) {
            dialogs.showError(e.describe(messages));
            if ("io.error.notFound".equals(e.messageKey())) {
                forget(absolute);
            }
            return false;
        }
        show(form, absolute);
        remember(absolute);
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

    private boolean write(Path path) {
        FormViewModel current = document.get();
        try {
            files.write(path, mapper.toDocument(current.form()));
        } catch (IOException e) {
            dialogs.showError(messages.get("io.error.write", path.toString(), String.valueOf(e.getMessage())));
            return false;
        }
        current.stack().markSaved();
        file.set(path);
        remember(path);
        return true;
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

    private void show(FormModel form, Path path) {
        FormViewModel vm = new FormViewModel(form, messages, debouncer);
        dirty.unbind();
        file.set(path);
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
        if (form.getYear() != null) {
            base = form.getYear() + "-" + base;
        }
        return base.replaceAll("[\\\\/:*?\"<>|]", "_") + EXTENSION;
    }

    private Path folder() {
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
