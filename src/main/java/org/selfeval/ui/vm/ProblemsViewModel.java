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
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.check.Problem;
import org.selfeval.check.Severity;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.model.RowId;

/** The checks' findings: the list shown in the problems panel, and the message of each flagged cell or field. */
public final class ProblemsViewModel {

    private final Messages messages;
    private final FormModel form;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** The findings by place: a field or 项目资金 cell by its location, an indicator cell by its {@link CellOf}. */
    private final Map<Object, List<Problem>> byLocation = new HashMap<>();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    ProblemsViewModel(Messages messages, FormModel form) {
        this.messages = messages;
        this.form = form;
    }

    void update(List<Problem> found) {
        if (found.equals(problems)) {
            return; // nothing new: spare the panel and the cells a redraw
        }
        byLocation.clear();
        for (Problem p : found) {
            byLocation.computeIfAbsent(key(p.location()), k -> new ArrayList<>()).add(p);
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

    /**
     * The messages for one cell or field, one per line, if anything is wrong there. A cell is found by its row's id,
     * wherever the row stands now.
     */
    public Optional<String> messageAt(Location location) {
        return message(byLocation.get(key(location)));
    }

    /** The most serious severity at a place, if any. */
    public Optional<Severity> severityAt(Location location) {
        return severity(byLocation.get(key(location)));
    }

    private static Optional<String> message(List<Problem> here) {
        if (here == null || here.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", here.stream().map(Problem::message).toList()));
    }

    private static Optional<Severity> severity(List<Problem> here) {
        return here == null || here.isEmpty() ? Optional.empty() : Optional.of(here.get(0).severity());
    }

    /** A cell is found by its row's id, not by the place the row had when checked (it may have moved since). */
    private static Object key(Location location) {
        return location instanceof Location.Cell cell ? new CellOf(cell.row(), cell.column()) : location;
    }

    /** An indicator cell, by its row's id. */
    private record CellOf(RowId row, IndicatorColumn column) {
    }

    /** A finding as one line of the panel: 【错误】第3行指标·得分：得分 6 超过分值 5。 */
    public String describe(Problem problem) {
        return messages.get("editor.problem.line", messages.get(problem.severity().messageKey()),
                problem.location().describe(messages, form.profile()), problem.message());
    }
}
