package org.selfeval.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes the huge form files of the bad-file tests at run time, so that they are never committed. */
public final class HugeForms {

    private HugeForms() {
    }

    /** A 100 MB form file: a valid beginning and a very long indicator list. */
    public static void writeHundredMegabytes(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(utf8("{\"format\":\"selfeval.form\",\"version\":\"1.0\",\"indicators\":["));
            byte[] row = utf8("{\"name\":\"服务人次\",\"target\":\"≥5000人次\",\"actual\":\"5230人次\",\"weight\":20},\n");
            for (long written = 0; written < 100L * 1024 * 1024; written += row.length) {
                out.write(row);
            }
            out.write(utf8("{}]}"));
        }
    }

    /** A form whose 预期目标 is {@code length} times {@code c}. */
    public static String withGoalText(char c, int length) {
        return "{\"format\":\"selfeval.form\",\"version\":\"1.0\",\"goals\":{\"expected\":\""
                + String.valueOf(c).repeat(length) + "\"}}";
    }

    /** A form with {@code count} small indicator rows. */
    public static String withIndicators(int count) {
        StringBuilder json = new StringBuilder("{\"format\":\"selfeval.form\",\"version\":\"1.0\",\"indicators\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"指标").append(i).append("\",\"weight\":0.01}");
        }
        return json.append("]}").toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
