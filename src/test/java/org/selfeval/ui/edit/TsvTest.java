package org.selfeval.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {

    @Test
    void rowsAndCells() {
        assertEquals(List.of(List.of("数量指标", "案例", "≥3个"), List.of("质量指标", "服务", "优良中低差")),
                Tsv.parse("数量指标\t案例\t≥3个\r\n质量指标\t服务\t优良中低差\r\n"));
    }

    @Test
    void quotedCellsHoldLineBreaksTabsAndQuotes() {
        String excel = "a\t\"第一行\n第二行\"\tc\n\"含\t制表符\"\t\"他说\"\"好\"\"\"\tz\n";
        assertEquals(List.of(List.of("a", "第一行\n第二行", "c"), List.of("含\t制表符", "他说\"好\"", "z")),
                Tsv.parse(excel));
    }

    @Test
    void emptyCellsAreKept() {
        assertEquals(List.of(List.of("", "b", ""), List.of("x")), Tsv.parse("\tb\t\nx"));
    }

    @Test
    void aQuoteInsideACellIsText() {
        assertEquals(List.of(List.of("5\"寸", "ok")), Tsv.parse("5\"寸\tok\n"));
        assertEquals(List.of(List.of("\"未闭合", "x")), Tsv.parse("\"未闭合\tx\n"));
    }

    @Test
    void nothingIsNoRows() {
        assertEquals(List.of(), Tsv.parse(""));
        assertEquals(List.of(), Tsv.parse(null));
    }

    @Test
    void formatQuotesWhatNeedsItAndRoundTrips() {
        List<List<String>> rows = List.of(List.of("a", "两\n行", "他说\"好\""), List.of("", "tab\there", "z"));
        String text = Tsv.format(rows);
        assertEquals("a\t\"两\n行\"\t他说\"好\"\n\t\"tab\there\"\tz\n", text);
        assertEquals(rows, Tsv.parse(text));
    }
}
