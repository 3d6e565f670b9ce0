package org.selfeval.ui.vm;

import java.math.BigDecimal;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.edit.Command;

/**
 * A pasted 得分: typed only where it differs from the rules' suggestion. A block copied from a form carries its
 * scores, mostly the suggestion itself; taken as typed, they would stay put when the officer changes the row's
 * figures later. Decided when it runs, after the row's other pasted cells, on which the suggestion depends.
 */
final class PastedScore implements Command {

    private final IndicatorRow row;
    private final BigDecimal pasted;
    private BigDecimal before;

    PastedScore(IndicatorRow row, BigDecimal pasted) {
        this.row = row;
        this.pasted = pasted;
    }

    @Override
    public void execute() {
        before = row.getEnteredScore();
        BigDecimal suggested = row.getSuggestion().score();
        boolean computed = pasted == null || suggested != null && suggested.compareTo(pasted) == 0;
        row.enteredScoreProperty().set(computed ? null : pasted);
    }

    @Override
    public void undo() {
        row.enteredScoreProperty().set(before);
    }

    @Override
    public String description() {
        return "";
    }
}
