package org.selfeval.ui.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.i18n.Messages;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Tier;
import org.selfeval.ui.vm.Figures;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.IndicatorTableViewModel;
import org.selfeval.ui.vm.ProblemsViewModel;

/** The table of one 一级指标 (IndicatorTable.fxml): binds its cells and keys to an {@link IndicatorTableViewModel}. */
public final class IndicatorTableView {

    /** The heading's height with its row buttons, kept by the stand-in. */
    static final double HEADING_HEIGHT = 25;

    private final IndicatorTableViewModel vm;
    private final FormViewModel form;
    private final Messages messages;
    private final Consumer<String> status;
    private final FormLook look;
    private String seed;
    private TableInputMethod inputMethod;
    private Location draftAt;
    /** While a Tab of our own goes to the table's focus traversal. */
    private boolean leaving;
    private final RowPositions positions;
    /** The typed columns of the table and the form's column each shows; 建议 and 档次 have none. */
    private final Map<TableColumn<IndicatorRow, ?>, IndicatorColumn> typed = new LinkedHashMap<>();
    private TableCursor cursor;
    private TableClipboard clipboard;

    @FXML private VBox root;
    @FXML private HBox heading;
    @FXML private Label title;
    @FXML private Label subtotal;
    @FXML private TableView<IndicatorRow> table;
    @FXML private TableColumn<IndicatorRow, IndicatorRow> numberColumn;
    @FXML private TableColumn<IndicatorRow, String> level2Column;
    @FXML private TableColumn<IndicatorRow, String> nameColumn;
    @FXML private TableColumn<IndicatorRow, String> targetColumn;
    @FXML private TableColumn<IndicatorRow, String> actualColumn;
    @FXML private TableColumn<IndicatorRow, String> weightColumn;
    @FXML private TableColumn<IndicatorRow, String> scoreColumn;
    @FXML private TableColumn<IndicatorRow, String> suggestionColumn;
    @FXML private TableColumn<IndicatorRow, String> tierColumn;
    @FXML private TableColumn<IndicatorRow, String> reasonColumn;

    public IndicatorTableView(IndicatorTableViewModel vm, FormViewModel form, Consumer<String> status,
                              FormLook look) {
        this.vm = vm;
        this.form = form;
        this.messages = form.messages();
        this.status = status;
        this.look = look;
        this.positions = new RowPositions(form.form().indicators());
        Fxml.load(this, "IndicatorTable", messages);
    }

    @FXML
    private void initialize() {
        String id = "table-" + form.tables().indexOf(vm);
        root.setId(id + "-box");
        table.setId(id);
        title.setText(vm.title());
        title.setMinWidth(Region.USE_PREF_SIZE);
        if (!vm.isKnownLevel()) {
            root.getStyleClass().add("unknown-level"); // flagged: these rows count but belong to no table
        }
        subtotal.textProperty().bind(vm.subtotal());
        table.setItems(vm.rows());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // Rows of one height let the table skip measuring them; wrapped rows grow with their text.
        table.fixedCellSizeProperty().bind(Bindings.when(look.wrapProperty()).then(-1.0)
                .otherwise(look.rowHeight()));
        table.prefHeightProperty().bind(TableHeight.of(vm, look,
                List.of(nameColumn, targetColumn, actualColumn, reasonColumn),
                row -> List.of(row.getName(), row.getTarget(), row.getActual(), row.getReason()),
                form.stack().revisionProperty()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());

        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        numberColumn.setCellFactory(c -> new RowNumberCell(this::indexInForm, form.problems()));
        typed.put(level2Column, IndicatorColumn.LEVEL2);
        level2Column.setCellValueFactory(c -> c.getValue().level2Property());
        var level2Cells = ComboBoxTableCell.<IndicatorRow, String>forTableColumn(
                ShownText.<String>of(messages::official), FXCollections.observableArrayList(vm.secondLevels()));
        level2Column.setCellFactory(c -> EditingPseudoClass.marked(level2Cells.call(c)));
        level2Column.setOnEditCommit(e -> commit(e.getRowValue(), IndicatorColumn.LEVEL2, e.getNewValue()));
        textColumn(nameColumn, IndicatorColumn.NAME);
        textColumn(targetColumn, IndicatorColumn.TARGET);
        textColumn(actualColumn, IndicatorColumn.ACTUAL);
        textColumn(weightColumn, IndicatorColumn.WEIGHT);
        textColumn(scoreColumn, IndicatorColumn.SCORE);
        textColumn(reasonColumn, IndicatorColumn.REASON);
        suggestionColumn.setCellValueFactory(c -> vm.suggestion(c.getValue()));
        suggestionColumn.setEditable(false);
        tierColumn.setCellValueFactory(c -> {
            IndicatorRow row = c.getValue();
            return Bindings.createStringBinding(() -> tierText(row), row.chosenTierProperty(),
                    row.suggestionBinding(), row.parsedTargetBinding());
        });
        tierColumn.setCellFactory(c -> EditingPseudoClass.marked(new TierCell(vm, this::focusTable)));

        cursor = new TableCursor(table, List.of(level2Column, nameColumn, targetColumn, actualColumn, weightColumn,
                scoreColumn, tierColumn, reasonColumn));
        clipboard = new TableClipboard(table, vm, typed, cursor, this::selectedRows, status);
        RowActions actions = new RowActions(messages, () -> this, new SimpleObjectProperty<>(vm), false);
        heading.getChildren().addAll(actions.buttons());
        table.setContextMenu(actions.contextMenu());
        table.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) c -> vm.select(selectedRows()));
        table.addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
        inputMethod = TableInputMethod.install(table, this::startTyping);
        FormScrolling.followFocusedRow(table);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.focusedProperty().addListener((obs, was, is) -> {
            if (is && table.getSelectionModel().getSelectedCells().isEmpty() && !vm.rows().isEmpty()) {
                table.getSelectionModel().select(0, nameColumn);
            }
        });
    }

    private void textColumn(TableColumn<IndicatorRow, String> column, IndicatorColumn which) {
        typed.put(column, which);
        column.setCellValueFactory(c -> vm.observe(c.getValue(), which));
        column.setCellFactory(c -> {
            EditingCell cell = new EditingCell(this, which, form.problems());
            cell.wrapTextProperty().bind(look.wrapProperty());
            return EditingPseudoClass.marked(cell);
        });
    }

    private String tierText(IndicatorRow row) {
        if (!vm.isQualitative(row)) {
            return "";
        }
        Tier tier = vm.effectiveTier(row);
        if (tier == null) {
            return messages.get("editor.tier.choose");
        }
        String label = vm.tierLabel(tier);
        return row.getChosenTier() == null ? messages.get("editor.tier.inferred", label) : label;
    }

    // ---- called by the cells -------------------------------------------------------------------------

    TableInputMethod inputMethod() {
        return inputMethod;
    }

    String takeSeed() {
        String s = seed;
        seed = null;
        return s;
    }

    void commit(IndicatorRow row, IndicatorColumn column, String text) {
        vm.commit(row, column, text).ifPresentOrElse(status, () -> status.accept("")); // ends an old refusal
    }

    /** A cell's text being typed and not committed yet, for crash recovery. */
    void draft(IndicatorRow row, IndicatorColumn column, String text) {
        draftAt = new Location.Cell(row.id(), indexInForm(row), column);
        form.draft(draftAt, text);
    }

    void endDraft() {
        if (draftAt != null) {
            form.endDraft(draftAt);
            draftAt = null;
        }
    }

    ProblemsViewModel problems() {
        return form.problems();
    }

    /** The row's position in the whole form, as the checks' locations count it. */
    int indexInForm(IndicatorRow row) {
        return positions.indexOf(row);
    }

    /** Moves the selected cell by rows or columns; false past the table's first or last cell. */
    boolean moveSelection(int rows, int columns) {
        return cursor.move(rows, columns);
    }

    String manualHint(IndicatorRow row) {
        return messages.get("editor.score.manual", Figures.plain(row.getSuggestion().score()));
    }

    void focusTable() {
        table.requestFocus();
    }

    // ---- keys ------------------------------------------------------------------------------------------

    private void onTyped(KeyEvent e) {
        if (table.getEditingCell() != null || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch.isEmpty() || ch.charAt(0) < ' ' || ch.charAt(0) == 0x7F) {
            return;
        }
        if (startTyping(ch)) {
            e.consume();
        }
    }

    /** Starts editing the focused cell as typing does: a text cell starts with {@code text} instead of its value. */
    private boolean startTyping(String text) {
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null || !at.getTableColumn().isEditable()) {
            return false;
        }
        boolean textCell = at.getTableColumn() != level2Column && at.getTableColumn() != tierColumn;
        seed = textCell ? text : null;
        table.edit(at.getRow(), (TableColumn<IndicatorRow, ?>) at.getTableColumn());
        seed = null;
        return true;
    }

    private void onKey(KeyEvent e) {
        if (table.getEditingCell() != null || leaving) {
            return;
        }
        if (e.getCode() == KeyCode.TAB && e.isControlDown()) {
            // Ctrl+Tab leaves the table from any cell, as it leaves a text area: the table's own Tab does that.
            e.consume();
            leaving = true;
            try {
                table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), false,
                        false, false));
            } finally {
                leaving = false;
            }
            return;
        }
        boolean shortcut = e.isShortcutDown();
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        if (e.getCode() == KeyCode.F2 && at != null && at.getRow() >= 0 && at.getTableColumn() != null) {
            table.edit(at.getRow(), (TableColumn<IndicatorRow, ?>) at.getTableColumn());
        } else if (e.getCode() == KeyCode.ENTER && !shortcut) {
            moveSelection(e.isShiftDown() ? -1 : 1, 0);
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            if (!moveSelection(0, e.isShiftDown() ? -1 : 1)) {
                return; // from the last cell on (the first, going back), Tab moves on to the next control
            }
        } else if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
            cursor.toEdge(e.getCode() == KeyCode.END, shortcut);
        } else if (shortcut && e.getCode() == KeyCode.C) {
            clipboard.copyCells();
        } else if (shortcut && e.getCode() == KeyCode.V) {
            paste();
        } else if (e.getCode() == KeyCode.DELETE && !shortcut) {
            clipboard.clearCells(p -> commit(vm.rows().get(p.getRow()), clipboard.formColumn(p.getTableColumn()), ""));
        } else {
            return;
        }
        e.consume();
    }

    // ---- row operations (toolbar, context menu, Edit menu) ----------------------------------------------

    /** The rows that have a selected cell, in table order. */
    public List<IndicatorRow> selectedRows() {
        List<IndicatorRow> rows = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (p.getRow() >= 0 && p.getRow() < vm.rows().size()) {
                IndicatorRow row = vm.rows().get(p.getRow());
                if (!rows.contains(row)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    public void addRow() {
        select(vm.insertRow(vm.rows().size()));
    }

    public void insertRow() {
        int at = cursor.focusedRow();
        select(vm.insertRow(at < 0 ? vm.rows().size() : at + 1));
    }

    public void deleteRows() {
        int at = cursor.focusedRow();
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
        clipboard.copyRows();
    }

    public void paste() {
        clipboard.paste();
    }

    /** Selects a cell of this table (a problem clicked in the panel) and gives it the focus. */
    public void select(IndicatorRow row, IndicatorColumn column) {
        int index = vm.rows().indexOf(row);
        if (index < 0) {
            return;
        }
        cursor.select(index, clipboard.column(column)); // scrolled to: a row added, moved or pasted beyond what shows
        table.requestFocus();
    }

    private void select(IndicatorRow row) {
        select(row, IndicatorColumn.NAME);
    }

    /**
     * Scrolls the table (if it is longer than it shows) so that the row is near its top, and says where the row
     * is then: its distance from the table's top edge, header included, for the form to scroll to.
     */
    public double revealRow(int index) {
        int rows = vm.rows().size();
        int shown = TableHeight.ROWS_SHOWN;
        int top = Math.max(0, Math.min(index - 2, rows - shown)); // two rows of context above it
        if (rows > shown) {
            table.scrollTo(top); // puts that row at the top, where the table can scroll that far
        }
        return TableHeight.header(look).get() + (index - top) * look.rowHeight().get();
    }

    public VBox root() {
        return root;
    }

    public TableView<IndicatorRow> table() {
        return table;
    }

    public IndicatorTableViewModel viewModel() {
        return vm;
    }
}
