package org.selfeval.rollover;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.model.FundsRow;
import org.selfeval.model.IndicatorRow;

/**
 * Next year's form from this year's (新建下一年度): the same project, edition, rules, 预期目标 and indicators with
 * their targets and weights, one year on; what belongs to the year that ended (its money, what was achieved,
 * the scores and the reasons for them) is cleared. The window and the command line both make it here.
 */
public final class NextYearForm {

    /** A name that begins with a year, as many projects are named (2022年…项目). */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\s*)((?:19|20)\\d\\d)(?!\\d)");

    private final FormMapper mapper;

    public NextYearForm(FormMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * What was made and what was cleared.
     *
     * @param document   the new form, never saved yet
     * @param fromYear   the year of the form it was made from, {@code null} when that had none
     * @param toYear     the new form's year, {@code null} when no year was known to count on from
     * @param renamed    whether the year at the start of the project's name was moved on too
     * @param amounts    how many 项目资金 amounts were cleared
     * @param indicators how many indicator rows had an actual, a score, a tier or a reason cleared
     */
    public record Result(FormDocument document, Integer fromYear, Integer toYear, boolean renamed, int amounts,
                         int indicators) {

        /** The note shown after making the form: the year, then what was cleared and what was kept. */
        public List<String> describe(Messages messages) {
            List<String> lines = new ArrayList<>();
            if (toYear == null) {
                lines.add(messages.get("nextYear.note.noYear"));
            } else {
                lines.add(messages.get(fromYear == null ? "nextYear.note.yearFromName" : "nextYear.note.year",
                        String.valueOf(fromYear), String.valueOf(toYear)));
            }
            if (renamed) {
                lines.add(messages.get("nextYear.note.renamed", String.valueOf(toYear)));
            }
            lines.add(messages.get("nextYear.note.funds", amounts));
            lines.add(messages.get("nextYear.note.goals"));
            lines.add(messages.get("nextYear.note.indicators", indicators));
            lines.add(messages.get("nextYear.note.kept"));
            return List.copyOf(lines);
        }
    }

    /** Makes next year's form; {@code form} itself is left as it is. */
    public Result from(FormModel form) {
        // A copy through the file's own data keeps whatever the document holds, rules included, without this
        // class having to know every part of it.
        FormModel next = mapper.toModel(mapper.toDocument(form));
        Integer fromYear = next.getYear();
        String name = next.getProjectName() == null ? "" : next.getProjectName();
        Matcher leading = LEADING_YEAR.matcher(name);
        Integer nameYear = leading.find() ? Integer.valueOf(leading.group(2)) : null;
        // Without a year of its own the form's year is read from its name only when written as one (2021年…).
        Integer base = fromYear != null ? fromYear
                : nameYear != null && name.startsWith("年", leading.end(2)) ? nameYear : null;
        Integer toYear = base == null ? null : base + 1;
        next.yearProperty().set(toYear);
        // Only the year the form is of: a name such as 2035远景规划 that does not match it stays as it is.
        boolean renamed = nameYear != null && nameYear.equals(base);
        if (renamed) {
            next.projectNameProperty().set(name.substring(0, leading.start(2)) + toYear
                    + name.substring(leading.end(2)));
        }
        int amounts = clearFunds(next);
        next.achievedGoalProperty().set("");
        int indicators = 0;
        for (IndicatorRow row : next.indicators()) {
            if (clearResults(row)) {
                indicators++;
            }
        }
        return new Result(mapper.toDocument(next), fromYear, toYear, renamed, amounts, indicators);
    }

    private static int clearFunds(FormModel form) {
        int cleared = 0;
        for (FundsLine line : FundsLine.values()) {
            FundsRow row = form.funds(line);
            for (FundsColumn column : FundsColumn.values()) {
                if (row.amountProperty(column).get() != null) {
                    row.amountProperty(column).set(null);
                    cleared++;
                }
            }
        }
        return cleared;
    }

    /** Clears what the year's results put into a row; true when there was anything. */
    private static boolean clearResults(IndicatorRow row) {
        boolean had = !row.getActual().isEmpty() || row.getEnteredScore() != null || row.getChosenTier() != null
                || !row.getReason().isEmpty();
        row.actualProperty().set("");
        row.enteredScoreProperty().set(null);
        row.chosenTierProperty().set(null);
        row.reasonProperty().set("");
        return had;
    }
}
