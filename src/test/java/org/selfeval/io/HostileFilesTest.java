package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.i18n.Messages;

/**
 * Files that would hang, exhaust or trip the program: refused by their kind before they are opened (a pipe, a
 * device), or in plain words for what the file holds; every refusal one line naming the file.
 */
class HostileFilesTest {

    private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]{5,}");

    private final FormFiles files = new FormFiles();
    private final Messages chinese = Messages.chinese();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // opening a pipe would wait for a writer forever
    void aNamedPipeIsRefusedByItsKindWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        FormReadException e = assertThrows(FormReadException.class, () -> files.read(fifo));
        assertEquals("io.error.notRegular", e.messageKey());
        assertEquals("不是普通文件（是设备、管道或套接字），无法打开：" + fifo, e.describe(chinese));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
    void aLinkToADeviceIsRefusedByWhatItPointsTo(String device, @TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of(device)), device);
        Path link = Files.createSymbolicLink(dir.resolve("form.json"), Path.of(device));
        FormReadException e = assertThrows(FormReadException.class, () -> files.read(link));
        assertEquals("io.error.notRegular", e.messageKey());
        assertTrue(e.describe(chinese).endsWith(link.toString()), e.describe(chinese));
    }

    @Test
    void aFileLyingAboutItsSizeIsStillReadOnlyUpToTheLimit() throws Exception {
        // Files under /proc report a size of 0 and hold more: what counts is what the stream gives.
        Path proc = Path.of("/proc/self/maps");
        assumeTrue(Files.isRegularFile(proc) && Files.size(proc) == 0, "a /proc file");
        byte[] some = RegularFiles.read(proc, 1 << 20);
        assertTrue(some.length > 0);
        FormReadException e = assertThrows(FormReadException.class, () -> RegularFiles.read(proc, 10));
        assertEquals("io.error.tooLarge", e.messageKey());
        assertTrue(e.describe(chinese).startsWith(proc + "：文件过大（超过 0 KB）"), e.describe(chinese));
    }

    @Test
    void aFileWithoutReadPermissionSaysSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("locked.json"), "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root reads every file whatever its mode: then only the mapping below is tested.
        assumeFalse(Files.isReadable(file), "running as root: a mode of 000 does not stop reading");
        FormReadException e = assertThrows(FormReadException.class, () -> files.read(file));
        assertEquals("权限不足，无法读取：" + file, e.describe(chinese));
    }

    @Test
    void theSystemsRefusalToReadIsSaidAsMissingPermission(@TempDir Path dir) {
        Path file = dir.resolve("locked.json");
        FormReadException e = RegularFiles.systemRefusal(new AccessDeniedException(file.toString()), file);
        assertEquals("权限不足，无法读取：" + file, e.describe(chinese));
        assertEquals("Permission denied; cannot read: " + file, e.describe(english));
        FormReadException io = RegularFiles.systemRefusal(new IOException("Input/output error"), file);
        assertEquals("无法读取文件（读取时出错）：" + file, io.describe(chinese));
    }

    @Test
    void aLineBreakInTheFileNameIsShownEscapedOnOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a\nb\u001b.json"), "{");
        String line = assertThrows(FormReadException.class, () -> files.read(file)).describe(chinese);
        assertFalse(line.contains("\n") || line.contains("\u001b"), line);
        assertTrue(line.startsWith(dir + "/a\\nb\\u001B.json："), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0e-999999999", "0E+999999999", "1e-999999999", "12e999999999", "0.0e-21", "0e16"})
    void anAbsurdExponentIsRefusedAsAnAbsurdNumber(String number, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("w.json"), "{\"format\":\"selfeval.form\",\"version\":\"1.0\","
                + "\"indicators\":[{\"weight\":" + number + "}]}");
        FormReadException e = assertThrows(FormReadException.class, () -> files.read(file));
        assertEquals("io.error.badNumber", e.messageKey(), e.describe(chinese));
        assertTrue(e.describe(chinese).startsWith(file + "：文件内容有误：“indicators[1].weight”的数值"),
                e.describe(chinese));
    }

    @Test
    void anExponentBeyondAnyNumberIsNoInternalError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("e.json"), "{\"format\":\"selfeval.form\",\"version\":\"1.0\","
                + "\"funds\":{\"total\":{\"annualBudget\":1e99999999999}}}");
        FormReadException e = assertThrows(FormReadException.class, () -> files.read(file));
        assertPlain(e, file);
    }

    @Test
    void aLoneSurrogateInAnUnknownKeyIsSaidInPlainWords(@TempDir Path dir) throws Exception {
        byte[] json = "{\"format\":\"selfeval.form\",\"version\":\"1.0\",\"\\ud800x\":1}"
                .getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("s.json"), json);
        FormReadException e = assertThrows(FormReadException.class, () -> files.read(file));
        assertPlain(e, file);
    }

    @Test
    void aVersionWrittenAsANumberIsToldSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("v.json"), "{\"format\":\"selfeval.form\",\"version\":1.0}");
        assertEquals(file + "：文件格式版本应写成文字（如 \"1.0\"），而不是数字 1.0。",
                assertThrows(FormReadException.class, () -> files.read(file)).describe(chinese));
    }

    static Stream<Path> corpus() throws Exception {
        return BadFilesTest.badFiles();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyRefusalOfTheCorpusByCheckIsOneLineNamingTheFile(Path file) {
        for (String language : List.of("--lang=zh", "--lang=en")) {
            var out = new java.io.ByteArrayOutputStream();
            var err = new java.io.ByteArrayOutputStream();
            int code = new org.selfeval.cli.Cli(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8))
                    .run(new String[] {language, "check", file.toString()});
            String line = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, line);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, line);
            assertTrue(line.contains(file.toString()), line);
            assertFalse(line.contains("io.error") || line.contains("Phrase") || line.contains("Exception"), line);
        }
    }

    @Test
    void aSaveJacksonCannotWriteIsSaidInTheUsersLanguage(@TempDir Path dir) {
        Path target = dir.resolve("recovery.json");
        var jackson = new com.fasterxml.jackson.databind.JsonMappingException(null, "Attempt to write plain BigDecimal");
        FormWriteException e = FormWriteException.of(jackson, target);
        assertEquals("无法保存到“" + target + "”：表单内容无法写成文件。原文件没有改动。", e.describe(chinese));
        assertFalse(ENGLISH_WORDS.matcher(e.describe(chinese).replace(target.toString(), "")).find());
    }

    /** One line in Chinese naming the file, with no English words of Jackson's or class names. */
    private void assertPlain(FormReadException e, Path file) {
        String line = e.describe(chinese);
        assertTrue(line.startsWith(file + "："), line);
        String rest = line.substring(file.toString().length());
        assertFalse(ENGLISH_WORDS.matcher(rest).find() || rest.contains("\n"), line);
    }
}
