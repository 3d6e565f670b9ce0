package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.i18n.Messages;

/**
 * Saves that fail — full disk, read-only folder, vanished folder, a folder in the file's place, a file held by
 * another program — say why, keep the previous file, and leave no temporary file behind.
 */
class AtomicFilesTest {

    private static final byte[] OLD = "old version\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new version, longer than the old one\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aDocumentKeepsThePermissionsOfTheFileItReplacesAndANewOneGetsTheUsualOnes() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(dir.resolve("usual.txt")); // what this system gives a new file
        Path file = dir.resolve("form.json");
        AtomicFiles.writeWithBackup(file, OLD);
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(file),
                "not only its owner's, as a temporary file's");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeWithBackup(file, NEW);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-r-----",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("form.json.bak"))));

        Path workbook = dir.resolve("form.xlsx");
        AtomicFiles.writeDocument(workbook, NEW);
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(workbook));

        Path record = dir.resolve("recovery.json");
        AtomicFiles.write(record, NEW);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(record)),
                "the program's own records stay its owner's");
    }

    @Test
    void aSaveReplacesTheFileAndKeepsThePreviousAsBackup() throws Exception {
        Path file = dir.resolve("form.json");
        AtomicFiles.writeWithBackup(file, OLD);
        assertFalse(Files.exists(dir.resolve("form.json.bak")), "nothing to back up the first time");
        AtomicFiles.writeWithBackup(file, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertArrayEquals(OLD, Files.readAllBytes(dir.resolve("form.json.bak")));
        assertEquals(Set.of("form.json", "form.json.bak"), names());
    }

    @Test
    void aFullDiskKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("form.json");
        AtomicFiles.writeWithBackup(file, OLD);
        AtomicFiles.writeWithBackup(file, OLD);
        AtomicFiles full = new AtomicFiles(new FailingDisk(new FileSystemException(null, null,
                "No space left on device"), 0), Duration.ZERO);
        FormWriteException e = assertThrows(FormWriteException.class, () -> full.save(file, NEW, true));
        assertEquals("io.save.diskFull", e.messageKey());
        assertPlain(e);
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertArrayEquals(OLD, Files.readAllBytes(dir.resolve("form.json.bak")));
        assertEquals(Set.of("form.json", "form.json.bak"), names());
    }

    @Test
    void theOperatingSystemsOwnFullDiskErrorIsRecognised() throws Exception {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.isWritable(devFull), "needs /dev/full (Linux)");
        IOException real = assertThrows(IOException.class, () -> {
            try (FileChannel channel = FileChannel.open(devFull, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(NEW));
                channel.force(true);
            }
        });
        assertEquals("io.save.diskFull", FormWriteException.of(real, dir.resolve("form.json")).messageKey());
    }

    @Test
    void aReadOnlyFolderKeepsTheOldFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("readonly"));
        Path file = folder.resolve("form.json");
        AtomicFiles.writeWithBackup(file, OLD);
        Runnable undo = makeReadOnly(folder);
        try {
            FormWriteException e = assertThrows(FormWriteException.class, () -> AtomicFiles.writeWithBackup(file, NEW));
            assertEquals("io.save.readOnly", e.messageKey(), e.getCause() == null ? "" : e.getCause().toString());
            assertPlain(e);
            assertArrayEquals(OLD, Files.readAllBytes(file));
        } finally {
            undo.run();
        }
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(List.of("form.json"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFolderInTheFilesPlaceIsRefusedAndKept() throws Exception {
        Path file = Files.createDirectory(dir.resolve("form.json"));
        Files.writeString(file.resolve("inside.txt"), "keep me");
        FormWriteException e = assertThrows(FormWriteException.class, () -> AtomicFiles.writeWithBackup(file, NEW));
        assertEquals("io.save.targetIsFolder", e.messageKey());
        assertPlain(e);
        assertEquals("keep me", Files.readString(file.resolve("inside.txt")));
        assertEquals(Set.of("form.json"), names());
    }

    @Test
    void aVanishedFolderIsSaidSo() {
        Path file = dir.resolve("usb-stick").resolve("form.json");
        FormWriteException e = assertThrows(FormWriteException.class, () -> AtomicFiles.writeWithBackup(file, NEW));
        assertEquals("io.save.folderMissing", e.messageKey());
        assertTrue(e.describe(Messages.chinese()).contains("usb-stick"), e.describe(Messages.chinese()));
        assertPlain(e);
    }

    @Test
    void aFolderRemovedDuringTheSaveIsSaidSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("usb-stick"));
        Path file = folder.resolve("form.json");
        AtomicFiles.writeWithBackup(file, OLD);
        AtomicFiles pulled = new AtomicFiles(new AtomicFiles.Disk() {
            @Override
            public void writeAndSync(Path temp, byte[] bytes) throws IOException {
                Files.write(temp, bytes);
                deleteTree(folder); // the stick is pulled after the bytes went out
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                Files.move(from, to);
            }
        }, Duration.ZERO);
        FormWriteException e = assertThrows(FormWriteException.class, () -> pulled.save(file, NEW, true));
        assertEquals("io.save.folderMissing", e.messageKey());
        assertPlain(e);
        assertFalse(Files.exists(folder));
    }

    @Test
    void aFileHeldByAnotherProgramIsTriedAgainThenSaid() throws Exception {
        Path file = dir.resolve("form.json");
        AtomicFiles.writeWithBackup(file, OLD);
        // The words Windows uses when a virus scanner or Excel holds the file.
        FileSystemException locked = new FileSystemException(file.toString(), null,
                "The process cannot access the file because it is being used by another process");
        FailingDisk briefly = new FailingDisk(locked, 2);
        new AtomicFiles(briefly, Duration.ZERO).save(file, NEW, true);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertEquals(3, briefly.moves.get(), "two refused renames onto the form, then the third went through");

        FailingDisk forever = new FailingDisk(locked, Integer.MAX_VALUE);
        FormWriteException e = assertThrows(FormWriteException.class,
                () -> new AtomicFiles(forever, Duration.ZERO).save(file, OLD, true));
        assertEquals("io.save.locked", e.messageKey());
        assertTrue(e.isTransient());
        assertEquals(AtomicFiles.MOVE_ATTEMPTS, forever.moves.get());
        assertPlain(e);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertEquals(Set.of("form.json", "form.json.bak"), names());
    }

    @Test
    void temporaryFilesOfAKilledSaveAreRemovedOnceOld() throws Exception {
        Path file = dir.resolve("form.json");
        Path old = Files.writeString(dir.resolve(".form.json.123.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.writeString(dir.resolve(".form.json.456.tmp"), "a save in progress");
        Path other = Files.writeString(dir.resolve(".other.json.789.tmp"), "another file's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        AtomicFiles.writeWithBackup(file, NEW);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
    }

    private Set<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static void assertPlain(FormWriteException e) {
        String text = e.describe(Messages.chinese());
        assertFalse(text.contains("io.save") || text.contains("\n") || text.contains("Exception"), text);
        assertTrue(text.startsWith("无法保存"), text);
    }

    /**
     * Makes a folder read-only for this process. Root ignores permission bits, so as root the folder is made
     * immutable with chattr instead; where neither works the test is skipped.
     */
    private static Runnable makeReadOnly(Path folder) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            var before = Files.getPosixFilePermissions(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            return () -> {
                try {
                    Files.setPosixFilePermissions(folder, before);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
        assumeTrue(run("chattr", "+i", folder.toString()), "as root, needs chattr +i to make a folder read-only");
        boolean effective = !Files.isWritable(folder) || !canCreate(folder);
        Runnable undo = () -> run("chattr", "-i", folder.toString());
        if (!effective) {
            undo.run();
        }
        assumeTrue(effective, "chattr +i had no effect here");
        return undo;
    }

    private static boolean canCreate(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A disk whose writes fail with {@code failure} (when {@code failedMoves} is 0) or whose renames fail. */
    private static final class FailingDisk implements AtomicFiles.Disk {
        private final IOException failure;
        private final int failedMoves;
        final AtomicInteger moves = new AtomicInteger();

        FailingDisk(IOException failure, int failedMoves) {
            this.failure = failure;
            this.failedMoves = failedMoves;
        }

        @Override
        public void writeAndSync(Path file, byte[] bytes) throws IOException {
            if (failedMoves == 0) {
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // half went out
                throw failure;
            }
            Files.write(file, bytes);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            // Only renames onto the form itself are refused and counted; the backup's rename goes through.
            if (to.getFileName().toString().endsWith(".json") && moves.incrementAndGet() <= failedMoves) {
                throw failure;
            }
            Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
