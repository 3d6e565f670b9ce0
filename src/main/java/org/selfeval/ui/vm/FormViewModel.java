package org.selfeval.ui.vm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.selfeval.check.FormChecker;
import org.selfeval.check.Location;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Profile;
import org.selfeval.ui.edit.Command;
import org.selfeval.ui.edit.CommandStack;
import org.selfeval.ui.edit.CompositeCommand;
import org.selfeval.ui.edit.SetValue;

/**
 * One open form in the editor: the model, its undo history, and the view models of its parts. Every edit
 * goes through {@link #execute(Command)}; the checks re-run after edits through the {@link Debouncer}.
 */
public final class FormViewModel {

    private final FormModel form;
    private final Messages messages;
    private final CommandStack stack;
    private final javafx.beans.value.ChangeListener<Number> edited;
    private final javafx.beans.value.ChangeListener<Profile> rulesChanged;
    private final FormChecker checker;
    private final Debouncer debouncer;

    private final HeaderViewModel header;
    private final GoalsViewModel goals;
    private final FundsViewModel funds;
    private final List<IndicatorTableViewModel> tables = new ArrayList<>();
    private final SummaryViewModel summary;
    private final ProblemsViewModel problems;
    private final ReadOnlyObjectWrapper<Draft> draft = new ReadOnlyObjectWrapper<>();

    public FormViewModel(FormModel form, Messages messages, Debouncer debouncer) {
        this(form, new CommandStack(), messages, debouncer);
    }

    /**
     * The view models of a form that keeps its undo history: the same form shown in another language.
     *
     * @param stack the form's undo history so far
     */
    public FormViewModel(FormModel form, CommandStack stack, Messages messages, Debouncer debouncer) {
        this.form = Objects.requireNonNull(form, "form");
        this.stack = Objects.requireNonNull(stack, "stack");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.debouncer = Objects.requireNonNull(debouncer, "debouncer");
        this.checker = new FormChecker(messages);
        header = new HeaderViewModel(this);
        goals = new GoalsViewModel(this);
        funds = new FundsViewModel(this);
        buildTables();
        // Other 一级指标 (another preset): other tables; the view is rebuilt from them (MainWindow).
        rulesChanged = (obs, before, after) -> {
            if (!before.levels().equals(after.levels())) {
                buildTables();
            }
        };
        form.rulesProperty().addListener(rulesChanged);
        problems = new ProblemsViewModel(messages, form);
        summary = new SummaryViewModel(form, messages, problems);
        edited = (obs, before, after) -> debouncer.request(this::recheck);
        stack.revisionProperty().addListener(edited);
        recheck();
    }

    /** This view model is no longer shown: it stops re-running the checks after edits of its form. */
    public void detach() {
        stack.revisionProperty().removeListener(edited);
        form.rulesProperty().removeListener(rulesChanged);
    }

    private void buildTables() {
        tables.clear();
        for (Profile.Level level : form.profile().levels()) {
            tables.add(new IndicatorTableViewModel(this, level, true));
        }
        // A row whose 一级指标 the edition does not know (a file from another edition, an import) still counts in
        // the total: it gets a table of its own after the edition's, flagged, so that no scored row is unseen.
        List<String> unknown = new ArrayList<>();
        for (IndicatorRow row : form.indicators()) {
            String level1 = row.getLevel1() == null ? "" : row.getLevel1();
            if (form.profile().level(level1).isEmpty() && !unknown.contains(level1)) {
                unknown.add(level1);
            }
        }
        for (String level1 : unknown) {
            tables.add(new IndicatorTableViewModel(this, new Profile.Level(level1, BigDecimal.ZERO, List.of()), false));
        }
    }

    /** Gives the form other rules as one undoable step; every figure is rescored at once. */
    public void applyRules(Profile rules) {
        execute(new SetValue<>(form.rulesProperty(), rules,
                messages.get("editor.rules.changed", messages.official(rules.name()))));
    }

    /**
     * Text being typed into a field or cell and not committed yet (a commit waits for Enter, Tab or leaving the
     * field): kept for crash recovery only, never in the form, the undo history or the checks.
     */
    public record Draft(Location at, String text) {
    }

    /** The officer is typing {@code text} at {@code at}, not committed yet. */
    public void draft(Location at, String text) {
        draft.set(new Draft(at, text));
    }

    /** Typing at {@code at} has ended: committed, cancelled or left. */
    public void endDraft(Location at) {
        if (draft.get() != null && draft.get().at().equals(at)) {
            draft.set(null);
        }
    }

    /** What is being typed and not committed yet; {@code null} when nothing is. */
    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** Runs the checks now and publishes their findings. */
    public void recheck() {
        problems.update(checker.check(form));
    }

    /** Makes an edit undoable; an edit that changes nothing is dropped. */
    public void execute(Command command) {
        if (command instanceof SetValue<?> set && set.isNoOp()) {
            return;
        }
        if (command instanceof CompositeCommand composite && composite.isEmpty()) {
            return;
        }
        stack.execute(command);
    }

    public FormModel form() {
        return form;
    }

    public Profile profile() {
        return form.profile();
    }

    public Messages messages() {
        return messages;
    }

    public CommandStack stack() {
        return stack;
    }

    public HeaderViewModel header() {
        return header;
    }

    public GoalsViewModel goals() {
        return goals;
    }

    public FundsViewModel funds() {
        return funds;
    }

    /** One table per 一级指标 of the edition, in the edition's order, then one per 一级 it does not know. */
    public List<IndicatorTableViewModel> tables() {
        return List.copyOf(tables);
    }

    /** The table that holds rows of this 一级指标, if the edition has it. */
    public java.util.Optional<IndicatorTableViewModel> table(String level1) {
        return tables.stream().filter(t -> t.levelName().equals(level1)).findFirst();
    }

    public SummaryViewModel summary() {
        return summary;
    }

    public ProblemsViewModel problems() {
        return problems;
    }
}
