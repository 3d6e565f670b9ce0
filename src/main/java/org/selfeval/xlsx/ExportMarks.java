package org.selfeval.xlsx;

import java.util.ArrayList;
import java.util.List;
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
