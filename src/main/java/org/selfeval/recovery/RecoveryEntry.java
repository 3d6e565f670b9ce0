package org.selfeval.recovery;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved work left by a run of SelfEval that ended without closing its window (crash, power loss, kill), as
 * offered on the next start.
 *
 * @param journalFile  the recovery file itself (in the application-data folder, never the user's file)
 * @param document     which document it was
 * @param documentName the name shown in the window's title then (file name, or 未命名 …)
 * @param savedAt      when the last edit was journalled
 */
public record RecoveryEntry(Path journalFile, DocumentKey document, String documentName, Instant savedAt) {
}
