package org.selfeval.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;

/** Texts too tall for one row continue in rows below; rows, pages and merges stay within what viewers print. */
class LongTextLayoutTest {

    private final LayoutPlanner planner = new LayoutPlanner(Messages.chinese());

    @Test
    void everyRowIsAtMost409PointsAndEveryPageHoldsItsRows() throws Exception {
        for (FormModel form : List.of(LongTexts.longGoalsAndReason(), LongTexts.hugeGoal(),
                ReferenceForms.load("reference-2021"), ReferenceForms.load("reference-2022"))) {
            FormLayout layout = planner.plan(form);
            for (double h : layout.rowHeights()) {
                assertTrue(h > 0 && h <= 409, "row height " + h);
            }
            double scale = PageGeometry.scale(layout.columnWidths());
            int expected = 0;
            for (FormLayout.Page page : layout.pages()) {
                assertEquals(expected, page.firstRow(), "pages cover the rows in order, each once");
                expected = page.lastRow() + 1;
                double height = layout.height(page.firstRow(), page.lastRow())
                        + (page.repeatsHeader() ? layout.rowHeights().get(layout.indicatorHeaderRow()) : 0);
                assertTrue(height * scale <= PageGeometry.printableHeight() + 0.01, "page too tall: " + height);
            }
            assertEquals(layout.rowCount(), expected);
        }
    }

    @Test
    void theTextsPiecesJoinBackIntoTheWholeTextInReadingOrder() throws Exception {
        FormModel form = LongTexts.longGoalsAndReason();
        FormLayout layout = planner.plan(form);
        assertEquals(form.expectedGoalProperty().get(), joined(layout, Slot.EXPECTED_GOAL));
        assertEquals(form.achievedGoalProperty().get(), joined(layout, Slot.ACHIEVED_GOAL));
        assertEquals(form.indicators().get(4).getReason(),
                layout.cells(Slot.REASON).stream().filter(c -> c.row() >= layout.cells(Slot.REASON).get(4).row())
                        .takeWhile(c -> c.row() == layout.cells(Slot.REASON).get(4).row()
                                || c.continuation() == LayoutCell.Continuation.TEXT)
                        .map(LayoutCell::text).collect(Collectors.joining()));
        assertTrue(layout.cells(Slot.EXPECTED_GOAL).size() > 3, "3,000 characters need several rows");

        FormModel huge = LongTexts.hugeGoal();
        FormLayout big = planner.plan(huge);
        assertEquals(huge.expectedGoalProperty().get(), joined(big, Slot.EXPECTED_GOAL));
        assertTrue(big.pages().size() > 10, "30,000 characters run over many pages: " + big.pages().size());
    }

    @Test
    void piecesEndAtASentenceOrParagraphWhereOneIsNear() throws Exception {
        FormLayout layout = planner.plan(LongTexts.longGoalsAndReason());
        List<LayoutCell> pieces = layout.cells(Slot.EXPECTED_GOAL).stream().filter(c -> !c.text().isEmpty()).toList();
        for (LayoutCell piece : pieces.subList(0, pieces.size() - 1)) { // the last ends where the text does
            char last = piece.text().charAt(piece.text().length() - 1);
            assertTrue(last == '。' || last == '\n', "piece ends mid-sentence: …" + piece.text()
                    .substring(piece.text().length() - 10));
        }
    }

    @Test
    void noMergedCellCrossesAPageBreakAndHeadingsNeverEndAPage() throws Exception {
        for (FormModel form : List.of(LongTexts.longGoalsAndReason(), LongTexts.hugeGoal())) {
            FormLayout layout = planner.plan(form);
            for (FormLayout.Page page : layout.pages()) {
                for (LayoutCell c : layout.cells()) {
                    boolean starts = c.row() >= page.firstRow() && c.row() <= page.lastRow();
                    assertTrue(!starts || c.lastRow() <= page.lastRow(), "cell at row " + c.row() + " crosses a break");
                }
                LayoutCell last = layout.cellAt(page.lastRow(), 1).orElseThrow();
                assertFalse(last.role() == CellRole.LABEL && !isLastPage(layout, page),
                        "a heading ends page " + page + ": " + last.text());
            }
            int goalsHeader = layout.cells(Slot.EXPECTED_GOAL).get(0).row() - 1;
            assertEquals("预期目标", layout.cellAt(goalsHeader, 1).orElseThrow().text());
            assertTrue(layout.pages().stream().noneMatch(p -> p.lastRow() == goalsHeader));
            long repeating = layout.pages().stream().filter(FormLayout.Page::repeatsHeader).count();
            long tablePages = layout.pages().stream().filter(p -> p.lastRow() > layout.indicatorHeaderRow()
                    && p.firstRow() > layout.indicatorHeaderRow() && p.firstRow() < layout.totalRow()).count();
            assertEquals(tablePages, repeating, "every page that continues the table repeats its header");
        }
    }

    @Test
    void continuedPiecesReadAsOneCellOnAPageAndCloseAtItsBreaks() throws Exception {
        FormLayout layout = planner.plan(LongTexts.hugeGoal());
        List<Integer> pageStarts = layout.pages().stream().map(FormLayout.Page::firstRow).toList();
        for (LayoutCell piece : layout.cells(Slot.EXPECTED_GOAL)) {
            boolean continues = piece.continuation() == LayoutCell.Continuation.TEXT;
            assertEquals(continues && !pageStarts.contains(piece.row()), piece.joinsAbove(), "row " + piece.row());
        }
        // The goals' label column repeats 年度总体目标 on the pages the goals continue on, where it fits.
        long labels = layout.cells().stream().filter(c -> c.col() == 0 && c.text().equals("年度总体目标")).count();
        assertTrue(labels > 1, "年度总体目标 repeated: " + labels);
    }

    private static boolean isLastPage(FormLayout layout, FormLayout.Page page) {
        return page.lastRow() == layout.rowCount() - 1;
    }

    private static String joined(FormLayout layout, Slot slot) {
        return layout.cells(slot).stream().map(LayoutCell::text).collect(Collectors.joining());
    }
}
