package org.selfeval.ui.view;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.IndicatorTableViewModel;

/**
 * The table of one 一级指标 (IndicatorTable.fxml): its heading (title, 小计, row buttons) over its
 * {@link IndicatorGrid}, and the row commands of the buttons, the context menu and the Edit menu.
 */
public final class IndicatorTableView {

    /** The heading's height with its row buttons, kept by the stand-in. */
    static final double HEADING_HEIGHT = 25;

    private final IndicatorTableViewModel vm;
    private final FormViewModel form;
    private final Consumer<String> status;
    private final FormLook look;
    private IndicatorGrid table;

    @FXML private VBox root;
    @FXML private HBox heading;
    @FXML private Label title;
    @FXML private Label subtotal;

    public IndicatorTableView(IndicatorTableViewModel vm, FormViewModel form, Consumer<String> status,
                              FormLook look) {
        this.vm = vm;
        this.form = form;
        this.status = status;
        this.look = look;
        Fxml.load(this, "IndicatorTable", form.messages());
    }

    @FXML
    private void initialize() {
        String id = "table-" + form.tables().indexOf(vm);
        root.setId(id + "-box");
        title.setText(vm.title());
        title.setMinWidth(Region.USE_PREF_SIZE);
        if (!vm.isKnownLevel()) {
            root.getStyleClass().add("unknown-level"); // flagged: these rows count but belong to no table
        }
        subtotal.textProperty().bind(vm.subtotal());
        table = new IndicatorGrid(vm, form, look, status);
        table.setId(id);
        root.getChildren().add(table);
        RowActions actions = new RowActions(form.messages(), () -> this, new SimpleObjectProperty<>(vm), false);
        heading.getChildren().addAll(actions.buttons());
        table.setContextMenu(actions.contextMenu());
    }

    // ---- row operations (toolbar, context menu, Edit menu) ----------------------------------------------

    /** The rows that have a selected cell, in table order. */
    public List<IndicatorRow> selectedRows() {
        return table.selectedRows();
    }

    public void addRow() {
        select(vm.insertRow(vm.rows().size()));
    }

    public void insertRow() {
        int at = table.focusedRow();
        select(vm.insertRow(at < 0 ? vm.rows().size() : at + 1));
    }

    public void deleteRows() {
        int at = table.focusedRow();
        vm.deleteRows(selectedRows());
        if (!vm.rows().isEmpty()) {
            select(vm.rows().get(Math.max(0, Math.min(at, vm.rows().size() - 1))));
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int direction) {
        List<IndicatorRow> rows = selectedRows();
        if (rows.size() == 1 && vm.move(rows.get(0), direction)) {
            select(rows.get(0));
        }
    }

    public void duplicate() {
        List<IndicatorRow> copies = vm.duplicate(selectedRows());
        if (!copies.isEmpty()) {
            select(copies.get(0));
        }
    }

    public void resetScore() {
        vm.resetScores(selectedRows());
    }

    public void copy() {
        table.copyRows();
    }

    public void paste() {
        table.paste();
    }

    /** Selects a cell of this table (a problem clicked in the panel) and gives it the focus. */
    public void select(IndicatorRow row, IndicatorColumn column) {
        table.select(row, column);
    }

    private void select(IndicatorRow row) {
        select(row, IndicatorColumn.NAME);
    }

    /**
     * Scrolls the table (if it is longer than it shows) so that the row is near its top, and says where the row
     * is then: its distance from the table's top edge, header included, for the form to scroll to.
     */
    public double revealRow(int index) {
        return table.revealRow(index);
    }

    public VBox root() {
        return root;
    }

    /** The grid: a {@code TableView} of the rows. */
    public IndicatorGrid table() {
        return table;
    }

    public IndicatorTableViewModel viewModel() {
        return vm;
    }
}
