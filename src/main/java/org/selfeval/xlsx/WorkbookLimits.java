package org.selfeval.xlsx;

/**
 * The limits a workbook is measured against before POI builds it (docs/bad-files.md gives each one's reason and
 * the measured cost): a form is one sheet of a few hundred rows, and the largest form file (10,000 indicator rows)
 * must still import; far beyond that is a damaged or hostile file, and no accepted workbook may cost more than
 * 10 s or 512 MB.
 */
final class WorkbookLimits {

    /** Sheets of one workbook: a unit's workbook may hold one form per project. */
    static final int MAX_SHEETS = 200;
    /** Rows of one sheet: the most indicator rows a form file may have (10,000) plus the form's own rows. */
    static final int MAX_ROWS = 12_000;
    /** Cells of one sheet: a form has 10 columns. */
    static final int MAX_CELLS = 250_000;
    /** Rows of all sheets together: POI builds every sheet, so the whole workbook is bounded too. */
    static final int MAX_TOTAL_ROWS = 2 * MAX_ROWS;
    /** Cells of all sheets together: a sheet's worth (POI's cells cost about 1 KB each while it builds them). */
    static final int MAX_TOTAL_CELLS = MAX_CELLS;
    /** Merged regions of one sheet: a form merges 3–4 per indicator row at most. */
    static final int MAX_MERGES = 40_000;
    /** Merged regions of all sheets together: a sheet's worth. */
    static final int MAX_TOTAL_MERGES = MAX_MERGES;
    /** Characters of one number-format code: Excel's own limit (POI's parsing of a code is quadratic). */
    static final int MAX_FORMAT_CODE = 255;
    /** Number formats of a workbook: Excel keeps at most about 250 custom ones. */
    static final int MAX_FORMATS = 1_000;
    /** Style records (cell formats, fonts, fills, borders): Excel's own limit is 64,000 cell formats. */
    static final int MAX_STYLES = 64_000;
    /**
     * Shared strings: a form of 10,000 indicator rows has about 60,000 different texts; POI builds each as an
     * XML bean, about 50 µs and 1 KB apiece.
     */
    static final int MAX_SHARED_STRINGS = 100_000;
    /** Characters of all shared strings together: 10,000 indicator rows of texts of some hundred characters. */
    static final long MAX_SHARED_TEXT = 10_000_000;
    /** Bytes of one document-properties part: our own export marks take some tens of kilobytes. */
    static final long MAX_PROPERTIES_BYTES = 1024 * 1024;

    private WorkbookLimits() {
    }
}
