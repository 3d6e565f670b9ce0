package org.selfeval.ui.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text as Excel and WPS put it on the clipboard: rows end with a line break, cells are
 * separated by tabs, and a cell that holds a tab, a line break or a quote is quoted with {@code "},
 * its quotes doubled.
 */
public final class Tsv {

    private Tsv() {
    }

    /** The rows of a block of tab-separated text; a trailing line break does not make an empty row. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean cellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (cellStart && c == '"') {
                int end = closingQuote(text, i + 1);
                if (end >= 0) {
                    cell.append(text.substring(i + 1, end).replace("\"\"", "\""));
                    i = end + 1;
                    cellStart = false;
                    continue;
                }
                // An unmatched quote is literal text, as Excel treats it.
            }
            cellStart = false;
            if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                cellStart = true;
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!cellStart || !row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /**
     * The index of the quote that closes a quoted cell opened before {@code from}: a single quote followed by
     * a tab, a line break or the end; {@code -1} when there is none.
     */
    private static int closingQuote(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                boolean atEnd = i + 1 == text.length();
                char next = atEnd ? '\n' : text.charAt(i + 1);
                return next == '\t' || next == '\n' || next == '\r' ? i : -1;
            }
            i++;
        }
        return -1;
    }

    /** Rows as tab-separated text, quoting cells as Excel does; each row ends with a line break. */
    public static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append('\t');
                }
                out.append(quote(row.get(c) == null ? "" : row.get(c)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String cell) {
        if (cell.indexOf('\t') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 && !cell.startsWith("\"")) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
