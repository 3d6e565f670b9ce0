package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormWriteException;
import org.selfeval.recovery.Autosaver;
import org.selfeval.recovery.DocumentKey;

/**
 * The recovery record of the form open in a session (docs/recovery.md): journalled after each unsaved change and
 * each draft, removed on save, on undoing back to the saved state and on closing. A record follows its form
 * when the view model around it is rebuilt (another language), so that nothing is journalled twice or lost.
 */
final class DocumentJournal {

    /** Journals every open form; {@code null}: no autosave (tests, no data folder). */
    private final Autosaver autosaver;
    private final FormMapper mapper;
    private Autosaver.Tracked record;
    private DocumentKey key;
    private FormViewModel followed;
    private final List<Runnable> detach = new ArrayList<>();

    DocumentJournal(Autosaver autosaver, FormMapper mapper) {
        this.autosaver = autosaver;
        this.mapper = mapper;
    }

    /**
     * Starts the record of a newly shown form, ending the one before.
     *
     * @param restoredKey the key to keep (restored work), or {@code null} for one made from {@code path}
     */
    void start(FormViewModel vm, Path path, DocumentKey restoredKey, Supplier<String> name) {
        close();
        key = restoredKey != null ? restoredKey : path == null ? DocumentKey.untitled() : DocumentKey.forFile(path);
        record = autosaver == null ? null : autosaver.track(key, name.get(), this::snapshot);
        follow(vm, name);
    }

    /** Takes over the record of another session's form, now in the view model rebuilt around it. */
    void takeOver(DocumentJournal other, FormViewModel vm, Supplier<String> name) {
        other.detach.forEach(Runnable::run);
        other.detach.clear();
        record = other.record;
        key = other.key;
        other.record = null;
        follow(vm, name);
    }

    /** Journals the changes of this view model (its form and undo history) in the current record. */
    private void follow(FormViewModel vm, Supplier<String> name) {
        detach.forEach(Runnable::run);
        detach.clear();
        followed = vm;
        Autosaver.Tracked tracked = record;
        if (tracked == null) {
            return;
        }
        listen(vm.stack().revisionProperty(), (obs, before, after) -> {
            if (vm.stack().isDirty()) {
                tracked.changed();
            }
        });
        // Typing not committed yet is kept too; typing cancelled in a form as saved leaves nothing to keep.
        listen(vm.draftProperty(), (obs, before, after) -> {
            if (after != null || vm.stack().isDirty()) {
                tracked.changed();
            } else if (record == tracked) {
                tracked.saved(key, name.get());
            }
        });
        // Undoing back to the saved state: nothing left to recover.
        listen(vm.stack().dirtyProperty(), (obs, was, is) -> {
            if (!is && record == tracked) {
                tracked.saved(key, name.get());
            }
        });
    }

    private <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        detach.add(() -> value.removeListener(listener));
    }

    private org.selfeval.io.FormDocument snapshot() {
        return Drafts.apply(mapper.toDocument(followed.form()), followed.draftProperty().get());
    }

    /** The form was saved to {@code path}: its record goes, and later changes are journalled under that file. */
    void saved(Path path, String name, boolean stillDirty) {
        key = DocumentKey.forFile(path);
        if (record != null) {
            record.saved(key, name);
            if (stillDirty) {
                record.changed(); // edited while the save ran: those edits are not in the file
            }
        }
    }

    /** The form is closed (saved, discarded or replaced): its record goes. */
    void close() {
        if (record != null) {
            record.close(); // kept: flush() still waits for the removal
        }
    }

    /** Writes the record now if a change is pending, and waits; not on the FX thread. */
    void flush() throws Exception {
        Autosaver.Tracked current = record;
        if (current != null) {
            current.flush();
        }
    }

    /**
     * Writes the record of the form as it is now, on the calling thread, which must be the form's (the FX thread):
     * after an unforeseen failure, when the usual delay may be too long.
     *
     * @return false when the form has nothing unsaved (no record needed)
     * @throws FormWriteException   the record could not be written
     * @throws IllegalStateException there is no journal to write it to (autosave is off)
     */
    boolean writeNow() throws FormWriteException {
        if (followed == null || (!followed.stack().isDirty() && followed.draftProperty().get() == null)) {
            return false;
        }
        if (record == null) {
            throw new IllegalStateException("unsaved work, and no recovery journal to write it to");
        }
        record.writeNow(snapshot());
        return true;
    }
}
