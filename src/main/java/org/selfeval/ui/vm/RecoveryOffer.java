package org.selfeval.ui.vm;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormReadException;
import org.selfeval.recovery.RecoveryEntry;
import org.selfeval.recovery.RecoveryJournal;

/**
 * At start-up: offers the unsaved work that runs ended without closing left in the {@link RecoveryJournal}
 * (newest first), each with its document name and time: 恢复, 放弃, or 以后再说 (offered again next start).
 */
public final class RecoveryOffer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RecoveryJournal journal;
    private final DocumentSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final Background background;
    private final ZoneId zone;

    /**
     * @param background where the restored form's own record is awaited before the old one is removed (it waits
     *                   for the window's thread, so it must not run on it)
     */
    public RecoveryOffer(RecoveryJournal journal, DocumentSession session, DialogService dialogs, Messages messages,
                         Background background, ZoneId zone) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.background = Objects.requireNonNull(background, "background");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Asks about each entry in turn; returns how many were restored. */
    public int offer() {
        List<RecoveryEntry> entries = journal.recoverable();
        int restored = 0;
        for (RecoveryEntry entry : entries) {
            switch (dialogs.askRecovery(shownName(entry), TIME.format(entry.savedAt().atZone(zone)))) {
                case RESTORE -> restored += restore(entry) ? 1 : 0;
                case DISCARD -> journal.discard(entry);
                case LATER -> { } // stays in the journal: offered again next start
            }
        }
        return restored;
    }

    private String shownName(RecoveryEntry entry) {
        String name = entry.documentName().isBlank() ? messages.get("editor.untitled") : entry.documentName();
        return entry.document().isUntitled() ? name : messages.get("wiring.recovery.file", name,
                String.valueOf(entry.document().file()));
    }

    private boolean restore(RecoveryEntry entry) {
        FormDocument doc;
        try {
            doc = journal.load(entry);
        } catch (FormReadException e) {
            dialogs.showError(messages.get("wiring.recovery.unreadable", e.describe(messages)));
            return false; // the record stays: perhaps a later version of the program can read it
        }
        if (!session.restore(doc, entry.document())) {
            return false;
        }
        // The old record goes only once the restored window has journalled the work itself.
        background.run(() -> {
            session.flushRecovery();
            journal.discard(entry);
            return entry;
        }, done -> { }, failure -> { });
        return true;
    }
}
