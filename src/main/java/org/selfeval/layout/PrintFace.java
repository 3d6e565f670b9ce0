package org.selfeval.layout;

import java.util.Collection;
import java.util.List;

/**
 * The faces the form prints with, in order of preference. The plan is measured in the first, 宋体, the face the
 * sheet names ({@link TextMetrics}); a renderer that has only a later one draws it at the size whose lines and
 * characters fit those measures (the print preview measures its face; LibreOffice's column unit grows with it).
 */
public enum PrintFace {
    /** 宋体 / SimSun (Windows, Chinese office suites): the sheet's face, in whose metrics the plan is made. */
    SONG(List.of("SimSun", "宋体", "NSimSun", "新宋体", "Songti SC", "STSong")),
    /** Noto Serif CJK / Source Han Serif: the Song-style face of Linux, and where 宋体 is missing. */
    SERIF_CJK(List.of("Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "思源宋体",
            "Noto Serif SC")),
    /** Any other CJK face, when no Song face is installed; else the platform's default family. */
    FALLBACK(List.of("AR PL UMing CN", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei"));

    private final List<String> families;

    PrintFace(List<String> families) {
        this.families = families;
    }

    /** Family names under which the face may be installed. */
    public List<String> families() {
        return families;
    }

    /** The first face of the preference list installed among the given families, and its family name. */
    public static Choice choose(Collection<String> installed) {
        for (PrintFace face : values()) {
            for (String family : face.families) {
                if (installed.contains(family)) {
                    return new Choice(face, family);
                }
            }
        }
        return new Choice(FALLBACK, null);
    }

    /** A face and the installed family that provides it ({@code null}: the platform's default family). */
    public record Choice(PrintFace face, String family) {
    }
}
