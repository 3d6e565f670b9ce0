package org.selfeval.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes files so that a crash, a full disk or a pulled USB stick never leaves a half-written one: the bytes
 * go to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed over the
 * target in one step. The previous version is kept beside it as {@code NAME.bak}. A failure is a
 * {@link FormWriteException} naming the cause; the previous file is then intact and no temporary file is left.
 */
public final class AtomicFiles {

    /** How often a rename blocked by another program (a virus scanner, a sync client) is tried. */
    static final int MOVE_ATTEMPTS = 5;
    /** Temporary files of an interrupted save older than this are removed on the next save of the file. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    /** The two steps that touch the disk; a test replaces them to simulate a full disk or a locked file. */
    interface Disk {
        void writeAndSync(Path file, byte[] bytes) throws IOException;

        void move(Path from, Path to) throws IOException;
    }

    private static final Disk REAL_DISK = new Disk() {
        @Override
        public void writeAndSync(Path file, byte[] bytes) throws IOException {
            AtomicFiles.writeAndSync(file, bytes);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            AtomicFiles.move(from, to);
        }
    };

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Disk disk;
    private final Duration retryPause;

    AtomicFiles(Disk disk, Duration retryPause) {
        this.disk = disk;
        this.retryPause = retryPause;
    }

    /**
     * Writes one of the officer's documents to {@code target} atomically, keeping the previous version as
     * {@code target.bak}. It gets the permissions the replaced file had, or a new file's usual ones.
     */
    public static void writeWithBackup(Path target, byte[] bytes) throws FormWriteException {
        new AtomicFiles(REAL_DISK, Duration.ofMillis(200)).save(target, bytes, true, true);
    }

    /** Writes one of the officer's documents (an exported workbook) atomically, without a backup. */
    public static void writeDocument(Path target, byte[] bytes) throws FormWriteException {
        new AtomicFiles(REAL_DISK, Duration.ofMillis(200)).save(target, bytes, false, true);
    }

    /** Writes a file of the program's own (recovery records) atomically, readable by its owner only. */
    public static void write(Path target, byte[] bytes) throws FormWriteException {
        new AtomicFiles(REAL_DISK, Duration.ofMillis(200)).save(target, bytes, false, false);
    }

    void save(Path target, byte[] bytes, boolean backup) throws FormWriteException {
        save(target, bytes, backup, true);
    }

    /**
     * The file a symbolic link points to (through every link of a chain), so that a save writes the officer's
     * file and leaves the link a link: renaming over the link itself would replace it by a regular file and
     * leave the linked file with the old form. A dangling link is written where it points.
     */
    static Path linkTarget(Path file) throws FormWriteException {
        Path at = file;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops >= 40) { // the system's own bound on a chain of links: a loop
                throw new FormWriteException(null, "io.save.linkLoop", file.toString());
            }
            try {
                Path next = Files.readSymbolicLink(at);
                at = at.resolveSibling(next).normalize();
            } catch (IOException e) {
                throw FormWriteException.of(e, file);
            }
        }
        return at;
    }

    /** @param document the officer's file (shared as the folder shares files), not one of the program's own */
    void save(Path target, byte[] bytes, boolean backup, boolean document) throws FormWriteException {
        Path absolute = linkTarget(target.toAbsolutePath());
        Path folder = absolute.getParent();
        String prefix = "." + absolute.getFileName() + ".";
        if (Files.isDirectory(absolute)) {
            throw new FormWriteException(null, "io.save.targetIsFolder", absolute.toString());
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FormWriteException(null, "io.save.folderMissing", String.valueOf(folder));
        }
        Path temp = null;
        Path backupTemp = null;
        try {
            temp = document ? newDocumentFile(folder, prefix, ".tmp", absolute)
                    : Files.createTempFile(folder, prefix, ".tmp");
            disk.writeAndSync(temp, bytes);
            if (backup && Files.exists(absolute)) {
                backupTemp = Files.createTempFile(folder, prefix, ".bak.tmp"); // the copy takes the file's own mode
                Files.copy(absolute, backupTemp, StandardCopyOption.REPLACE_EXISTING);
                sync(backupTemp);
                moveRetrying(backupTemp, folder.resolve(absolute.getFileName() + ".bak"), absolute);
            }
            moveRetrying(temp, absolute, absolute);
            syncFolder(folder);
        } catch (IOException e) {
            FormWriteException failure = FormWriteException.of(e, absolute);
            deleteQuietly(temp, failure);
            deleteQuietly(backupTemp, failure);
            throw failure;
        }
        deleteQuietly(backupTemp, null);
        removeStaleTemporaries(folder, prefix);
    }

    /**
     * A new empty file beside the target, with the permissions the target has, or (a new target) the ones the
     * system gives new files: {@code createTempFile} makes files only their owner can read, and a form saved into
     * a shared folder or a workbook sent on would then be closed to everyone else.
     */
    private static Path newDocumentFile(Path folder, String prefix, String suffix, Path like) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path file = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix);
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            if (Files.exists(like)) {
                try {
                    Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(like));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system (Windows): the folder's access rules apply to new files anyway
                }
            }
            return file;
        }
    }

    /** Renames, trying again for a moment while another program holds the target (Windows only does that). */
    private void moveRetrying(Path from, Path to, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                disk.move(from, to);
                return;
            } catch (IOException e) {
                if (attempt >= MOVE_ATTEMPTS || !FormWriteException.of(e, target).isTransient()) {
                    throw e;
                }
                pause();
            }
        }
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(retryPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void deleteQuietly(Path file, FormWriteException failure) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            // The folder may be gone or read-only; the reason the officer needs is the save's own.
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Removes what a save killed midway (power loss, SIGKILL) left beside the file. Only old ones: a fresh
     * one may belong to a save running right now in another window.
     */
    private static void removeStaleTemporaries(Path folder, String prefix) {
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path p : stale) {
                FileTime modified = Files.getLastModifiedTime(p);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: the save itself has succeeded.
        }
    }

    private static void writeAndSync(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FAT file systems cannot rename atomically; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable on Linux and macOS; Windows cannot open a folder, and needs not. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the data itself is already on disk.
        }
    }
}
