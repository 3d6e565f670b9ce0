package org.selfeval.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A save that failed, with the reason in the officer's terms (disk full, read-only folder, vanished USB
 * stick, file held by another program). Whenever this is thrown the previous file is intact and no temporary
 * file is left behind; the window keeps the form unsaved and offers Save As.
 */
public final class FormWriteException extends LocalizedIOException {

    private static final long serialVersionUID = 1L;

    public FormWriteException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }

    /** Whether trying again in a moment may succeed (a file held open by another program, on Windows). */
    public boolean isTransient() {
        return "io.save.locked".equals(messageKey());
    }

    /** Names the cause of a failed save of {@code target} by what the operating system reported. */
    public static FormWriteException of(IOException e, Path target) {
        if (e instanceof FormWriteException known) {
            return known;
        }
        Path absolute = target.toAbsolutePath();
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            // Jackson's words are English and about its internals; the disk was not touched.
            return new FormWriteException(e, "io.save.contentFailed", absolute.toString());
        }
        Path folder = absolute.getParent();
        String reason = reason(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        String file = absolute.toString();
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk quota")
                || lower.contains("disk is full")) {
            return new FormWriteException(e, "io.save.diskFull", file);
        }
        if (lower.contains("being used by another process") || lower.contains("locked a portion")
                || lower.contains("sharing violation")) {
            return new FormWriteException(e, "io.save.locked", file);
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return new FormWriteException(e, "io.save.folderMissing", folder.toString());
        }
        if (Files.isDirectory(absolute) || lower.contains("is a directory")) {
            return new FormWriteException(e, "io.save.targetIsFolder", file);
        }
        if (e instanceof AccessDeniedException || lower.contains("read-only file system")
                || lower.contains("operation not permitted") || lower.contains("permission denied")
                || lower.contains("access is denied")) {
            return new FormWriteException(e, "io.save.readOnly", folder == null ? file : folder.toString());
        }
        if (e instanceof NoSuchFileException) {
            return new FormWriteException(e, "io.save.folderMissing", folder == null ? file : folder.toString());
        }
        return new FormWriteException(e, "io.save.failed", file, reason);
    }

    /** The operating system's own words, without the file names Java puts around them. */
    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException fse ? fse.getReason() : null;
        if (reason == null) {
            reason = e.getMessage();
        }
        if (reason == null) {
            reason = e.getClass().getSimpleName();
        }
        int cut = reason.indexOf('\n');
        return cut < 0 ? reason : reason.substring(0, cut);
    }
}
