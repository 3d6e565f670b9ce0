package org.selfeval.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormWriteException;

/** Recovery records: where they live, which are offered after a crash, and that they hold the form. */
class RecoveryJournalTest {

    static final Instant MORNING = Instant.parse("2026-11-20T01:30:00Z");
    static final Instant NOON = Instant.parse("2026-11-20T04:00:00Z");

    @TempDir
    Path dir;

    private final FormFiles files = new FormFiles();

    /** The handle of a process that has ended, as the owner of records left by a "crashed" run. */
    static ProcessHandle endedProcess() throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.toHandle();
    }

    static FormDocument form(String projectName) {
        return new FormDocument(FormDocument.FORMAT, FormDocument.VERSION, "beijing-2021", null,
                new FormDocument.Header(2024, projectName, "某区民政局", null, null, null), null,
                new FormDocument.Goals("预期", null), List.of(new FormDocument.Indicator("产出指标", "数量指标",
                        "服务人次", "≥5000人次", "5230人次", java.math.BigDecimal.TEN, null, false, null, "")));
    }

    private RecoveryJournal crashedRun(Instant at) throws Exception {
        return new RecoveryJournal(dir.resolve("recovery"), files, Clock.fixed(at, ZoneOffset.UTC), endedProcess());
    }

    @Test
    void theFolderFollowsEachPlatformsConvention() {
        Map<String, String> env = Map.of("APPDATA", "C:\\Users\\li\\AppData\\Roaming");
        assertEquals(Path.of("C:\\Users\\li\\AppData\\Roaming", "SelfEval"),
                AppDataFolder.resolve(null, "Windows 11", "C:\\Users\\li", env));
        assertEquals(Path.of("/Users/li/Library/Application Support/SelfEval"),
                AppDataFolder.resolve(null, "Mac OS X", "/Users/li", Map.of()));
        assertEquals(Path.of("/home/li/.local/share/selfeval"),
                AppDataFolder.resolve(null, "Linux", "/home/li", Map.of()));
        assertEquals(Path.of("/data/li/selfeval"),
                AppDataFolder.resolve(null, "Linux", "/home/li", Map.of("XDG_DATA_HOME", "/data/li")));
        assertEquals(Path.of("/home/li/.local/share/selfeval"),
                AppDataFolder.resolve(null, "Linux", "/home/li", Map.of("XDG_DATA_HOME", "relative")));
        assertEquals(dir.resolve("x"), AppDataFolder.resolve(dir.resolve("x").toString(), "Linux", "/home/li", Map.of()));
        assertEquals(dir.resolve("recovery"), RecoveryJournal.inDataFolder(dir).folder());
    }

    @Test
    void workOfAnEndedRunIsOfferedNewestFirstAndRestoresTheForm() throws Exception {
        RecoveryJournal morning = crashedRun(MORNING);
        Path userFile = dir.resolve("报表").resolve("社区项目.json");
        morning.write(morning.newSlot(), DocumentKey.forFile(userFile), "社区项目.json", form("社区项目"));
        RecoveryJournal noon = crashedRun(NOON);
        DocumentKey untitled = DocumentKey.untitled();
        noon.write(noon.newSlot(), untitled, "未命名 1", form("新项目"));

        RecoveryJournal nextStart = RecoveryJournal.inDataFolder(dir);
        List<RecoveryEntry> offered = nextStart.recoverable();
        assertEquals(2, offered.size());
        assertEquals("未命名 1", offered.get(0).documentName());
        assertEquals(NOON, offered.get(0).savedAt());
        assertEquals(untitled, offered.get(0).document());
        assertEquals("社区项目.json", offered.get(1).documentName());
        assertEquals(DocumentKey.forFile(userFile), offered.get(1).document());
        assertEquals(MORNING, offered.get(1).savedAt());
        assertEquals(form("社区项目"), nextStart.load(offered.get(1)));
        assertFalse(Files.exists(userFile), "the user's own file is never written");

        nextStart.discard(offered.get(0));
        assertEquals(List.of(offered.get(1)), nextStart.recoverable());
    }

    @Test
    void workOfARunningProgramIsNotOffered() throws Exception {
        RecoveryJournal running = new RecoveryJournal(dir.resolve("recovery"), files, Clock.systemUTC());
        String slot = running.newSlot();
        running.write(slot, DocumentKey.untitled(), "未命名 1", form("正在编辑"));
        assertEquals(List.of(), RecoveryJournal.inDataFolder(dir).recoverable());
        running.discard(slot);
        assertEquals(List.of(), files(dir.resolve("recovery")));
    }

    @Test
    void aLaterWriteReplacesTheSlotsRecord() throws Exception {
        RecoveryJournal run = crashedRun(MORNING);
        String slot = run.newSlot();
        run.write(slot, DocumentKey.untitled(), "未命名 1", form("第一稿"));
        run.write(slot, DocumentKey.untitled(), "未命名 1", form("第二稿"));
        List<RecoveryEntry> offered = run.recoverable();
        assertEquals(1, offered.size());
        assertEquals("第二稿", run.load(offered.get(0)).header().projectName());
    }

    @Test
    void aDamagedRecordIsSkippedAndTheOthersAreStillOffered() throws Exception {
        RecoveryJournal run = crashedRun(MORNING);
        run.write(run.newSlot(), DocumentKey.untitled(), "未命名 1", form("完好"));
        Files.writeString(run.folder().resolve("0000" + RecoveryJournal.SUFFIX), "{\"format\": \"selfeval.reco");
        Files.writeString(run.folder().resolve("0001" + RecoveryJournal.SUFFIX), "[]");
        List<RecoveryEntry> offered = run.recoverable();
        assertEquals(1, offered.size());
        assertEquals("完好", run.load(offered.get(0)).header().projectName());
    }

    @Test
    void aRecordIsNeverWrittenOverTheUsersFile() throws Exception {
        RecoveryJournal run = crashedRun(MORNING);
        String slot = run.newSlot();
        Path clash = run.folder().resolve(slot + RecoveryJournal.SUFFIX);
        Files.createDirectories(run.folder());
        Files.writeString(clash, "the officer's own file");
        run.write(slot, DocumentKey.forFile(clash), "x", form("不应写入"));
        assertEquals("the officer's own file", Files.readString(clash));
    }

    @Test
    void aFolderThatCannotBeMadeIsAPlainFailure() throws Exception {
        Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        RecoveryJournal run = crashedRun(MORNING);
        assertThrows(FormWriteException.class,
                () -> run.write(run.newSlot(), DocumentKey.untitled(), "未命名 1", form("x")));
        assertEquals(List.of(), run.recoverable());
    }

    @Test
    void noFolderMeansNothingToRecover() {
        assertEquals(List.of(), RecoveryJournal.inDataFolder(dir.resolve("never-created")).recoverable());
    }

    @Test
    void aSlotNameCannotLeaveTheFolder() throws Exception {
        RecoveryJournal run = crashedRun(MORNING);
        assertThrows(IllegalArgumentException.class,
                () -> run.write("../../form", DocumentKey.untitled(), "x", form("x")));
    }

    static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var s = Files.list(folder)) {
            return s.toList();
        }
    }
}
