package org.selfeval.ui.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.selfeval.check.FormField;
import org.selfeval.check.Location;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.FieldsViewModel;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.FundsViewModel;
import org.selfeval.ui.vm.IndicatorTableViewModel;
import org.selfeval.ui.vm.TextBudget;

/** The form's view (FormPane.fxml): binds the header, 项目资金, goals and indicator tables to their view models. */
public final class FormView {

    private final FormViewModel vm;
    private final Messages messages;
    private final Consumer<String> status;
    private final FormLook look;
    private final Map<FormField, Control> fields = new EnumMap<>(FormField.class);
    private final Map<Location, Control> fundsFields = new HashMap<>();
    private final List<IndicatorTableView> tables = new ArrayList<>();
    /** Tables below the first screen, built after the first frame. */
    private final List<IndicatorTableViewModel> deferred = new ArrayList<>();

    @FXML private VBox root;
    @FXML private Label formTitle;
    @FXML private TextField yearField;
    @FXML private TextField projectNameField;
    @FXML private TextField departmentField;
    @FXML private TextField implementingUnitField;
    @FXML private Label leaderLabel;
    @FXML private TextField leaderField;
    @FXML private Label phoneLabel;
    @FXML private TextField phoneField;
    @FXML private Label fundsCaption;
    @FXML private GridPane fundsGrid;
    @FXML private TextArea expectedGoalField;
    @FXML private TextArea achievedGoalField;
    @FXML private VBox tablesBox;

    public FormView(FormViewModel vm, Consumer<String> status, FormLook look) {
        this.vm = vm;
        this.messages = vm.messages();
        this.status = status;
        this.look = look;
        Fxml.load(this, "FormPane", messages);
    }

    @FXML
    private void initialize() {
        look.applyTo(root);
        formTitle.setText(vm.header().title());
        field(vm.header(), FormField.YEAR, yearField);
        field(vm.header(), FormField.PROJECT_NAME, projectNameField);
        field(vm.header(), FormField.DEPARTMENT, departmentField);
        field(vm.header(), FormField.IMPLEMENTING_UNIT, implementingUnitField);
        boolean leader = vm.header().hasLeaderRow();
        for (Control c : List.of(leaderLabel, leaderField, phoneLabel, phoneField)) {
            c.setVisible(leader);
            c.setManaged(leader);
        }
        if (leader) {
            field(vm.header(), FormField.PROJECT_LEADER, leaderField);
            field(vm.header(), FormField.PHONE, phoneField);
        }
        field(vm.goals(), FormField.EXPECTED_GOAL, expectedGoalField);
        field(vm.goals(), FormField.ACHIEVED_GOAL, achievedGoalField);
        TextBudget budget = new TextBudget(FormFiles.MAX_STRING_LENGTH, messages);
        LongTextArea.limit(expectedGoalField, budget);
        LongTextArea.limit(achievedGoalField, budget);
        buildFunds();
        // The first table reaches into the first screen; the others lie below it and are built after the first
        // frame (on demand before, see tables()). Each stands in meanwhile with its title, 小计 and height.
        for (IndicatorTableViewModel table : vm.tables()) {
            if (tables.isEmpty()) {
                IndicatorTableView view = new IndicatorTableView(table, vm, status, look);
                tables.add(view);
                tablesBox.getChildren().add(view.root());
            } else {
                deferred.add(table);
                tablesBox.getChildren().add(TableStandIn.of(table, look));
            }
        }
        if (!deferred.isEmpty()) {
            afterFirstFrame(this::buildDeferredTables);
        }
    }

    /** Builds the tables that stood in so far, in their places. */
    private void buildDeferredTables() {
        if (deferred.isEmpty()) {
            return;
        }
        int first = tablesBox.getChildren().size() - deferred.size();
        List<Node> built = new ArrayList<>();
        for (IndicatorTableViewModel table : deferred) {
            IndicatorTableView view = new IndicatorTableView(table, vm, status, look);
            tables.add(view);
            built.add(view.root());
        }
        deferred.clear();
        tablesBox.getChildren().remove(first, tablesBox.getChildren().size());
        tablesBox.getChildren().addAll(built);
    }

    /**
     * Runs {@code action} once the form has been on screen: after the second pulse that laid it out in a showing
     * window, so that the first frame (and the start-up probe, which reads the clock after the first) does not
     * wait for it. A view replaced before then never runs it.
     */
    private void afterFirstFrame(Runnable action) {
        ChangeListener<Scene> attached = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene before, Scene scene) {
                if (scene != null) {
                    root.sceneProperty().removeListener(this);
                    afterPulses(scene, 2, action);
                }
            }
        };
        if (root.getScene() != null) {
            afterPulses(root.getScene(), 2, action);
        } else {
            root.sceneProperty().addListener(attached);
        }
    }

    private void afterPulses(Scene scene, int pulses, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (root.getScene() != scene) {
                scene.removePostLayoutPulseListener(listener[0]); // replaced by another form's view
                return;
            }
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            if (pulses > 1) {
                afterPulses(scene, pulses - 1, action);
            } else {
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void field(FieldsViewModel part, FormField which, javafx.scene.control.TextInputControl control) {
        control.setId(fieldId(which));
        Location at = new Location.Field(which);
        Fields.bind(control, part.text(which), text -> part.commit(which, text), status,
                text -> {
                    if (text == null) {
                        vm.endDraft(at);
                    } else {
                        vm.draft(at, text);
                    }
                });
        Fields.decorate(control, at, vm.problems());
        fields.put(which, control);
    }

    /** The node id of a field, for tests and styling: {@code field-PROJECT_NAME}. */
    public static String fieldId(FormField field) {
        return "field-" + field.name();
    }

    /** The node id of a 项目资金 cell: {@code funds-TOTAL-ANNUAL_BUDGET}. */
    public static String fundsId(FundsLine line, FundsColumn column) {
        return "funds-" + line.name() + "-" + column.name();
    }

    private void buildFunds() {
        FundsViewModel funds = vm.funds();
        fundsCaption.setText(funds.caption());
        // The row labels' column is as wide as its longest label (an edition's own, or the English ones).
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        fundsGrid.getColumnConstraints().add(labels);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints(110, 140, 200);
            cc.setHgrow(Priority.SOMETIMES);
            fundsGrid.getColumnConstraints().add(cc);
        }
        for (double w : new double[] {60, 80, 70}) {
            ColumnConstraints cc = new ColumnConstraints(w);
            cc.setHalignment(HPos.CENTER);
            fundsGrid.getColumnConstraints().add(cc);
        }
        int col = 1;
        for (FundsColumn column : FundsColumn.values()) {
            fundsGrid.add(heading(funds.columnLabel(column)), col++, 0);
        }
        fundsGrid.add(heading(messages.get("editor.funds.weight")), col++, 0);
        fundsGrid.add(heading(messages.get("editor.funds.rate")), col++, 0);
        fundsGrid.add(heading(messages.get("editor.funds.score")), col, 0);
        List<List<TextField>> amounts = new ArrayList<>();
        for (FundsColumn column : FundsColumn.values()) {
            amounts.add(new ArrayList<>());
        }
        int row = 1;
        for (FundsLine line : FundsLine.values()) {
            Label label = new Label(funds.label(line));
            label.getStyleClass().add("funds-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            fundsGrid.add(label, 0, row);
            col = 1;
            for (FundsColumn column : FundsColumn.values()) {
                TextField amount = new TextField();
                amount.setId(fundsId(line, column));
                amount.getStyleClass().add("amount-field");
                Fields.bind(amount, funds.amount(line, column), text -> funds.commitAmount(line, column, text), status,
                        null);
                Location location = new Location.Funds(line, column);
                Fields.decorate(amount, location, vm.problems());
                fundsFields.put(location, amount);
                amounts.get(column.ordinal()).add(amount);
                fundsGrid.add(amount, col++, row);
            }
            if (line == FundsLine.TOTAL) {
                TextField weight = new TextField();
                weight.setId(fieldId(FormField.EXECUTION_WEIGHT));
                weight.getStyleClass().add("weight-field");
                Fields.bind(weight, funds.executionWeight(), funds::commitExecutionWeight, status, null);
                Fields.decorate(weight, new Location.Field(FormField.EXECUTION_WEIGHT), vm.problems());
                fields.put(FormField.EXECUTION_WEIGHT, weight);
                fundsGrid.add(weight, col++, row);
            } else {
                fundsGrid.add(new Label("-"), col++, row);
            }
            Label rate = new Label();
            rate.setId("rate-" + line.name());
            rate.textProperty().bind(funds.rate(line));
            fundsGrid.add(rate, col++, row);
            Label score = new Label();
            if (line == FundsLine.TOTAL) {
                score.setId("executionScore");
                score.textProperty().bind(funds.executionScore());
            } else {
                score.setText("-");
            }
            fundsGrid.add(score, col, row);
            row++;
        }
        AmountKeys.install(amounts);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("funds-heading");
        return label;
    }

    public VBox root() {
        return root;
    }

    /** The control where a problem is, for the problems panel to select. */
    public Optional<Control> controlAt(Location location) {
        if (location instanceof Location.Field f) {
            return Optional.ofNullable(fields.get(f.field()));
        }
        return Optional.ofNullable(fundsFields.get(location));
    }

    /** The indicator tables, in the edition's order (those not built yet are built now). */
    public List<IndicatorTableView> tables() {
        buildDeferredTables();
        return List.copyOf(tables);
    }

    /**
     * Selects the field or cell where a problem is and scrolls the form to it, in its upper third.
     *
     * @return the table of the cell, if it is one
     */
    Optional<IndicatorTableView> reveal(Location location, ScrollPane scroll) {
        if (location instanceof Location.Cell cell) {
            // By the row's id: the row may have moved, or gone, since the checks named it.
            for (IndicatorTableView table : tables()) {
                List<IndicatorRow> rows = table.viewModel().rows();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).id().equals(cell.row())) {
                        FormScrolling.toUpperThird(scroll, table.table(), table.revealRow(i));
                        table.select(rows.get(i), cell.column());
                        return Optional.of(table);
                    }
                }
            }
            return Optional.empty();
        }
        controlAt(location).ifPresent(c -> {
            FormScrolling.toUpperThird(scroll, c, 0);
            c.requestFocus();
        });
        return Optional.empty();
    }
}
