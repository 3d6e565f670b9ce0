package org.selfeval.ui.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.selfeval.check.Location;
import org.selfeval.check.Problem;
import org.selfeval.check.Severity;
import org.selfeval.i18n.Messages;

/** The checks' findings: the list shown in the problems panel, and the message of each flagged cell or field. */
public final class ProblemsViewModel {

    private final Messages messages;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final Map<Location, List<Problem>> byLocation = new HashMap<>();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    ProblemsViewModel(Messages messages) {
        this.messages = messages;
    }

    void update(List<Problem> found) {
        if (found.equals(problems)) {
            return; // nothing new: spare the panel and the cells a redraw
        }
        byLocation.clear();
        for (Problem p : found) {
            byLocation.computeIfAbsent(p.location(), k -> new ArrayList<>()).add(p);
        }
        problems.setAll(found);
        errors.set((int) found.stream().filter(p -> p.severity() == Severity.ERROR).count());
        revision.set(revision.get() + 1);
    }

    /** The findings, most serious first. */
    public ObservableList<Problem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errors.getReadOnlyProperty();
    }

    /** Goes up each time the findings change: the moment to redraw decorations. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The messages for one cell or field, one per line, if anything is wrong there. */
    public Optional<String> messageAt(Location location) {
        List<Problem> here = byLocation.get(location);
        if (here == null || here.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", here.stream().map(Problem::message).toList()));
    }

    /** The most serious severity at a place, if any. */
    public Optional<Severity> severityAt(Location location) {
        List<Problem> here = byLocation.get(location);
        return here == null || here.isEmpty() ? Optional.empty() : Optional.of(here.get(0).severity());
    }

    /** A finding as one line of the panel: 【错误】第3行指标·得分：得分 6 超过分值 5。 */
    public String describe(Problem problem) {
        return messages.get("editor.problem.line", messages.get(problem.severity().messageKey()),
                problem.location().describe(messages), problem.message());
    }
}
