package org.selfeval.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines break where the viewers break them, and a split text joins back exactly. */
class TextMetricsTest {

    private static List<String> lines(String text, double units) {
        List<Integer> starts = TextMetrics.lineStarts(text, units);
        return java.util.stream.IntStream.range(0, starts.size()).mapToObj(i -> text.substring(starts.get(i),
                i + 1 < starts.size() ? starts.get(i + 1) : text.length())).toList();
    }

    @Test
    void cjkBreaksAnywhereButNoLineStartsWithAClosingMark() {
        // 12 units hold six CJK characters of 10 pt: 校 goes down with the 、 that may not begin a line.
        List<String> lines = lines("服务在京高校、科研院所、国防科研单位", 12);
        assertEquals(List.of("服务在京高", "校、科研院", "所、国防科研", "单位"), lines);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("、")));
    }

    @Test
    void latinWordsStayWholeAndLineFeedsStartLines() {
        List<String> lines = lines("完成 system upgrade version\n二期", 12);
        assertTrue(lines.stream().noneMatch(l -> l.matches("^[a-z]+.*") && l.length() < 3), String.valueOf(lines));
        assertTrue(lines.contains("upgrade "), String.valueOf(lines));
        assertEquals("二期", lines.get(lines.size() - 1));
        assertEquals(1, TextMetrics.lines("", 12));
        assertEquals(1, TextMetrics.lines("一行\n", 12), "a trailing line feed prints no line");
    }

    @Test
    void aSplitTextJoinsBackAndEachPieceFitsItsLines() {
        String text = LongTexts.text("句", 5000);
        List<String> pieces = TextSplitter.split(text, 51, 29);
        assertEquals(text, String.join("", pieces));
        assertTrue(pieces.size() > 5);
        for (String piece : pieces) {
            assertTrue(TextMetrics.lines(piece, 51) <= 29);
            assertFalse(piece.isEmpty());
        }
        String unbroken = "一".repeat(2000); // no sentence to end at: cut at a line end
        List<String> cut = TextSplitter.split(unbroken, 51, 29);
        assertEquals(unbroken, String.join("", cut));
        assertEquals(29, TextMetrics.lines(cut.get(0), 51));
    }
}
