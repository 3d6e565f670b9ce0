package org.selfeval.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash, a full disk or a pulled USB stick never leaves a half-written one: the bytes
 * go to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed over the
 * target in one step. The previous version is kept beside it as {@code NAME.bak}.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically, keeping the previous version as {@code target.bak}. */
    public static void writeWithBackup(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            // The backup is itself replaced atomically, before the file: a crash leaves both old, never torn.
            Path folder = absolute.getParent();
            Path backupTemp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".bak.tmp");
            try {
                Files.copy(absolute, backupTemp, StandardCopyOption.REPLACE_EXISTING);
                sync(backupTemp);
                move(backupTemp, folder.resolve(absolute.getFileName() + ".bak"));
            } finally {
                Files.deleteIfExists(backupTemp);
            }
        }
        write(absolute, bytes);
    }

    /** Writes {@code bytes} to {@code target} atomically, without a backup (recovery files, settings). */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            writeAndSync(temp, bytes);
            move(temp, absolute);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
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
