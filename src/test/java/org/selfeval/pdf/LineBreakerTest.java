package org.selfeval.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** A CJK character is one em (10), a Latin one half of it, as in the Song faces. */
    private static final IntToDoubleFunction WIDTH = cp -> cp < 0x80 ? 5 : 10;

    @Test
    void cjkTextBreaksAnywhereButFiguresAndClosingPunctuationStayWhole() {
        List<String> lines = LineBreaker.wrap("执行率为64.26%，得分6.43分。", 60, WIDTH);
        assertEquals(String.join("", lines), "执行率为64.26%，得分6.43分。");
        for (String line : lines) {
            assertTrue(line.codePoints().mapToDouble(WIDTH::applyAsDouble).sum() <= 60, line);
            assertTrue(!line.startsWith("，") && !line.startsWith("。") && !line.startsWith("%"), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("64.26%")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("6.43")), lines.toString());
    }

    @Test
    void aFigureWiderThanTheLineIsCutAndLineBreaksAreKept() {
        List<String> lines = LineBreaker.wrap("1234567890123\n二", 30, WIDTH);
        assertEquals(List.of("123456", "789012", "3", "二"), lines);
    }
}
