package org.selfeval.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutCell;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Tier;

/**
 * What the printed form cannot show but the form file holds: the edition, and per indicator whether its score
 * was typed and which tier was chosen. Stored as custom document properties of our own exports, so that
 * importing them gives back exactly the same form; the visible cells still win where they disagree.
 *
 * @param edition    the edition's id
 * @param indicators one entry per indicator row, in order
 */
record ExportMarks(String edition, List<Mark> indicators) {

    static final String EDITION = "SelfEval.edition";
    static final String INDICATORS = "SelfEval.indicators";
    static final String FORMAT = "SelfEval.format";
    /**
     * The cells that continue the cell above them ({@link LayoutCell.Continuation}): {@code +B17} a piece of the
     * text above, {@code =A30} a label repeated (or a part left empty) after a page break; separated by spaces.
     */
    static final String CONTINUED = "SelfEval.continued";

    /** One indicator's marks. */
    record Mark(boolean manual, Tier tier) {
    }

    ExportMarks {
        indicators = List.copyOf(indicators);
    }

    static ExportMarks of(FormModel form) {
        List<Mark> marks = new ArrayList<>();
        for (IndicatorRow row : form.indicators()) {
            marks.add(new Mark(row.isManual(), row.getChosenTier()));
        }
        return new ExportMarks(form.profile().id(), marks);
    }

    /** The indicator marks as one property value: {@code m:MET;a:;a:} (m = typed score, a = suggested). */
    String encodeIndicators() {
        StringBuilder s = new StringBuilder();
        for (Mark mark : indicators) {
            if (s.length() > 0) {
                s.append(';');
            }
            s.append(mark.manual() ? 'm' : 'a').append(':').append(mark.tier() == null ? "" : mark.tier().name());
        }
        return s.toString();
    }

    /** The continued cells of a layout, as one property value ({@link #CONTINUED}); empty when there are none. */
    static String encodeContinued(FormLayout layout) {
        StringBuilder s = new StringBuilder();
        for (LayoutCell cell : layout.cells()) {
            if (cell.continuation() != LayoutCell.Continuation.NONE) {
                if (s.length() > 0) {
                    s.append(' ');
                }
                s.append(cell.continuation() == LayoutCell.Continuation.TEXT ? '+' : '=')
                        .append(new CellReference(cell.row(), cell.col()).formatAsString());
            }
        }
        return s.toString();
    }

    /** Reads {@link #CONTINUED} back: cell reference (B17) to how it continues; malformed entries are left out. */
    static Map<String, LayoutCell.Continuation> decodeContinued(String value) {
        Map<String, LayoutCell.Continuation> cells = new HashMap<>();
        if (value == null || value.isBlank()) {
            return cells;
        }
        for (String entry : value.strip().split(" +")) {
            char kind = entry.charAt(0);
            if ((kind == '+' || kind == '=') && entry.substring(1).matches("[A-Z]{1,3}[1-9][0-9]{0,6}")) {
                cells.put(entry.substring(1), kind == '+' ? LayoutCell.Continuation.TEXT
                        : LayoutCell.Continuation.REPEAT);
            }
        }
        return cells;
    }

    /** Reads the property value back; malformed entries become "suggested, no tier". */
    static List<Mark> decodeIndicators(String value) {
        List<Mark> marks = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return marks;
        }
        for (String entry : value.split(";", -1)) {
            boolean manual = entry.startsWith("m");
            int colon = entry.indexOf(':');
            Tier tier = null;
            if (colon >= 0 && colon + 1 < entry.length()) {
                try {
                    tier = Tier.valueOf(entry.substring(colon + 1));
                } catch (IllegalArgumentException e) {
                    tier = null; // a tier this version does not know: let the reader infer it
                }
            }
            marks.add(new Mark(manual, tier));
        }
        return marks;
    }
}
