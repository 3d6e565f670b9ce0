package org.selfeval.ui.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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

    private static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 28;
    /**
     * Rows a table shows at once. A longer table keeps this height and scrolls within itself: a table as high as
     * all its rows makes the cells of every row (ten nodes and more each), which for a few hundred indicators
     * costs seconds of start-up and the memory of tens of thousands of nodes for as long as the form is open.
     * The mouse wheel scrolls the form again once the table reaches its end (JavaFX passes the wheel on then).
     */
    static final int ROWS_SHOWN = 20;
    /** The heading's height with its row buttons, kept by the stand-in. */
    static final double HEADING_HEIGHT = 25;

    private final IndicatorTableViewModel vm;
    private final FormViewModel form;
    private final Messages messages;
    private final Consumer<String> status;
    private String seed;
    private TableInputMethod inputMethod;
    private Location draftAt;
    /** While a Tab of our own goes to the table's focus traversal. */
    private boolean leaving;
    private final Map<IndicatorRow, Integer> positions = new IdentityHashMap<>();

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private Label subtotal;
    @FXML private TableView<IndicatorRow> table;
    @FXML private TableColumn<IndicatorRow, String> level2Column;
    @FXML private TableColumn<IndicatorRow, String> nameColumn;
    @FXML private TableColumn<IndicatorRow, String> targetColumn;
    @FXML private TableColumn<IndicatorRow, String> actualColumn;
    @FXML private TableColumn<IndicatorRow, String> weightColumn;
    @FXML private TableColumn<IndicatorRow, String> scoreColumn;
    @FXML private TableColumn<IndicatorRow, String> suggestionColumn;
    @FXML private TableColumn<IndicatorRow, String> tierColumn;
    @FXML private TableColumn<IndicatorRow, String> reasonColumn;

    public IndicatorTableView(IndicatorTableViewModel vm, FormViewModel form, Consumer<String> status) {
        this.vm = vm;
        this.form = form;
        this.messages = form.messages();
        this.status = status;
        Fxml.load(this, "IndicatorTable", messages);
    }

    @FXML
    private void initialize() {
        String id = "table-" + form.tables().indexOf(vm);
        root.setId(id + "-box");
        table.setId(id);
        title.setText(vm.levelName());
        subtotal.textProperty().bind(vm.subtotal());
        table.setItems(vm.rows());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(shownHeight(vm));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());

        level2Column.setCellValueFactory(c -> c.getValue().level2Property());
        var level2Cells = ComboBoxTableCell.<IndicatorRow, String>forTableColumn(
                FXCollections.observableArrayList(vm.secondLevels()));
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
        column.setCellValueFactory(c -> vm.observe(c.getValue(), which));
        column.setCellFactory(c -> EditingPseudoClass.marked(new EditingCell(this, which, form.problems())));
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
        draftAt = new Location.Cell(indexInForm(row), column);
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

    /**
     * The row's position in the form (what the checks' locations count), in constant time: every cell asks
     * after every check, and a list search per cell would make a large form's check quadratic.
     */
    int indexInForm(IndicatorRow row) {
        List<IndicatorRow> all = form.form().indicators();
        Integer cached = positions.get(row);
        if (cached == null || cached >= all.size() || all.get(cached) != row) {
            // Rows were added, removed or moved since: renumber all once.
            positions.clear();
            for (int i = 0; i < all.size(); i++) {
                positions.put(all.get(i), i);
            }
            cached = positions.get(row);
        }
        return cached == null ? -1 : cached;
    }

    String manualHint(IndicatorRow row) {
        return messages.get("editor.score.manual", Figures.plain(row.getSuggestion().score()));
    }

    void focusTable() {
        table.requestFocus();
    }

    /**
     * Moves the selected cell like a spreadsheet: past the last column to the next row's first. A move by columns
     * past the table's last cell (or before its first) does nothing and says so.
     */
    boolean moveSelection(int rows, int columns) {
        List<TableColumn<IndicatorRow, ?>> nav = navigableColumns();
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        int row = at == null || at.getRow() < 0 ? 0 : at.getRow();
        int col = at == null || at.getTableColumn() == null ? 0 : Math.max(0, nav.indexOf(at.getTableColumn()));
        col += columns;
        if (col >= nav.size()) {
            col = 0;
            row++;
        } else if (col < 0) {
            col = nav.size() - 1;
            row--;
        }
        if (columns != 0 && (row < 0 || row >= vm.rows().size())) {
            return false; // past the table's first or last cell: the selection stays, Tab leaves the table
        }
        row += rows;
        row = Math.max(0, Math.min(row, vm.rows().size() - 1));
        table.getSelectionModel().clearAndSelect(row, nav.get(col));
        table.getFocusModel().focus(row, nav.get(col));
        keepInView(row);
        return true;
    }

    private List<TableColumn<IndicatorRow, ?>> navigableColumns() {
        return List.of(level2Column, nameColumn, targetColumn, actualColumn, weightColumn, scoreColumn, tierColumn,
                reasonColumn);
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
        } else if (shortcut && e.getCode() == KeyCode.C) {
            copy();
        } else if (shortcut && e.getCode() == KeyCode.V) {
            paste();
        } else if (e.getCode() == KeyCode.DELETE && !shortcut) {
            clearCells();
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

    private int focusedRow() {
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        return at == null ? -1 : at.getRow();
    }

    @FXML
    public void addRow() {
        select(vm.insertRow(vm.rows().size()));
    }

    @FXML
    public void insertRow() {
        int at = focusedRow();
        select(vm.insertRow(at < 0 ? vm.rows().size() : at + 1));
    }

    @FXML
    public void deleteRows() {
        int at = focusedRow();
        vm.deleteRows(selectedRows());
        if (!vm.rows().isEmpty()) {
            select(vm.rows().get(Math.max(0, Math.min(at, vm.rows().size() - 1))));
        }
    }

    @FXML
    public void moveUp() {
        move(-1);
    }

    @FXML
    public void moveDown() {
        move(1);
    }

    private void move(int direction) {
        List<IndicatorRow> rows = selectedRows();
        if (rows.size() == 1 && vm.move(rows.get(0), direction)) {
            select(rows.get(0));
        }
    }

    @FXML
    public void duplicate() {
        List<IndicatorRow> copies = vm.duplicate(selectedRows());
        if (!copies.isEmpty()) {
            select(copies.get(0));
        }
    }

    @FXML
    public void resetScore() {
        vm.resetScores(selectedRows());
    }

    @FXML
    public void copy() {
        List<IndicatorRow> rows = selectedRows();
        if (!rows.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.copy(rows));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    @FXML
    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isEmpty()) {
            return;
        }
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        int row = at == null || at.getRow() < 0 ? vm.rows().size() : at.getRow();
        IndicatorColumn start = at == null ? IndicatorColumn.LEVEL2 : columnOf(at.getTableColumn());
        IndicatorTableViewModel.PasteResult result = vm.paste(row, start, text);
        if (!result.refused().isEmpty()) {
            status.accept(String.join(" ", result.refused()));
        }
        if (result.count() > 0) {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(result.first(), level2Column,
                    result.first() + result.count() - 1, reasonColumn);
        }
    }

    private void clearCells() {
        for (TablePosition<?, ?> p : List.copyOf(table.getSelectionModel().getSelectedCells())) {
            IndicatorColumn column = columnOf(p.getTableColumn());
            if (p.getRow() >= 0 && column != null && column != IndicatorColumn.LEVEL2
                    && p.getTableColumn() != tierColumn && p.getTableColumn() != suggestionColumn) {
                commit(vm.rows().get(p.getRow()), column, "");
            }
        }
    }

    private IndicatorColumn columnOf(TableColumn<?, ?> column) {
        if (column == level2Column) {
            return IndicatorColumn.LEVEL2;
        } else if (column == nameColumn) {
            return IndicatorColumn.NAME;
        } else if (column == targetColumn) {
            return IndicatorColumn.TARGET;
        } else if (column == actualColumn) {
            return IndicatorColumn.ACTUAL;
        } else if (column == weightColumn) {
            return IndicatorColumn.WEIGHT;
        } else if (column == scoreColumn || column == suggestionColumn || column == tierColumn) {
            return IndicatorColumn.SCORE;
        } else if (column == reasonColumn) {
            return IndicatorColumn.REASON;
        }
        return null;
    }

    /** Selects a cell of this table (a problem clicked in the panel) and gives it the focus. */
    public void select(IndicatorRow row, IndicatorColumn column) {
        int index = vm.rows().indexOf(row);
        if (index < 0) {
            return;
        }
        TableColumn<IndicatorRow, ?> target = switch (column) {
            case LEVEL1, LEVEL2 -> level2Column;
            case NAME -> nameColumn;
            case TARGET -> targetColumn;
            case ACTUAL -> actualColumn;
            case WEIGHT -> weightColumn;
            case SCORE -> scoreColumn;
            case REASON -> reasonColumn;
        };
        table.getSelectionModel().clearAndSelect(index, target);
        table.getFocusModel().focus(index, target);
        keepInView(index); // a row added, moved or pasted beyond what the table shows
        table.requestFocus();
    }

    private void select(IndicatorRow row) {
        select(row, IndicatorColumn.NAME);
    }

    /** The height of the table with its header: all its rows, up to {@link #ROWS_SHOWN}. */
    static NumberBinding shownHeight(IndicatorTableViewModel vm) {
        return Bindings.min(Bindings.size(vm.rows()), ROWS_SHOWN).multiply(ROW_HEIGHT).add(HEADER_HEIGHT);
    }

    /**
     * Scrolls the table (if it is longer than it shows) so that the row is near its top, and says where the row
     * is then: its distance from the table's top edge, header included, for the form to scroll to.
     */
    public double revealRow(int index) {
        int rows = vm.rows().size();
        int top = Math.max(0, Math.min(index - 2, rows - ROWS_SHOWN)); // two rows of context above it
        if (rows > ROWS_SHOWN) {
            table.scrollTo(top); // puts that row at the top, where the table can scroll that far
        }
        return HEADER_HEIGHT + (index - top) * ROW_HEIGHT;
    }

    /** Scrolls the table as little as it takes to show the row whole (keyboard moves). */
    private void keepInView(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            if (index >= flow.getCellCount()) {
                table.layout(); // a row just added: the flow learns of it when the table is laid out
            }
            flow.scrollTo(index);
        } else {
            table.scrollTo(index); // no skin yet: it shows from the top when it comes
        }
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
