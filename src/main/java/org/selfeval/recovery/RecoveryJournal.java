package org.selfeval.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.selfeval.io.AtomicFiles;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormReadException;
import org.selfeval.io.FormWriteException;

/**
 * The recovery files of unsaved forms, one per open document window, in the application-data folder. Each is
 * written atomically and names the process that wrote it, so that after a crash the next start offers only
 * the work of runs that are over — never that of another SelfEval window still open.
 */
public final class RecoveryJournal {

    static final String SUFFIX = ".recovery.json";
    private static final String FORMAT = "selfeval.recovery";

    private final Path folder;
    private final FormFiles files;
    private final Clock clock;
    private final ProcessHandle self;

    public RecoveryJournal(Path folder, FormFiles files, Clock clock) {
        this(folder, files, clock, ProcessHandle.current());
    }

    RecoveryJournal(Path folder, FormFiles files, Clock clock, ProcessHandle owner) {
        this.folder = folder.toAbsolutePath().normalize();
        this.files = Objects.requireNonNull(files, "files");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.self = owner;
    }

    /** The journal in {@code recovery} under the application-data folder ({@link AppDataFolder}). */
    public static RecoveryJournal inDataFolder(Path dataFolder) {
        return new RecoveryJournal(dataFolder.resolve("recovery"), new FormFiles(), Clock.systemDefaultZone());
    }

    public Path folder() {
        return folder;
    }

    /** A new slot for one open document window; nothing is written until {@link #write}. */
    public String newSlot() {
        return UUID.randomUUID().toString();
    }

    /** Records the current state of a document in its slot, atomically, replacing the slot's last record. */
    public void write(String slot, DocumentKey document, String documentName, FormDocument form)
            throws FormWriteException {
        Path file = fileOf(slot);
        if (file.equals(document.file())) {
            return; // never over the user's own file, however its folder was chosen
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw FormWriteException.of(e, file);
        }
        ObjectNode root = files.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", "1.0");
        root.put("savedAt", clock.instant().toString());
        root.put("documentPath", document.file() == null ? null : document.file().toString());
        root.put("untitledId", document.untitledId());
        root.put("documentName", documentName);
        ObjectNode owner = root.putObject("owner");
        owner.put("pid", self.pid());
        owner.put("started", self.info().startInstant().map(Instant::toString).orElse(null));
        root.set("form", files.mapper().valueToTree(form));
        try {
            AtomicFiles.write(file, files.mapper().writeValueAsBytes(root));
        } catch (FormWriteException e) {
            throw e;
        } catch (IOException e) {
            throw FormWriteException.of(e, file);
        }
    }

    /** Removes a slot's record: the document was saved, or closed without keeping its changes. */
    public void discard(String slot) {
        deleteQuietly(fileOf(slot));
    }

    /** Removes an entry offered after a crash that the officer chose to discard (or has restored and saved). */
    public void discard(RecoveryEntry entry) {
        deleteQuietly(entry.journalFile());
    }

    /**
     * The work left by runs that have ended, newest first. Records of this process and of other running
     * SelfEval processes are not listed; unreadable records are skipped and left alone.
     */
    public List<RecoveryEntry> recoverable() {
        List<RecoveryEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : list) {
                readHeader(file).ifPresent(entries::add);
            }
        } catch (IOException e) {
            return entries;
        }
        entries.sort(Comparator.comparing(RecoveryEntry::savedAt).reversed());
        return entries;
    }

    /** The form of an entry, read with all the checks of an ordinary form file. */
    public FormDocument load(RecoveryEntry entry) throws FormReadException {
        JsonNode root = readRoot(entry.journalFile());
        JsonNode form = root.get("form");
        if (form == null || !form.isObject()) {
            throw new FormReadException("io.error.notSelfEval");
        }
        try {
            return files.read(files.mapper().writeValueAsBytes(form));
        } catch (IOException e) {
            if (e instanceof FormReadException fre) {
                throw fre;
            }
            throw new FormReadException(e, "io.error.unreadable", entry.journalFile().toString(), e.getMessage());
        }
    }

    private Optional<RecoveryEntry> readHeader(Path file) {
        try {
            JsonNode root = readRoot(file);
            if (!FORMAT.equals(root.path("format").asText()) || isRunning(root.path("owner"))) {
                return Optional.empty();
            }
            String path = root.path("documentPath").textValue();
            String untitled = root.path("untitledId").textValue();
            DocumentKey key = path != null ? DocumentKey.forFile(Path.of(path))
                    : new DocumentKey(null, untitled == null ? file.getFileName().toString() : untitled);
            Instant savedAt = Instant.parse(root.path("savedAt").asText());
            return Optional.of(new RecoveryEntry(file, key, root.path("documentName").asText(""), savedAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged record is not offered; it does not stop the others
        }
    }

    private JsonNode readRoot(Path file) throws FormReadException {
        try {
            if (Files.size(file) > FormFiles.MAX_FILE_BYTES) {
                throw new FormReadException("io.error.tooLarge", Files.size(file) / (1024 * 1024) + " MB");
            }
            return files.mapper().readTree(Files.readAllBytes(file));
        } catch (FormReadException e) {
            throw e;
        } catch (IOException e) {
            throw new FormReadException(e, "io.error.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Whether the process that wrote a record is still running (this one included): its work is not lost. */
    private boolean isRunning(JsonNode owner) {
        long pid = owner.path("pid").asLong(-1);
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        // The id may have been reused by an unrelated process since: compare start times when both are known.
        String started = owner.path("started").textValue();
        Optional<Instant> actual = process.get().info().startInstant();
        return started == null || actual.isEmpty() || actual.get().equals(Instant.parse(started));
    }

    private Path fileOf(String slot) {
        if (!slot.matches("[0-9a-fA-F-]{1,64}")) {
            throw new IllegalArgumentException("not a slot: " + slot);
        }
        return folder.resolve(slot + SUFFIX);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next start, which offers it again: better than losing work by mistake.
        }
    }
}
