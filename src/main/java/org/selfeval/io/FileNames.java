package org.selfeval.io;

import java.nio.file.Path;

/**
 * A file's name as a message shows it: on one line, with line breaks, other control characters and broken
 * characters written as escapes ({@code \n}, {@code \u001B}), so that a name cannot split or forge a refusal.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The path as given, escaped for a one-line message. */
    public static String shown(Path file) {
        return file == null ? "" : shown(file.toString());
    }

    /** A name or any other text from outside, escaped for a one-line message. */
    public static String shown(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(text, i, c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(String text, int i, char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
        boolean broken = Character.isHighSurrogate(c)
                ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        return control || broken ? String.format("\\u%04X", (int) c) : null;
    }
}
