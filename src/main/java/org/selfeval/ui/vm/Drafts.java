package org.selfeval.ui.vm;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.check.Location;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormDocument.Goals;
import org.selfeval.io.FormDocument.Header;
import org.selfeval.io.FormDocument.Indicator;

/**
 * Puts the text still being typed into the form's recovery record, so that a crash does not lose a paragraph typed
 * into a goal or a cell before it was committed. Texts only: a figure half typed is not a figure yet, and takes
 * a moment to type again.
 */
final class Drafts {

    private Drafts() {
    }

    /** The document with the draft's text in its place, or the document itself if the draft has no text place. */
    static FormDocument apply(FormDocument document, FormViewModel.Draft draft) {
        if (draft == null) {
            return document;
        }
        String text = draft.text();
        if (draft.at() instanceof Location.Field field) {
            Header h = document.header();
            Goals g = document.goals();
            return switch (field.field()) {
                case PROJECT_NAME -> withHeader(document, new Header(h.year(), text, h.department(),
                        h.implementingUnit(), h.projectLeader(), h.phone()));
                case DEPARTMENT -> withHeader(document, new Header(h.year(), h.projectName(), text,
                        h.implementingUnit(), h.projectLeader(), h.phone()));
                case IMPLEMENTING_UNIT -> withHeader(document, new Header(h.year(), h.projectName(), h.department(),
                        text, h.projectLeader(), h.phone()));
                case PROJECT_LEADER -> withHeader(document, new Header(h.year(), h.projectName(), h.department(),
                        h.implementingUnit(), text, h.phone()));
                case PHONE -> withHeader(document, new Header(h.year(), h.projectName(), h.department(),
                        h.implementingUnit(), h.projectLeader(), text));
                case EXPECTED_GOAL -> withGoals(document, new Goals(text, g.achieved()));
                case ACHIEVED_GOAL -> withGoals(document, new Goals(g.expected(), text));
                default -> document;
            };
        }
        // The document lists the rows in the form's order, and no row moves while a cell of it is being typed in.
        if (draft.at() instanceof Location.Cell cell && cell.place() >= 0
                && cell.place() < document.indicators().size()) {
            Indicator i = document.indicators().get(cell.place());
            Indicator typed = GridColumns.of(cell.column()).flatMap(column -> column.draft(i, text)).orElse(null);
            if (typed != null) {
                List<Indicator> rows = new ArrayList<>(document.indicators());
                rows.set(cell.place(), typed);
                return new FormDocument(document.format(), document.version(), document.edition(), document.rules(),
                        document.header(), document.funds(), document.goals(), rows);
            }
        }
        return document;
    }

    private static FormDocument withHeader(FormDocument d, Header header) {
        return new FormDocument(d.format(), d.version(), d.edition(), d.rules(), header, d.funds(), d.goals(), d.indicators());
    }

    private static FormDocument withGoals(FormDocument d, Goals goals) {
        return new FormDocument(d.format(), d.version(), d.edition(), d.rules(), d.header(), d.funds(), goals, d.indicators());
    }
}
