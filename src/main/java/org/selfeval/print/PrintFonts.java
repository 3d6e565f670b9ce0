package org.selfeval.print;

import java.util.List;
import javafx.scene.text.Font;

/**
 * Picks the Song-style face for printed pages. JavaFX does not walk a CSS fallback list and maps unknown names
 * to "System", so the first installed family of a preference list is chosen by name.
 */
final class PrintFonts {

    private static final List<String> SONG_FACES = List.of("SimSun", "宋体", "NSimSun", "Songti SC", "STSong",
            "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "Noto Sans CJK SC", "Microsoft YaHei");

    private PrintFonts() {
    }

    static String songFamily() {
        List<String> installed = Font.getFamilies();
        for (String face : SONG_FACES) {
            if (installed.contains(face)) {
                return face;
            }
        }
        return Font.getDefault().getFamily();
    }
}
