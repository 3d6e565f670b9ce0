package org.selfeval.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the officer's files safely: only regular files (a folder, a named pipe, a device such as /dev/zero or a
 * socket is refused by its kind, before it is opened, since opening a pipe waits forever and a device never
 * ends), and never more bytes than a limit, whatever size the file system reports (files under /proc say 0).
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /** Refuses what is not a regular file (a link is followed: what counts is what it points to). */
    public static void requireRegular(Path file) throws FormReadException {
        BasicFileAttributes kind;
        try {
            kind = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw systemRefusal(e, file);
        }
        if (kind.isDirectory()) {
            throw refusal(null, "io.error.isFolder", file);
        }
        if (!kind.isRegularFile()) {
            throw refusal(null, "io.error.notRegular", file);
        }
    }

    /**
     * The bytes of a regular file, refused with {@code io.error.tooLarge} when it holds more than {@code limit}
     * bytes: the stream is read up to one byte past the limit and no further.
     */
    public static byte[] read(Path file, long limit) throws FormReadException {
        requireRegular(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limit) {
                FormReadException tooLarge = new FormReadException("io.error.tooLarge", humanSize(limit));
                tooLarge.about(file);
                throw tooLarge;
            }
            return bytes;
        } catch (FormReadException e) {
            throw e;
        } catch (IOException e) {
            throw systemRefusal(e, file);
        }
    }

    /**
     * Why the system would not let a file be read, in plain words: it is gone, 权限不足 (also for a file the
     * officer may not read, which only shows when it is opened), or a read error (a disk, network drive or
     * stick failing); never the system's own text.
     */
    public static FormReadException systemRefusal(IOException e, Path file) {
        if (e instanceof FormReadException known) {
            return known;
        }
        if (e instanceof NoSuchFileException) {
            return refusal(e, "io.error.notFound", file);
        }
        if (e instanceof AccessDeniedException) {
            return refusal(e, "io.error.noPermission", file);
        }
        return refusal(e, "io.error.unreadable", file);
    }

    /**
     * The refusal of a file that could not be read for a reason of the system: the reason in plain words
     * (权限不足, 找不到文件, 读取出错), never the system's own text. {@code file} is the first argument of every
     * key.
     */
    public static FormReadException refusal(IOException cause, String key, Path file, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = FileNames.shown(file);
        System.arraycopy(more, 0, args, 1, more.length);
        FormReadException e = new FormReadException(cause, key, args);
        e.about(file);
        return e;
    }

    /** A size as the officer reads it: 8 MB, 20 MB, 512 KB. */
    public static String humanSize(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
