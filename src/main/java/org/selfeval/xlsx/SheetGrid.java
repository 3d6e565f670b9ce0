package org.selfeval.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.selfeval.layout.LayoutCell;
import org.selfeval.scoring.NumberText;

/**
 * A worksheet as the importer sees it: a grid of "owner" cells (a merged area is one owner at its top-left),
 * each with its text as shown and its number if it holds one, and a record of which owners were used.
 */
final class SheetGrid {

    /**
     * One cell or merged area. {@code error} is the error a formula or cell shows ({@code #DIV/0!}, {@code #REF!}),
     * {@code null} for a proper value; the text of such a cell is the error itself, so it is never taken as empty.
     */
    record Area(int row, int col, int lastRow, int lastCol, String text, BigDecimal number, String error) {
        Area(int row, int col, int lastRow, int lastCol, String text, BigDecimal number) {
            this(row, col, lastRow, lastCol, text, number, null);
        }

        String ref() {
            return new CellReference(row, col).formatAsString();
        }

        boolean isEmpty() {
            return text.isBlank() && number == null;
        }
    }

    private static final int MAX_COLUMNS = 64;
    private static final String UNKNOWN_ERROR = "#ERROR!";
    /** The "error" of a formula that has no computed value and cannot be computed here. */
    static final String UNEVALUATED = "#UNEVALUATED";
    /** Rows read; {@link PackageScan} refuses a sheet with more, so none is silently cut off. */
    static final int MAX_ROWS = WorkbookLimits.MAX_ROWS;

    private final Area[][] owners;
    private final int rows;
    private final int cols;
    private final Set<Area> used = new HashSet<>();
    private final List<String> unreadable = new ArrayList<>();

    SheetGrid(Sheet sheet) {
        rows = Math.min(sheet.getLastRowNum() + 1, MAX_ROWS);
        int maxCol = 0;
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                maxCol = Math.max(maxCol, row.getLastCellNum());
            }
        }
        cols = Math.min(Math.max(maxCol, 1), MAX_COLUMNS);
        owners = new Area[rows][cols];
        DataFormatter formatter = new DataFormatter();
        FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() >= rows || merged.getFirstColumn() >= cols) {
                continue;
            }
            Area area = area(sheet, formatter, evaluator, merged.getFirstRow(), merged.getFirstColumn(),
                    Math.min(merged.getLastRow(), rows - 1), Math.min(merged.getLastColumn(), cols - 1));
            for (int r = area.row(); r <= area.lastRow(); r++) {
                for (int c = area.col(); c <= area.lastCol(); c++) {
                    owners[r][c] = area;
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (owners[r][c] == null) {
                    owners[r][c] = area(sheet, formatter, evaluator, r, c, r, c);
                }
            }
        }
    }

    /** A cell POI cannot read (a number that is none, a broken formula) is empty, and listed in {@link #unreadable}. */
    private Area area(Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator, int r, int c, int lastRow,
                      int lastCol) {
        try {
            return readArea(sheet, formatter, evaluator, r, c, lastRow, lastCol);
        } catch (RuntimeException e) {
            unreadable.add(new CellReference(r, c).formatAsString());
            return new Area(r, c, lastRow, lastCol, "", null);
        }
    }

    /** The cells, as {@code C7}, whose content POI could not read; they count as empty. */
    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    private static Area readArea(Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator, int r, int c,
                                 int lastRow, int lastCol) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return new Area(r, c, lastRow, lastCol, "", null);
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        if (formula && !hasCachedValue(cell)) {
            return evaluated(cell, evaluator, r, c, lastRow, lastCol);
        }
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell, cell.getNumericCellValue(), formula ? null : formatter, r, c, lastRow, lastCol);
            case STRING -> new Area(r, c, lastRow, lastCol, cell.getStringCellValue(), null);
            case BOOLEAN -> new Area(r, c, lastRow, lastCol, String.valueOf(cell.getBooleanCellValue()), null);
            case ERROR -> {
                String shown = errorText(cell);
                yield new Area(r, c, lastRow, lastCol, shown, null, shown);
            }
            default -> new Area(r, c, lastRow, lastCol, "", null);
        };
    }

    /**
     * A number as the sheet shows it: a cell formatted as percent reads as a percentage ({@code 100%}, as the
     * officer typed it), a formula's value exactly, anything else as formatted.
     */
    private static Area number(Cell cell, double value, DataFormatter formatter, int r, int c, int lastRow,
                               int lastCol) {
        if (!Double.isFinite(value)) {
            return new Area(r, c, lastRow, lastCol, String.valueOf(value), null);
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        String format = cell.getCellStyle() == null ? "" : String.valueOf(cell.getCellStyle().getDataFormatString());
        String shown;
        if (format.contains("%")) {
            shown = plain(exact.movePointRight(2)) + "%";
        } else if (formatter == null) {
            shown = plain(exact);
        } else {
            shown = formatter.formatCellValue(cell);
        }
        return new Area(r, c, lastRow, lastCol, shown, exact);
    }

    private static String plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Whether a formula cell carries the value its program last computed (files written by POI may not). */
    private static boolean hasCachedValue(Cell cell) {
        return !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
    }

    /**
     * A formula without a computed value, computed here; one that cannot be (an unknown function, a link to
     * another file) is {@link #UNEVALUATED}, never 0.
     */
    private static Area evaluated(Cell cell, FormulaEvaluator evaluator, int r, int c, int lastRow, int lastCol) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            value = null;
        }
        if (value == null) {
            return new Area(r, c, lastRow, lastCol, "=" + cell.getCellFormula(), null, UNEVALUATED);
        }
        return switch (value.getCellType()) {
            case NUMERIC -> number(cell, value.getNumberValue(), null, r, c, lastRow, lastCol);
            case STRING -> new Area(r, c, lastRow, lastCol, value.getStringValue(), null);
            case BOOLEAN -> new Area(r, c, lastRow, lastCol, String.valueOf(value.getBooleanValue()), null);
            case ERROR -> {
                String shown = FormulaError.isValidCode(value.getErrorValue())
                        ? FormulaError.forInt(value.getErrorValue()).getString() : UNKNOWN_ERROR;
                yield new Area(r, c, lastRow, lastCol, shown, null, shown);
            }
            default -> new Area(r, c, lastRow, lastCol, "", null);
        };
    }

    /** The error a cell shows, as Excel writes it ({@code #DIV/0!}); a code POI does not know is still an error. */
    private static String errorText(Cell cell) {
        try {
            byte code = cell.getErrorCellValue();
            return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : UNKNOWN_ERROR;
        } catch (RuntimeException e) {
            return UNKNOWN_ERROR; // an error text POI cannot decode
        }
    }

    /**
     * Joins the cells that continue the one above them (our own export's continuation rows, listed by reference)
     * back into one: a piece of text is appended to the cell where its text began and left empty; a part repeated
     * after a page break is left empty. Readers then find each text whole in its first cell.
     */
    void joinContinuations(Map<String, LayoutCell.Continuation> continued) {
        if (continued.isEmpty()) {
            return;
        }
        Map<String, Area> headOf = new HashMap<>();
        Map<Area, StringBuilder> joined = new LinkedHashMap<>();
        for (Area a : areas()) {
            LayoutCell.Continuation how = continued.get(a.ref());
            if (how == null || a.error() != null) {
                continue;
            }
            if (how == LayoutCell.Continuation.TEXT && a.row() > 0) {
                Area above = at(a.row() - 1, a.col());
                Area head = headOf.getOrDefault(above.ref(), above);
                if (head.number() != null || head.error() != null) {
                    continue; // not a text to continue: leave the cell as it is, for the reader to note
                }
                joined.computeIfAbsent(head, h -> new StringBuilder(h.text())).append(a.text());
                headOf.put(a.ref(), head);
            }
            place(new Area(a.row(), a.col(), a.lastRow(), a.lastCol(), "", null));
        }
        joined.forEach((head, text) ->
                place(new Area(head.row(), head.col(), head.lastRow(), head.lastCol(), text.toString(), null)));
    }

    private void place(Area area) {
        for (int r = area.row(); r <= area.lastRow(); r++) {
            for (int c = area.col(); c <= area.lastCol(); c++) {
                owners[r][c] = area;
            }
        }
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    /** The owner covering a position, or an empty area outside the grid. */
    Area at(int row, int col) {
        if (row < 0 || col < 0 || row >= rows || col >= cols) {
            return new Area(row, col, row, col, "", null);
        }
        return owners[row][col];
    }

    /** Every owner once, by row then column. */
    List<Area> areas() {
        List<Area> all = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Area a = owners[r][c];
                if (a.row() == r && a.col() == c) {
                    all.add(a);
                }
            }
        }
        return all;
    }

    /** The first owner, by row then column, whose label key equals the given key. */
    Optional<Area> find(String key) {
        return areas().stream().filter(a -> Labels.key(a.text()).equals(key)).findFirst();
    }

    /** The first owner in a row, from a column on, whose label key satisfies the test. */
    Optional<Area> findInRow(int row, java.util.function.Predicate<String> keyTest) {
        for (int c = 0; c < cols; c++) {
            Area a = at(row, c);
            if (a.row() == row && a.col() == c && keyTest.test(Labels.key(a.text()))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The value beside a label: the first owner to its right in the same row that has content, stopping at the
     * next label (a value left blank between two labels is blank, not the next label).
     */
    Optional<Area> valueRightOf(Area label, java.util.function.Predicate<String> isLabel) {
        Area blank = null;
        for (int c = label.lastCol() + 1; c < cols; c++) {
            Area a = at(label.row(), c);
            if (a.col() != c) {
                continue;
            }
            if (isLabel.test(Labels.key(a.text()))) {
                break;
            }
            if (!a.isEmpty()) {
                return Optional.of(a);
            }
            if (blank == null) {
                blank = a;
            }
        }
        return Optional.ofNullable(blank);
    }

    /** The owner just below an area, in its first column. */
    Optional<Area> below(Area area) {
        int r = area.lastRow() + 1;
        return r < rows ? Optional.of(at(r, area.col())) : Optional.empty();
    }

    void use(Area area) {
        used.add(area);
    }

    /** Owners with content that nobody used. */
    List<Area> unused() {
        List<Area> left = new ArrayList<>();
        for (Area a : areas()) {
            if (!used.contains(a) && !a.isEmpty() && !NumberText.isPlaceholder(a.text())) {
                left.add(a);
            }
        }
        return left;
    }
}
