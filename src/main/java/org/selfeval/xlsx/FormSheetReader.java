package org.selfeval.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.scoring.NumberText;

/**
 * Reads the blocks of an official-layout sheet by finding their labels, not by fixed coordinates, so that
 * sheets made by others (other column widths, an extra row, the central edition) read too. What it reads
 * goes into plain fields; what it cannot place becomes a note.
 */
final class FormSheetReader {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");

    /** One indicator row as printed. */
    record RawIndicator(String rowNumber, String level1, String level2, String name, String target, String actual,
                        BigDecimal weight, BigDecimal score, String reason) {
    }

    private final SheetGrid grid;
    private final Messages text;
    final List<ImportNote> notes = new ArrayList<>();
    private final java.util.Set<String> noted = new java.util.HashSet<>();

    Integer year;
    final Map<String, String> header = new java.util.HashMap<>();
    boolean leaderRowFound;
    final Map<FundsLine, Map<FundsColumn, BigDecimal>> funds = new EnumMap<>(FundsLine.class);
    /** The funds rows' labels as printed (spaces removed), where found. */
    final Map<FundsLine, String> fundLabels = new EnumMap<>(FundsLine.class);
    /** The form's title as printed, spaces removed; {@code null} when none was found. */
    String title;
    /** The unit of the 项目资金 block as printed (万元 or 元); {@code null} when not said. */
    String unit;
    /** Whether the 项目资金 block has a 全年预算数 column. */
    boolean annualBudgetColumn;
    /** The 执行率 printed on 年度资金总额, in percent, and its 得分; {@code null} when not printed. */
    BigDecimal printedRate;
    BigDecimal printedExecutionScore;
    String executionScoreRef = "";
    BigDecimal executionWeight;
    String expectedGoal = "";
    String achievedGoal = "";
    final List<RawIndicator> indicators = new ArrayList<>();
    BigDecimal printedTotal;
    String totalRef = "";
    /** The first cell whose content cannot be taken (an error value, too long a text), or {@code null}. */
    XlsxReadException problem;
    /** Texts are taken as they stand, not trimmed (see {@link #readExactly}). */
    private boolean exact;

    FormSheetReader(SheetGrid grid, Messages formText) {
        this.grid = grid;
        this.text = formText;
    }

    /** Whether the sheet looks like the form at all: it has the indicator table or the project name. */
    boolean looksLikeForm() {
        return grid.find(key("sheet.level1")).isPresent() || grid.find(key("sheet.projectName")).isPresent();
    }

    /** @param fundNames for each funds row, the labels (and aliases) that name it */
    void read(List<List<String>> fundNames) {
        readTitle();
        for (String field : List.of("projectName", "department", "implementingUnit", "projectLeader", "phone")) {
            readHeaderField(field);
        }
        leaderRowFound = grid.find(key("sheet.projectLeader")).isPresent();
        readFunds(fundNames);
        readGoals();
        readIndicators();
        for (SheetGrid.Area left : grid.unused()) {
            notes.add(new ImportNote(left.ref(), "xlsx.note.unplaced", shorten(left.text())));
        }
    }

    private String key(String messageKey) {
        return Labels.key(text.get(messageKey, ""));
    }

    private void readTitle() {
        for (SheetGrid.Area a : grid.areas()) {
            if (a.row() > 5) {
                break;
            }
            Matcher m = YEAR.matcher(NumberText.toHalfWidth(a.text()));
            String k = Labels.key(a.text());
            if (year == null && m.find()) {
                year = Integer.valueOf(m.group(1));
                grid.use(a);
            } else if (k.endsWith(Labels.key(text.get("sheet.sheetName")))) {
                grid.use(a); // the title, whatever the province calls it
                if (title == null) {
                    title = NumberText.stripSpaces(a.text());
                }
            }
        }
        if (year == null) {
            notes.add(new ImportNote("", "xlsx.note.noYear"));
        }
    }

    private void readHeaderField(String field) {
        Optional<SheetGrid.Area> label = grid.find(key("sheet." + field));
        if (label.isEmpty()) {
            if (!field.equals("projectLeader") && !field.equals("phone")) {
                notes.add(new ImportNote("", "xlsx.note.missingLabel", text.get("sheet." + field)));
            }
            return;
        }
        grid.use(label.get());
        grid.valueRightOf(label.get(), this::isHeaderLabel).ifPresent(value -> {
            grid.use(value);
            header.put(field, typed(value));
        });
    }

    private boolean isHeaderLabel(String k) {
        for (String field : List.of("projectName", "department", "implementingUnit", "projectLeader", "phone")) {
            if (k.equals(key("sheet." + field))) {
                return true;
            }
        }
        return false;
    }

    private void readFunds(List<List<String>> fundNames) {
        Optional<SheetGrid.Area> initial = grid.find(key("sheet.initialBudget"));
        if (initial.isEmpty()) {
            notes.add(new ImportNote("", "xlsx.note.missingLabel", text.get("sheet.initialBudget")));
            return;
        }
        int headerRow = initial.get().row();
        Map<FundsColumn, Integer> amountCols = new EnumMap<>(FundsColumn.class);
        amountCols.put(FundsColumn.INITIAL_BUDGET, initial.get().col());
        grid.use(initial.get());
        column(headerRow, "sheet.annualBudget").ifPresent(c -> amountCols.put(FundsColumn.ANNUAL_BUDGET, c));
        annualBudgetColumn = amountCols.containsKey(FundsColumn.ANNUAL_BUDGET);
        column(headerRow, "sheet.executed").ifPresent(c -> amountCols.put(FundsColumn.EXECUTED, c));
        Optional<Integer> weightCol = column(headerRow, "sheet.weight");
        Optional<Integer> rateCol = column(headerRow, "sheet.rate");
        Optional<Integer> scoreCol = column(headerRow, "sheet.score");
        Optional<SheetGrid.Area> block = grid.find(key("sheet.funds"));
        if (block.isPresent()) {
            grid.use(block.get());
            String printed = NumberText.stripSpaces(NumberText.toHalfWidth(block.get().text()));
            unit = printed.contains("万元") ? "万元" : printed.contains("(元)") ? "元" : null;
        }
        for (int r = headerRow + 1; r <= headerRow + 6 && r < grid.rows(); r++) {
            int row = r;
            for (FundsLine line : FundsLine.values()) {
                List<String> wanted = fundNames.get(line.ordinal()).stream().map(Labels::key).toList();
                Optional<SheetGrid.Area> label = grid.findInRow(row, wanted::contains);
                if (label.isEmpty() || label.get().col() >= initial.get().col() || funds.containsKey(line)) {
                    continue;
                }
                grid.use(label.get());
                fundLabels.put(line, NumberText.stripSpaces(label.get().text()));
                Map<FundsColumn, BigDecimal> amounts = new EnumMap<>(FundsColumn.class);
                for (Map.Entry<FundsColumn, Integer> e : amountCols.entrySet()) {
                    SheetGrid.Area cell = grid.at(row, e.getValue());
                    grid.use(cell);
                    amounts.put(e.getKey(), figure(cell));
                }
                funds.put(line, amounts);
                if (line == FundsLine.TOTAL) {
                    weightCol.ifPresent(c -> executionWeight = figure(grid.at(row, c)));
                    // 执行率 and its score are derived, recomputed from the amounts; printed, they show the rounding.
                    rateCol.ifPresent(c -> printedRate = percent(grid.at(row, c)));
                    scoreCol.ifPresent(c -> {
                        printedExecutionScore = quietFigure(grid.at(row, c));
                        executionScoreRef = grid.at(row, c).ref();
                    });
                }
                rateCol.ifPresent(c -> grid.use(grid.at(row, c)));
                scoreCol.ifPresent(c -> grid.use(grid.at(row, c)));
                weightCol.ifPresent(c -> grid.use(grid.at(row, c)));
            }
        }
        for (FundsLine line : FundsLine.values()) {
            if (!funds.containsKey(line) && line != FundsLine.CARRIED_OVER) {
                notes.add(new ImportNote("", "xlsx.note.missingLabel", fundNames.get(line.ordinal()).get(0)));
            }
        }
    }

    /** The column of a label in the given row. */
    private Optional<Integer> column(int row, String messageKey) {
        String wanted = key(messageKey);
        Optional<SheetGrid.Area> a = grid.findInRow(row, k -> k.equals(wanted) || k.startsWith(wanted));
        a.ifPresent(grid::use);
        return a.map(SheetGrid.Area::col);
    }

    private void readGoals() {
        grid.find(key("sheet.goals")).ifPresent(grid::use);
        expectedGoal = goal("sheet.expectedGoal");
        achievedGoal = goal("sheet.achievedGoal");
    }

    private String goal(String messageKey) {
        Optional<SheetGrid.Area> label = grid.find(key(messageKey));
        if (label.isEmpty()) {
            notes.add(new ImportNote("", "xlsx.note.missingLabel", text.get(messageKey)));
            return "";
        }
        grid.use(label.get());
        return grid.below(label.get()).map(v -> {
            grid.use(v);
            return typed(v);
        }).orElse("");
    }

    private void readIndicators() {
        Optional<SheetGrid.Area> level1Label = grid.find(key("sheet.level1"));
        if (level1Label.isEmpty()) {
            notes.add(new ImportNote("", "xlsx.note.missingLabel", text.get("sheet.level1")));
            return;
        }
        grid.find(key("sheet.indicators")).ifPresent(grid::use);
        int headerRow = level1Label.get().row();
        int c1 = level1Label.get().col();
        grid.use(level1Label.get());
        int c2 = column(headerRow, "sheet.level2").orElse(c1 + 1);
        int cName = column(headerRow, "sheet.indicatorName").orElse(c2 + 1);
        int cTarget = column(headerRow, "sheet.target").orElse(cName + 1);
        int cActual = column(headerRow, "sheet.actual").orElse(cTarget + 1);
        int cWeight = column(headerRow, "sheet.weight").orElse(cActual + 1);
        int cScore = column(headerRow, "sheet.score").orElse(cWeight + 1);
        String reasonKey = key("sheet.reason");
        Optional<SheetGrid.Area> reasonLabel = grid.findInRow(headerRow,
                k -> k.startsWith(reasonKey.substring(0, Math.min(4, reasonKey.length()))));
        reasonLabel.ifPresent(grid::use);
        int cReason = reasonLabel.map(SheetGrid.Area::col).orElse(cScore + 1);
        String totalKey = key("sheet.total");
        String level1 = "";
        String level2 = "";
        int lastHeaderRow = level1Label.get().lastRow();
        for (int r = lastHeaderRow + 1; r < grid.rows(); r++) {
            int row = r;
            Optional<SheetGrid.Area> total = grid.findInRow(row, k -> k.equals(totalKey));
            if (total.isPresent()) {
                grid.use(total.get());
                SheetGrid.Area printed = grid.at(row, cScore);
                grid.use(printed);
                grid.use(grid.at(row, cWeight));
                // The printed total is only compared with the recomputed one; an error there changes nothing.
                printedTotal = printed.error() == null ? figure(printed) : null;
                totalRef = printed.ref();
                break;
            }
            SheetGrid.Area a1 = grid.at(row, c1);
            String l1 = Labels.levelName(Labels.value(text(a1)));
            if (a1.row() == row && !l1.isEmpty()) {
                if (!l1.equals(level1)) {
                    level2 = "";
                }
                level1 = l1;
            }
            SheetGrid.Area a2 = grid.at(row, c2);
            String l2 = Labels.levelName(Labels.value(text(a2)));
            if (a2.row() == row && !l2.isEmpty()) {
                level2 = l2;
            }
            SheetGrid.Area nameArea = grid.at(row, cName);
            String name = nameArea.row() != row ? "" : exact ? text(nameArea)
                    : Labels.indicatorName(Labels.value(text(nameArea)));
            String target = own(row, cTarget);
            String actual = own(row, cActual);
            String reason = own(row, cReason);
            SheetGrid.Area weightArea = grid.at(row, cWeight);
            SheetGrid.Area scoreArea = grid.at(row, cScore);
            BigDecimal weight = weightArea.row() == row ? figure(weightArea) : null;
            BigDecimal score = scoreArea.row() == row ? figure(scoreArea) : null;
            List.of(a1, a2, nameArea, weightArea, scoreArea, grid.at(row, cTarget), grid.at(row, cActual),
                    grid.at(row, cReason)).forEach(grid::use);
            if (name.isEmpty() && target.isEmpty() && actual.isEmpty() && reason.isEmpty() && weight == null
                    && score == null) {
                continue; // an empty template row (指标1:, ……) or a spacer
            }
            indicators.add(new RawIndicator(String.valueOf(row + 1), level1, level2, name, target,
                    actual, weight, score, reason));
        }
    }

    /** The text of the cell at a position if its area starts in this row; a cell merged from above is empty. */
    private String own(int row, int col) {
        SheetGrid.Area a = grid.at(row, col);
        return a.row() == row ? typed(a) : "";
    }

    /**
     * A text as the officer typed it: from a workbook this program exported, exactly as in the cell (leading
     * spaces, a text "-"); from others, with placeholders (—, -, /) read as nothing and the edges trimmed.
     */
    private String typed(SheetGrid.Area area) {
        return exact ? text(area) : Labels.value(text(area));
    }

    /** Reads texts exactly as they stand: the workbook is one this program exported (it carries its marks). */
    void readExactly() {
        exact = true;
    }

    /**
     * The text of a cell whose content goes into the form. A cell showing an error, or holding more than one
     * Excel cell may, is recorded as the problem: taking it as empty or cut short would be a silent guess.
     */
    private String text(SheetGrid.Area area) {
        if (unevaluated(area)) {
            return "";
        }
        if (area.error() != null) {
            refuse(new XlsxReadException(null, "xlsx.error.cellError", area.ref(), area.error()));
            return "";
        }
        if (area.text().length() > FormFiles.MAX_STRING_LENGTH) {
            refuse(new XlsxReadException(null, "xlsx.error.textTooLong", area.ref(), area.text().length(),
                    FormFiles.MAX_STRING_LENGTH));
            return "";
        }
        return area.text();
    }

    private void refuse(XlsxReadException e) {
        if (problem == null) {
            problem = e;
        }
    }

    /** A figure cell: its number, or a number typed as text; placeholders and blanks are {@code null}. */
    private BigDecimal figure(SheetGrid.Area area) {
        if (unevaluated(area)) {
            return null;
        }
        if (area.error() != null) {
            refuse(new XlsxReadException(null, "xlsx.error.cellError", area.ref(), area.error()));
            return null;
        }
        if (area.number() != null) {
            return area.number();
        }
        if (NumberText.isPlaceholder(area.text())) {
            return null;
        }
        Optional<BigDecimal> parsed = NumberText.parseDecimal(area.text());
        if (parsed.isEmpty()) {
            notes.add(new ImportNote(area.ref(), "xlsx.note.notANumber", shorten(area.text())));
        }
        return parsed.orElse(null);
    }

    /** A formula that could not be computed is named in the notes and read as empty, never as 0. */
    private boolean unevaluated(SheetGrid.Area area) {
        if (!SheetGrid.UNEVALUATED.equals(area.error())) {
            return false;
        }
        if (noted.add(area.ref())) {
            notes.add(new ImportNote(area.ref(), "xlsx.note.notEvaluated", shorten(area.text())));
        }
        return true;
    }

    /** A printed figure that is only compared with the recomputed one: unreadable is {@code null}, no note. */
    private static BigDecimal quietFigure(SheetGrid.Area area) {
        if (area.error() != null) {
            return null;
        }
        return area.number() != null ? area.number() : NumberText.parseDecimal(area.text()).orElse(null);
    }

    /** A printed 执行率 in percent: {@code 86.19%}, or a plain number (a fraction up to 1.5, else a percentage). */
    private static BigDecimal percent(SheetGrid.Area area) {
        if (area.error() != null) {
            return null;
        }
        if (area.text().contains("%") || area.text().contains("％")) {
            return NumberText.parseDecimal(area.text()).orElse(null);
        }
        BigDecimal v = quietFigure(area);
        return v == null || v.compareTo(new BigDecimal("1.5")) > 0 ? v : v.movePointRight(2);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
