package org.selfeval.model;

import java.math.BigDecimal;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.selfeval.scoring.IndicatorScorer;
import org.selfeval.scoring.ParsedValue;
import org.selfeval.scoring.Suggestion;
import org.selfeval.scoring.Tier;
import org.selfeval.scoring.ValueParser;

/**
 * One row of the 绩效指标 table. Its suggested score is a lazy binding onto the scoring rules that depends
 * only on this row's target, actual, weight and tier, so an edit rescores this row and nothing else.
 */
public final class IndicatorRow {

    private final RowId id;
    private final StringProperty level1 = new SimpleStringProperty(this, "level1", "");
    private final StringProperty level2 = new SimpleStringProperty(this, "level2", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty actual = new SimpleStringProperty(this, "actual", "");
    private final ObjectProperty<BigDecimal> weight = new SimpleObjectProperty<>(this, "weight");
    /** The score the officer typed; {@code null} means "use the suggestion". */
    private final ObjectProperty<BigDecimal> enteredScore = new SimpleObjectProperty<>(this, "enteredScore");
    /** The tier the officer chose for a qualitative indicator; {@code null} means "read it from the actual". */
    private final ObjectProperty<Tier> chosenTier = new SimpleObjectProperty<>(this, "chosenTier");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    private final ObjectBinding<ParsedValue> parsedTarget;
    private final ObjectBinding<ParsedValue> parsedActual;
    private final ObjectBinding<Suggestion> suggestion;
    private final ObjectBinding<BigDecimal> score;
    private final BooleanBinding manual;

    /** A row scored by the form's current rules: when they change, the row is rescored ({@link FormModel} makes it). */
    IndicatorRow(RowId id, ObservableValue<? extends IndicatorScorer> rules) {
        this.id = Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rules, "rules");
        parsedTarget = Bindings.createObjectBinding(() -> ValueParser.parse(target.get()), target);
        parsedActual = Bindings.createObjectBinding(() -> ValueParser.parse(actual.get()), actual);
        suggestion = Bindings.createObjectBinding(
                () -> rules.getValue().suggest(parsedTarget.get(), parsedActual.get(), target.get(), actual.get(),
                        weight.get(), chosenTier.get()),
                parsedTarget, parsedActual, weight, chosenTier, rules);
        // The score depends on the row's own properties rather than on the suggestion binding: listening to
        // a binding validates it at once, which would score every new, still empty row.
        score = Bindings.createObjectBinding(
                () -> enteredScore.get() != null ? enteredScore.get() : suggestion.get().score(),
                enteredScore, target, actual, weight, chosenTier, rules);
        manual = enteredScore.isNotNull();
    }

    /** Which row this is, whatever its place: what the checks' locations name. */
    public RowId id() {
        return id;
    }

    public StringProperty level1Property() {
        return level1;
    }

    public StringProperty level2Property() {
        return level2;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty actualProperty() {
        return actual;
    }

    public ObjectProperty<BigDecimal> weightProperty() {
        return weight;
    }

    public ObjectProperty<BigDecimal> enteredScoreProperty() {
        return enteredScore;
    }

    public ObjectProperty<Tier> chosenTierProperty() {
        return chosenTier;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** What the target says: a number with its relation and unit, qualitative text, or nothing. */
    public ObjectBinding<ParsedValue> parsedTargetBinding() {
        return parsedTarget;
    }

    public ObjectBinding<ParsedValue> parsedActualBinding() {
        return parsedActual;
    }

    /** The rules' suggestion, shown beside the score even when the officer typed one. */
    public ObjectBinding<Suggestion> suggestionBinding() {
        return suggestion;
    }

    /** The score that counts: the one typed, else the suggestion; {@code null} when neither exists. */
    public ObjectBinding<BigDecimal> scoreBinding() {
        return score;
    }

    /** Whether the score was typed by the officer rather than suggested. */
    public BooleanBinding manualBinding() {
        return manual;
    }

    public String getLevel1() {
        return level1.get();
    }

    public String getLevel2() {
        return level2.get();
    }

    public String getName() {
        return name.get();
    }

    public String getTarget() {
        return target.get();
    }

    public String getActual() {
        return actual.get();
    }

    public BigDecimal getWeight() {
        return weight.get();
    }

    public BigDecimal getEnteredScore() {
        return enteredScore.get();
    }

    public Tier getChosenTier() {
        return chosenTier.get();
    }

    public String getReason() {
        return reason.get();
    }

    public Suggestion getSuggestion() {
        return suggestion.get();
    }

    public BigDecimal getScore() {
        return score.get();
    }

    public boolean isManual() {
        return manual.get();
    }
}
