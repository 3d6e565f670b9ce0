package org.selfeval.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.model.FundsRow;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ExecutionRule;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.Rounding;

/**
 * Builds the {@link FormLayout} of a form following FORM.md §3: ten columns A–J, the title, the header rows of
 * the edition, the 项目资金 block, 年度总体目标, the 绩效指标 table and 总分. The printed labels come from the
 * {@code sheet.*} texts of the messages given (the official form is Chinese).
 */
public final class LayoutPlanner {

    /** Column widths in character units, A–J, chosen so the form fits A4 portrait at about 93 %. */
    static final List<Double> COLUMN_WIDTHS = List.of(4.5, 8.0, 11.0, 15.0, 17.0, 12.0, 6.0, 8.0, 9.0, 9.0);
    /**
     * The tallest row the plan makes, in points: what Excel allows, and well under a page, so that a page holds the
     * repeated header and more than one such row.
     */
    public static final double MAX_ROW_POINTS = Math.min(409,
            PageGeometry.capacity(PageGeometry.scale(COLUMN_WIDTHS)) / 2);

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;
    private static final int F = 5;
    private static final int G = 6;
    private static final int H = 7;
    private static final int I = 8;
    private static final int LAST = 9;

    private final Messages text;

    public LayoutPlanner(Messages formText) {
        this.text = Objects.requireNonNull(formText, "formText");
    }

    /** The layout of the form as it stands now. */
    public FormLayout plan(FormModel form) {
        Profile profile = form.profile();
        List<LayoutCell> cells = new ArrayList<>();
        int row = 0;
        cells.add(LayoutCell.text(row++, A, 1, 10, profile.title(), CellRole.TITLE, Slot.TITLE));
        String year = form.getYear() == null ? "    " : String.valueOf(form.getYear());
        cells.add(LayoutCell.text(row++, A, 1, 10, text.get("sheet.year", year), CellRole.SUBTITLE, Slot.YEAR));
        int firstGridRow = row;

        label(cells, row, A, 1, 2, "sheet.projectName");
        cells.add(LayoutCell.text(row, C, 1, 8, form.projectNameProperty().get(), CellRole.TEXT, Slot.PROJECT_NAME));
        row++;
        pairRow(cells, row++, "sheet.department", form.departmentProperty().get(), Slot.DEPARTMENT,
                "sheet.implementingUnit", form.implementingUnitProperty().get(), Slot.IMPLEMENTING_UNIT);
        if (profile.hasLeaderRow()) {
            pairRow(cells, row++, "sheet.projectLeader", form.projectLeaderProperty().get(), Slot.PROJECT_LEADER,
                    "sheet.phone", form.phoneProperty().get(), Slot.PHONE);
        }

        int fundsHeaderRow = row;
        int fundsTotalRow = fundsBlock(cells, form, row);
        row += 5;

        int goalsHeaderRow = row;
        cells.add(LayoutCell.text(row, A, 2, 1, text.get("sheet.goals"), CellRole.VERTICAL_LABEL, Slot.LABEL));
        label(cells, row, B, 1, 4, "sheet.expectedGoal");
        label(cells, row, F, 1, 5, "sheet.achievedGoal");
        row++;
        cells.add(LayoutCell.text(row, B, 1, 4, form.expectedGoalProperty().get(), CellRole.LONG_TEXT,
                Slot.EXPECTED_GOAL));
        cells.add(LayoutCell.text(row, F, 1, 5, form.achievedGoalProperty().get(), CellRole.LONG_TEXT,
                Slot.ACHIEVED_GOAL));
        row++;

        int headerRow = row;
        List<IndicatorRow> indicators = List.copyOf(form.indicators());
        LayoutCell indicatorsLabel = LayoutCell.text(headerRow, A, 1 + indicators.size(), 1,
                text.get("sheet.indicators"), CellRole.VERTICAL_LABEL, Slot.LABEL);
        cells.add(indicatorsLabel);
        label(cells, row, B, 1, 1, "sheet.level1");
        label(cells, row, C, 1, 1, "sheet.level2");
        label(cells, row, D, 1, 1, "sheet.indicatorName");
        label(cells, row, E, 1, 1, "sheet.target");
        label(cells, row, F, 1, 1, "sheet.actual");
        label(cells, row, G, 1, 1, "sheet.weight");
        label(cells, row, H, 1, 1, "sheet.score");
        label(cells, row, I, 1, 2, "sheet.reason");
        row++;
        int firstIndicatorRow = row;
        indicatorRows(cells, indicators, firstIndicatorRow);
        row += indicators.size();
        int lastIndicatorRow = row - 1;

        int totalRow = row;
        label(cells, totalRow, A, 1, 6, "sheet.total");
        String weightFormula = "G" + ref(fundsTotalRow) + (indicators.isEmpty() ? ""
                : "+SUM(G" + ref(firstIndicatorRow) + ":G" + ContinuationRows.lastRow(lastIndicatorRow) + ")");
        String totalFormula = "SUM(I" + ref(fundsTotalRow) + (indicators.isEmpty() ? ""
                : ",H" + ref(firstIndicatorRow) + ":H" + ContinuationRows.lastRow(lastIndicatorRow)) + ")";
        cells.add(LayoutCell.number(totalRow, G, 1, form.weightTotalBinding().get(), LayoutCell.GENERAL,
                weightFormula, Slot.WEIGHT_TOTAL));
        cells.add(LayoutCell.number(totalRow, H, 1, form.getTotal(), NumberFormats.POINTS, totalFormula,
                Slot.TOTAL));
        cells.add(LayoutCell.text(totalRow, I, 1, 2, "", CellRole.TEXT, Slot.LABEL));

        cells.sort(Comparator.comparingInt(LayoutCell::row).thenComparingInt(LayoutCell::col));
        ContinuationRows.Result rows = ContinuationRows.expand(cells, totalRow + 1, COLUMN_WIDTHS, MAX_ROW_POINTS);
        int header = rows.first()[headerRow];
        int lastTableRow = rows.last()[lastIndicatorRow];
        // Headings go over to the next page with the row they head: the title with the table's first row, the
        // funds header with its first line, 预期目标 / 实际完成情况 with the first row of the goals, and the
        // indicator header with the first indicator; and 总分 does not stand alone atop a page.
        Set<Integer> keep = new HashSet<>(List.of(0, 1, rows.last()[fundsHeaderRow],
                rows.last()[goalsHeaderRow], rows.last()[headerRow], lastTableRow));
        List<Double> heights = new ArrayList<>(RowHeights.of(rows.cells(), rows.rowCount(), COLUMN_WIDTHS,
                MAX_ROW_POINTS));
        double scale = PageGeometry.scale(COLUMN_WIDTHS);
        List<FormLayout.Page> pages = PageGeometry.paginate(heights, scale, header, lastTableRow, keep);
        if (pages.stream().anyMatch(FormLayout.Page::repeatsHeader)) {
            // Later pages repeat the header row alone: it must hold all of 绩效指标, not its first two characters.
            double whole = Math.ceil(PageParts.need(indicatorsLabel, COLUMN_WIDTHS) * 4) / 4;
            if (heights.get(header) < whole) {
                heights.set(header, whole);
                pages = PageGeometry.paginate(heights, scale, header, lastTableRow, keep);
            }
        }
        List<LayoutCell> placed = PageParts.cut(rows.cells(), pages, heights, COLUMN_WIDTHS, header);
        return new FormLayout(text.get("sheet.sheetName"), placed, COLUMN_WIDTHS, heights,
                rows.first()[firstGridRow], header, rows.first()[totalRow], pages);
    }

    private void label(List<LayoutCell> cells, int row, int col, int rowSpan, int colSpan, String key) {
        cells.add(LayoutCell.text(row, col, rowSpan, colSpan, text.get(key), CellRole.LABEL, Slot.LABEL));
    }

    private void pairRow(List<LayoutCell> cells, int row, String leftKey, String leftValue, Slot leftSlot,
                         String rightKey, String rightValue, Slot rightSlot) {
        label(cells, row, A, 1, 2, leftKey);
        cells.add(LayoutCell.text(row, C, 1, 3, leftValue, CellRole.TEXT, leftSlot));
        label(cells, row, F, 1, 2, rightKey);
        cells.add(LayoutCell.text(row, H, 1, 3, rightValue, CellRole.TEXT, rightSlot));
    }

    /** The 项目资金 block from {@code top}: a header row and the four lines. Returns the 年度资金总额 row. */
    private int fundsBlock(List<LayoutCell> cells, FormModel form, int top) {
        Profile profile = form.profile();
        cells.add(LayoutCell.text(top, A, 5, 2, text.get("sheet.funds", profile.amountUnit()), CellRole.LABEL,
                Slot.LABEL));
        cells.add(LayoutCell.text(top, C, 1, 1, "", CellRole.LABEL, Slot.LABEL));
        label(cells, top, D, 1, 1, "sheet.initialBudget");
        label(cells, top, E, 1, 1, "sheet.annualBudget");
        label(cells, top, F, 1, 1, "sheet.executed");
        label(cells, top, G, 1, 1, "sheet.weight");
        label(cells, top, H, 1, 1, "sheet.rate");
        label(cells, top, I, 1, 2, "sheet.score");
        String amountFormat = NumberFormats.decimals(profile.amountScale());
        int totalRow = top + 1;
        for (FundsLine line : FundsLine.values()) {
            int r = top + 1 + line.ordinal();
            FundsRow funds = form.funds(line);
            cells.add(LayoutCell.text(r, C, 1, 1, profile.fundRowLabels().get(line.ordinal()), CellRole.LABEL,
                    Slot.LABEL));
            cells.add(LayoutCell.number(r, D, 1, funds.amountProperty(FundsColumn.INITIAL_BUDGET).get(),
                    amountFormat, null, Slot.INITIAL_BUDGET));
            cells.add(LayoutCell.number(r, E, 1, funds.amountProperty(FundsColumn.ANNUAL_BUDGET).get(),
                    amountFormat, null, Slot.ANNUAL_BUDGET));
            cells.add(LayoutCell.number(r, F, 1, funds.amountProperty(FundsColumn.EXECUTED).get(),
                    amountFormat, null, Slot.EXECUTED));
            BigDecimal rate = funds.rateBinding().get();
            String denominator = funds.budgetColumn() == FundsColumn.INITIAL_BUDGET ? "D" : "E";
            String rateFormula = rate == null ? null
                    : rounded("F" + ref(r) + "/" + denominator + ref(r), profile.rounding().rate(), 2);
            cells.add(LayoutCell.number(r, H, 1, rate, NumberFormats.percent(profile.rounding().rate().decimals()),
                    rateFormula, Slot.EXECUTION_RATE));
            if (line == FundsLine.TOTAL) {
                cells.add(LayoutCell.number(r, G, 1, form.executionWeightProperty().get(), LayoutCell.GENERAL, null,
                        Slot.EXECUTION_WEIGHT));
                BigDecimal score = form.executionScoreBinding().get();
                Rounding rounding = profile.rounding().executionScore();
                String scoreFormula = score == null ? null : scoreFormula(profile.execution(), rounding, denominator,
                        ref(r));
                cells.add(LayoutCell.number(r, I, 2, score, NumberFormats.decimals(rounding.decimals()), scoreFormula,
                        Slot.EXECUTION_SCORE));
            } else {
                cells.add(LayoutCell.text(r, G, 1, 1, "-", CellRole.FIGURE, Slot.PLACEHOLDER));
                cells.add(LayoutCell.text(r, I, 1, 2, "-", CellRole.FIGURE, Slot.PLACEHOLDER));
            }
        }
        return totalRow;
    }

    /**
     * The spreadsheet formula of the execution score, the same rule as {@link ExecutionRule#score}: from the
     * amounts, not from the rate cell, which may be rounded.
     */
    static String scoreFormula(ExecutionRule rule, Rounding rounding, String denominator, String row) {
        String weight = "G" + row;
        String rate = "MAX(0,F" + row + ")/" + denominator + row;
        if (rule.kind() == ExecutionRule.Kind.PROPORTIONAL) {
            return rounded("MIN(" + weight + "," + weight + "*" + rate + ")", rounding, 0);
        }
        StringBuilder f = new StringBuilder();
        for (ExecutionRule.Band band : rule.bands()) {
            f.append("IF(").append(rate).append(">=").append(band.minRate().toPlainString())
                    .append(',').append(rounded(weight + "*" + band.share().toPlainString(), rounding, 0)).append(',');
        }
        f.append('0').append(")".repeat(rule.bands().size()));
        return f.toString();
    }

    /** {@code expression} rounded in the spreadsheet as {@code rounding} rounds (to its decimals + {@code shift}). */
    private static String rounded(String expression, Rounding rounding, int shift) {
        if (shift > 0 && rounding.mode() == Rounding.Mode.HALF_UP) {
            return expression; // the cell's percent format rounds half-up as it shows the figure
        }
        String function = switch (rounding.mode()) {
            case HALF_UP -> "ROUND";
            case DOWN -> "ROUNDDOWN";
            case UP -> "ROUNDUP";
        };
        return function + "(" + expression + "," + (rounding.decimals() + shift) + ")";
    }

    /**
     * The indicator rows from {@code top}: 一级 merged down its run of rows, 二级 within it, and a row without
     * a 三级指标 name of its own merged into the name above it (as the printed 2021 form does).
     */
    private static void indicatorRows(List<LayoutCell> cells, List<IndicatorRow> rows, int top) {
        int n = rows.size();
        int i = 0;
        while (i < n) {
            int end1 = runEnd(rows, i, n, true);
            cells.add(LayoutCell.text(top + i, B, end1 - i, 1, rows.get(i).getLevel1(), CellRole.GROUP_LABEL,
                    Slot.LEVEL1));
            int j = i;
            while (j < end1) {
                int end2 = runEnd(rows, j, end1, false);
                cells.add(LayoutCell.text(top + j, C, end2 - j, 1, rows.get(j).getLevel2(), CellRole.GROUP_LABEL,
                        Slot.LEVEL2));
                int k = j;
                while (k < end2) {
                    int endName = k + 1;
                    while (endName < end2 && rows.get(endName).getName().isEmpty()) {
                        endName++;
                    }
                    cells.add(LayoutCell.text(top + k, D, endName - k, 1, rows.get(k).getName(), CellRole.TEXT,
                            Slot.NAME));
                    k = endName;
                }
                j = end2;
            }
            i = end1;
        }
        for (int r = 0; r < n; r++) {
            IndicatorRow row = rows.get(r);
            int at = top + r;
            cells.add(LayoutCell.text(at, E, 1, 1, row.getTarget(), CellRole.TEXT, Slot.TARGET));
            cells.add(LayoutCell.text(at, F, 1, 1, row.getActual(), CellRole.TEXT, Slot.ACTUAL));
            cells.add(LayoutCell.number(at, G, 1, row.getWeight(), LayoutCell.GENERAL, null, Slot.WEIGHT));
            cells.add(LayoutCell.number(at, H, 1, row.getScore(), LayoutCell.GENERAL, null, Slot.SCORE));
            cells.add(LayoutCell.text(at, I, 1, 2, row.getReason(), CellRole.TEXT, Slot.REASON));
        }
    }

    /** The end (exclusive) of the run of rows from {@code from} sharing its 一级 (and, unless level1Only, 二级). */
    private static int runEnd(List<IndicatorRow> rows, int from, int limit, boolean level1Only) {
        IndicatorRow first = rows.get(from);
        int end = from + 1;
        while (end < limit) {
            IndicatorRow next = rows.get(end);
            String key = level1Only ? first.getLevel1() : first.getLevel2();
            String nextKey = level1Only ? next.getLevel1() : next.getLevel2();
            if (key.isEmpty() || !key.equals(nextKey)) {
                break; // empty names are not merged: they are gaps to fill, not one group
            }
            end++;
        }
        return end;
    }

    /** A form row in a formula: the spreadsheet number of its first printed row, once rows are continued. */
    private static String ref(int formRow) {
        return ContinuationRows.firstRow(formRow);
    }
}
