package org.selfeval.xlsx;

import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts, tag by tag, the rows, cells and merged regions of each worksheet and of all of them together, refusing
 * past {@link WorkbookLimits}; and notes what POI would take silently: a row number given twice (POI keeps the
 * last) and a shared-string index that points nowhere (POI shows an empty cell).
 */
final class SheetCounts {

    /** Refuses the workbook for a limit: a message key and its arguments. */
    interface Refusal {
        void refuse(String key, Object... args) throws XlsxReadException;
    }

    private final Refusal refusal;
    private long totalRows;
    private long totalCells;
    private long totalMerges;
    private long rows;
    private long cells;
    private long merges;
    private final BitSet seenRows = new BitSet();
    private List<ImportNote> notes;
    private int sharedStrings;
    private String cellRef = "";
    private boolean sharedCell;

    SheetCounts(Refusal refusal) {
        this.refusal = refusal;
    }

    /** Begins a sheet, whose notes go to {@code notes}; {@code sharedStrings} is how many the workbook has. */
    void startSheet(List<ImportNote> sheetNotes, int sharedStringCount) {
        rows = 0;
        cells = 0;
        merges = 0;
        seenRows.clear();
        notes = sheetNotes;
        sharedStrings = sharedStringCount;
    }

    void visit(XMLStreamReader xml) throws XlsxReadException, XMLStreamException {
        switch (xml.getLocalName()) {
            case "row" -> row(xml);
            case "c" -> {
                if (++cells > WorkbookLimits.MAX_CELLS) {
                    refusal.refuse("xlsx.error.tooManyCells", WorkbookLimits.MAX_CELLS);
                }
                if (++totalCells > WorkbookLimits.MAX_TOTAL_CELLS) {
                    refusal.refuse("xlsx.limit.totalCells", WorkbookLimits.MAX_TOTAL_CELLS);
                }
                String ref = xml.getAttributeValue(null, "r");
                cellRef = ref == null ? "" : ref;
                sharedCell = "s".equals(xml.getAttributeValue(null, "t"));
            }
            case "v" -> {
                if (sharedCell) {
                    sharedIndex(xml.getElementText().strip());
                }
            }
            case "mergeCell" -> {
                if (++merges > WorkbookLimits.MAX_MERGES) {
                    refusal.refuse("xlsx.limit.merges", WorkbookLimits.MAX_MERGES);
                }
                if (++totalMerges > WorkbookLimits.MAX_TOTAL_MERGES) {
                    refusal.refuse("xlsx.limit.totalMerges", WorkbookLimits.MAX_TOTAL_MERGES);
                }
            }
            default -> {
            }
        }
    }

    private void row(XMLStreamReader xml) throws XlsxReadException {
        long number = rowNumber(xml);
        if (++rows > WorkbookLimits.MAX_ROWS || number > WorkbookLimits.MAX_ROWS) {
            refusal.refuse("xlsx.error.tooManyRows", WorkbookLimits.MAX_ROWS);
        }
        if (++totalRows > WorkbookLimits.MAX_TOTAL_ROWS) {
            refusal.refuse("xlsx.limit.totalRows", WorkbookLimits.MAX_TOTAL_ROWS);
        }
        if (number > 0) {
            if (seenRows.get((int) number)) {
                notes.add(new ImportNote("", "xlsx.note.repeatedRow", String.valueOf(number)));
            }
            seenRows.set((int) number);
        }
    }

    private void sharedIndex(String value) {
        boolean valid = !value.isEmpty() && value.length() < 10 && value.chars().allMatch(Character::isDigit)
                && Integer.parseInt(value) < sharedStrings;
        if (!valid) {
            notes.add(new ImportNote(cellRef, "xlsx.note.badSharedString",
                    value.length() > 20 ? value.substring(0, 20) + "…" : value));
        }
    }

    /** The 1-based row number of a {@code <row r="…">}; 0 when absent or not a number (POI then counts on). */
    private static long rowNumber(XMLStreamReader xml) {
        String r = xml.getAttributeValue(null, "r");
        if (r == null || r.isEmpty() || r.length() > 10 || !r.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Long.parseLong(r);
    }
}
