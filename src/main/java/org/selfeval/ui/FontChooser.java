package org.selfeval.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Picks an installed typeface that shows Chinese. JavaFX resolves a family it does not have (宋体 on Linux)
 * to "System" and does not walk a CSS fallback list, so the family is chosen from the installed ones at
 * start-up and applied through a generated style sheet.
 */
public final class FontChooser {

    /** In order of preference: Windows, macOS, Linux. */
    static final List<String> PREFERRED = List.of("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimSun",
            "Hiragino Sans GB", "Droid Sans Fallback");

    private FontChooser() {
    }

    /** The first preferred family that is installed, if any. */
    public static Optional<String> pick(Collection<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /** A style sheet (as a data URL) that sets the family on the whole window. */
    public static String styleSheet(String family) {
        String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
