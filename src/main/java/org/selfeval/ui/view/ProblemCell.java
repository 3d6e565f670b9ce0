package org.selfeval.ui.view;

import java.util.function.Supplier;
import javafx.scene.control.ListCell;
import org.selfeval.check.Problem;
import org.selfeval.check.Severity;
import org.selfeval.ui.vm.ProblemsViewModel;

/** A line of the problems panel, coloured by severity, wrapped to the panel's width. */
final class ProblemCell extends ListCell<Problem> {

    private final Supplier<ProblemsViewModel> problems;

    ProblemCell(Supplier<ProblemsViewModel> problems) {
        this.problems = problems;
    }

    @Override
    protected void updateItem(Problem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("problem-line-error", "problem-line-warning", "problem-line-hint");
        if (empty || item == null) {
            setText(null);
            return;
        }
        setText(problems.get().describe(item));
        setWrapText(true);
        setPrefWidth(0); // wrap to the panel's width instead of widening it
        getStyleClass().add(item.severity() == Severity.ERROR ? "problem-line-error"
                : item.severity() == Severity.WARNING ? "problem-line-warning" : "problem-line-hint");
    }
}
