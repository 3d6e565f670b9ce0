package org.selfeval.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsLine;
import org.selfeval.model.FundsRow;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;

/** Converts between the file's plain data ({@link FormDocument}) and the observable {@link FormModel}. */
public final class FormMapper {

    private final ProfileCatalog profiles;

    public FormMapper(ProfileCatalog profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** A snapshot of the form as file data. */
    public FormDocument toDocument(FormModel form) {
        FormDocument.Header header = new FormDocument.Header(form.getYear(), text(form.projectNameProperty()),
                text(form.departmentProperty()), text(form.implementingUnitProperty()),
                text(form.projectLeaderProperty()), text(form.phoneProperty()));
        FormDocument.Funds funds = new FormDocument.Funds(form.executionWeightProperty().get(),
                amounts(form.funds(FundsLine.TOTAL)), amounts(form.funds(FundsLine.CURRENT_YEAR)),
                amounts(form.funds(FundsLine.CARRIED_OVER)), amounts(form.funds(FundsLine.OTHER)));
        FormDocument.Goals goals = new FormDocument.Goals(text(form.expectedGoalProperty()),
                text(form.achievedGoalProperty()));
        List<FormDocument.Indicator> indicators = new ArrayList<>(form.indicators().size());
        for (IndicatorRow row : form.indicators()) {
            BigDecimal score = row.isManual() ? row.getEnteredScore() : compact(row.getScore());
            indicators.add(new FormDocument.Indicator(text(row.level1Property()), text(row.level2Property()),
                    text(row.nameProperty()), text(row.targetProperty()), text(row.actualProperty()), row.getWeight(),
                    score, row.isManual(), row.getChosenTier(), text(row.reasonProperty())));
        }
        return new FormDocument(FormDocument.FORMAT, FormDocument.VERSION, form.profile().id(), form.profile(), header,
                funds, goals, indicators);
    }

    /**
     * A new model for a document read from a file; refuses, as a file that cannot be opened, one whose edition
     * this program does not know. The window and the command line open files through this.
     */
    public FormModel open(FormDocument doc) throws FormReadException {
        String edition = doc.edition() == null ? ProfileCatalog.DEFAULT_ID : doc.edition();
        if (doc.rules() == null && profiles.find(edition).isEmpty()) {
            String shown = edition.length() > 40 ? edition.substring(0, 40) + "…" : edition;
            throw new FormReadException("io.error.unknownEdition", shown);
        }
        return toModel(doc);
    }

    /** The rules of a document: its own (2.0), or those of the preset its edition id names (1.x: migration). */
    public Profile rules(FormDocument doc) {
        if (doc.rules() != null) {
            return doc.rules();
        }
        return profiles.require(doc.edition() == null ? ProfileCatalog.DEFAULT_ID : doc.edition());
    }

    /**
     * A new model holding the document's data.
     *
     * @throws org.selfeval.scoring.InvalidEditionException when a 1.x document names an edition this program
     *                                                      does not know
     */
    public FormModel toModel(FormDocument doc) {
        FormModel form = new FormModel(rules(doc));
        FormDocument.Header header = doc.header();
        if (header != null) {
            form.yearProperty().set(header.year());
            form.projectNameProperty().set(text(header.projectName()));
            form.departmentProperty().set(text(header.department()));
            form.implementingUnitProperty().set(text(header.implementingUnit()));
            form.projectLeaderProperty().set(text(header.projectLeader()));
            form.phoneProperty().set(text(header.phone()));
        }
        FormDocument.Funds funds = doc.funds();
        if (funds != null) {
            if (funds.executionWeight() != null) {
                form.executionWeightProperty().set(funds.executionWeight());
            }
            fill(form.funds(FundsLine.TOTAL), funds.total());
            fill(form.funds(FundsLine.CURRENT_YEAR), funds.currentYear());
            fill(form.funds(FundsLine.CARRIED_OVER), funds.carriedOver());
            fill(form.funds(FundsLine.OTHER), funds.other());
        }
        if (doc.goals() != null) {
            form.expectedGoalProperty().set(text(doc.goals().expected()));
            form.achievedGoalProperty().set(text(doc.goals().achieved()));
        }
        if (doc.indicators() != null) {
            List<IndicatorRow> rows = new ArrayList<>(doc.indicators().size());
            for (FormDocument.Indicator in : doc.indicators()) {
                if (in != null) {
                    rows.add(toRow(form, in));
                }
            }
            form.indicators().setAll(rows); // one list change: the totals are booked once per row
        }
        return form;
    }

    private static IndicatorRow toRow(FormModel form, FormDocument.Indicator in) {
        IndicatorRow row = form.newIndicator();
        row.level1Property().set(text(in.level1()));
        row.level2Property().set(text(in.level2()));
        row.nameProperty().set(text(in.name()));
        row.targetProperty().set(text(in.target()));
        row.actualProperty().set(text(in.actual()));
        row.weightProperty().set(in.weight());
        row.chosenTierProperty().set(in.tier());
        row.reasonProperty().set(text(in.reason()));
        if (Boolean.TRUE.equals(in.scoreManual())) {
            row.enteredScoreProperty().set(in.score());
        }
        return row;
    }

    private static FormDocument.Amounts amounts(FundsRow row) {
        return new FormDocument.Amounts(row.initialBudgetProperty().get(), row.annualBudgetProperty().get(),
                row.executedProperty().get());
    }

    private static void fill(FundsRow row, FormDocument.Amounts amounts) {
        if (amounts != null) {
            row.initialBudgetProperty().set(amounts.initialBudget());
            row.annualBudgetProperty().set(amounts.annualBudget());
            row.executedProperty().set(amounts.executed());
        }
    }

    /** A cell's text as saved: without invisible control characters, which a form file may not hold. */
    private static String text(javafx.beans.value.ObservableStringValue cell) {
        return FormContentCheck.printable(cell.get());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A computed score without trailing zeros (5.00 → 5), as forms print whole points. */
    private static BigDecimal compact(BigDecimal score) {
        if (score == null) {
            return null;
        }
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
