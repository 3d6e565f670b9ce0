package org.selfeval.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;

class LayoutPlannerTest {

    private final LayoutPlanner planner = new LayoutPlanner(Messages.chinese());

    @Test
    void referenceForm2021FollowsTheOfficialGrid() throws Exception {
        FormLayout layout = planner.plan(ReferenceForms.load("reference-2021"));
        assertEquals("项目支出绩效自评表", layout.cells(Slot.TITLE).get(0).text());
        assertEquals("（2021年度）", layout.cells(Slot.YEAR).get(0).text());
        LayoutCell title = layout.cells(Slot.TITLE).get(0);
        assertEquals(10, title.colSpan());
        // 项目名称 label A–B, value C–J
        LayoutCell name = layout.cells(Slot.PROJECT_NAME).get(0);
        assertEquals(2, name.col());
        assertEquals(8, name.colSpan());
        assertEquals("项目名称", layout.cellAt(name.row(), 0).orElseThrow().text());
        assertEquals(1, layout.cells(Slot.PROJECT_LEADER).size());
        // 项目资金 label merged down five rows over A–B
        LayoutCell funds = layout.cellAt(layout.cells(Slot.INITIAL_BUDGET).get(0).row(), 0).orElseThrow();
        assertEquals("项目资金（万元）", funds.text());
        assertEquals(5, funds.rowSpan());
        assertEquals(2, funds.colSpan());
        // sub-rows print - in 分值 and 得分
        assertEquals(6, layout.cells(Slot.PLACEHOLDER).size());
        assertTrue(layout.cells(Slot.PLACEHOLDER).stream().allMatch(c -> c.text().equals("-")));
        assertEquals("64.26%", layout.cells(Slot.EXECUTION_RATE).get(0).displayText());
        assertEquals("6.43", layout.cells(Slot.EXECUTION_SCORE).get(0).displayText());
        assertEquals("380.000000", layout.cells(Slot.INITIAL_BUDGET).get(0).displayText());
        assertEquals("95.43", layout.cells(Slot.TOTAL).get(0).displayText());
        assertEquals("100", layout.cells(Slot.WEIGHT_TOTAL).get(0).displayText());
    }

    @Test
    void levelsAreMergedDownTheirRowsAndEmptyNamesJoinTheNameAbove() throws Exception {
        FormLayout layout = planner.plan(ReferenceForms.load("reference-2021"));
        // A group cut by a page break goes on in a part of its own on the next page: count the rows of both.
        List<LayoutCell> level1 = whole(layout.cells(Slot.LEVEL1));
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), level1.stream().map(LayoutCell::text).toList());
        assertEquals(List.of(15, 2, 1), level1.stream().map(LayoutCell::rowSpan).toList());
        List<LayoutCell> level2 = whole(layout.cells(Slot.LEVEL2));
        assertEquals(List.of(7, 4, 1, 3, 1, 1, 1), level2.stream().map(LayoutCell::rowSpan).toList());
        LayoutCell cost = layout.cells(Slot.NAME).stream().filter(c -> c.text().equals("项目预算控制数")).findFirst()
                .orElseThrow();
        assertEquals(3, cost.rowSpan(), "the two rows without a name of their own are under 项目预算控制数");
        assertEquals(16, layout.cells(Slot.NAME).size());
        LayoutCell label = layout.cellAt(layout.indicatorHeaderRow(), 0).orElseThrow();
        assertEquals("绩效指标", label.text());
        assertEquals(CellRole.VERTICAL_LABEL, label.role());
        List<LayoutCell> column = layout.cells().stream().filter(c -> c.col() == 0 && c.row() >= label.row()
                && c.lastRow() < layout.totalRow()).toList();
        assertEquals(19, whole(column).get(0).rowSpan(), "header and the 18 indicator rows");
        assertEquals(layout.totalRow(), layout.rowCount() - 1);
    }

    /** The cells with the parts that page breaks cut off them joined back on, as spans. */
    private static List<LayoutCell> whole(List<LayoutCell> cells) {
        List<LayoutCell> joined = new java.util.ArrayList<>();
        for (LayoutCell c : cells) {
            if (c.continuation() == LayoutCell.Continuation.REPEAT && !joined.isEmpty()) {
                LayoutCell first = joined.remove(joined.size() - 1);
                joined.add(LayoutCell.text(first.row(), first.col(), c.lastRow() - first.row() + 1, first.colSpan(),
                        first.text(), first.role(), first.slot()));
            } else {
                joined.add(c);
            }
        }
        return joined;
    }

    @Test
    void rowsAreTallEnoughForTheirWrappedTextIncludingMergedCells() throws Exception {
        FormLayout layout = planner.plan(ReferenceForms.load("reference-2021"));
        for (LayoutCell c : layout.cells()) {
            if (c.role() == CellRole.TITLE || c.role() == CellRole.SUBTITLE) {
                continue;
            }
            double need = c.role() == CellRole.VERTICAL_LABEL ? TextMetrics.verticalHeight(c.text())
                    : TextMetrics.height(c.displayText(), layout.width(c.col(), c.lastCol()));
            assertTrue(layout.height(c.row(), c.lastRow()) + 0.01 >= need, "cell at row " + c.row());
        }
        LayoutCell goal = layout.cells(Slot.EXPECTED_GOAL).get(0);
        assertTrue(layout.rowHeights().get(goal.row()) > 100, "the long goal text needs a tall row");
    }

    @Test
    void centralEditionHasNoLeaderRowAndPagesCoverEveryRowOnce() throws Exception {
        FormModel form = new FormModel(ProfileCatalog.builtIn().find("central-2020").orElseThrow());
        FormLayout central = planner.plan(form);
        assertTrue(central.cells(Slot.PROJECT_LEADER).isEmpty());
        assertEquals(5, central.cells(Slot.INITIAL_BUDGET).get(0).row(), "funds header right under 主管部门");
        assertTrue(central.cells(Slot.EXECUTION_RATE).get(0).text().isEmpty(), "no budget, no rate");
        assertFalse(central.cells(Slot.TOTAL).get(0).isMerged());

        FormLayout layout = planner.plan(ReferenceForms.load("reference-2022"));
        int expected = 0;
        for (FormLayout.Page page : layout.pages()) {
            assertEquals(expected, page.firstRow());
            expected = page.lastRow() + 1;
            double height = layout.height(page.firstRow(), page.lastRow())
                    + (page.repeatsHeader() ? layout.rowHeights().get(layout.indicatorHeaderRow()) : 0);
            assertTrue(height * PageGeometry.scale(layout.columnWidths()) <= PageGeometry.printableHeight());
        }
        assertEquals(layout.rowCount(), expected);
        assertTrue(layout.pages().size() >= 2, "the 2022 form does not fit one page");
        assertTrue(layout.pages().get(1).repeatsHeader());
    }

    @Test
    void aHeaderRowThatLaterPagesRepeatHoldsAllOfTheVerticalLabel() throws Exception {
        for (String name : List.of("reference-2021", "reference-2022")) {
            FormLayout layout = planner.plan(ReferenceForms.load(name));
            assertTrue(layout.pages().get(1).repeatsHeader(), name);
            int header = layout.indicatorHeaderRow();
            double whole = TextMetrics.verticalHeight(layout.cellAt(header, 0).orElseThrow().text());
            assertTrue(layout.rowHeights().get(header) + 0.01 >= whole, name + ": 绩效指标 cut on page 2");
        }
        FormModel short2021 = ReferenceForms.load("reference-2021");
        short2021.indicators().remove(4, short2021.indicators().size());
        FormLayout onePage = planner.plan(short2021);
        assertEquals(1, onePage.pages().size(), "four indicators fit one page");
        int header = onePage.indicatorHeaderRow();
        assertTrue(onePage.rowHeights().get(header)
                < TextMetrics.verticalHeight(onePage.cellAt(header, 0).orElseThrow().text()),
                "nothing repeats the header of a one-page form: its row keeps the height of its own labels");
    }

    @Test
    void executionScoreFormulaFollowsTheEditionsRule() {
        var doc101 = ProfileCatalog.builtIn().find("central-2021-101").orElseThrow();
        assertEquals("IF(MAX(0,F7)/E7>=1.0,ROUND(G7*1.0,2),IF(MAX(0,F7)/E7>=0.8,ROUND(G7*0.7,2),"
                + "IF(MAX(0,F7)/E7>=0.6,ROUND(G7*0.5,2),0)))",
                LayoutPlanner.scoreFormula(doc101.execution(), doc101.rounding().executionScore(), "E", "7"));
        var beijing = ProfileCatalog.builtIn().defaultProfile();
        assertEquals("ROUND(MIN(G7,G7*MAX(0,F7)/E7),2)",
                LayoutPlanner.scoreFormula(beijing.execution(), beijing.rounding().executionScore(), "E", "7"));
        var down = ProfileCatalog.builtIn().find("whole-points-down").orElseThrow();
        assertEquals("ROUNDDOWN(MIN(G7,G7*MAX(0,F7)/D7),0)",
                LayoutPlanner.scoreFormula(down.execution(), down.rounding().executionScore(), "D", "7"));
    }

    @Test
    void numbersPrintInTheirFormats() {
        assertEquals("351.590000", NumberFormats.format(new BigDecimal("351.59"), NumberFormats.decimals(6)));
        assertEquals("61.91%", NumberFormats.format(new BigDecimal("0.6190950"), NumberFormats.PERCENT));
        assertEquals("5", NumberFormats.format(new BigDecimal("5.00"), LayoutCell.GENERAL));
        assertEquals("6.19", NumberFormats.format(new BigDecimal("6.19"), NumberFormats.POINTS));
    }
}
