package org.selfeval.ui.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.GridColumn;
import org.selfeval.ui.vm.IndicatorTableViewModel;

/** Makes a grid's table column from its definition: header, widths, and the cell of its kind of editor. */
final class GridCells {

    /** The editor's base font size (editor.css, .root). */
    private static final double HEADER_FONT_SIZE = 13;
    /** Modena's header padding on both sides, and room for the sort arrow's gap. */
    private static final double HEADER_PADDING = 14;

    private GridCells() {
    }

    static TableColumn<IndicatorRow, ?> column(IndicatorGrid grid, GridColumn definition) {
        IndicatorTableViewModel vm = grid.viewModel();
        TableColumn<IndicatorRow, ?> made = switch (definition.editor()) {
            case ROW_NUMBER -> {
                TableColumn<IndicatorRow, IndicatorRow> numbers = new TableColumn<>();
                numbers.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
                numbers.setCellFactory(c -> new RowNumberCell(grid::indexInForm, grid.problems()));
                yield numbers;
            }
            case READ_ONLY -> shown(vm, definition);
            case TEXT -> {
                TableColumn<IndicatorRow, String> texts = shown(vm, definition);
                texts.setCellFactory(c -> {
                    EditingCell cell = new EditingCell(grid, definition);
                    cell.wrapTextProperty().bind(grid.look().wrapProperty());
                    return EditingPseudoClass.marked(cell);
                });
                yield texts;
            }
            case CHOICE -> {
                TableColumn<IndicatorRow, String> choices = shown(vm, definition);
                var cells = ComboBoxTableCell.<IndicatorRow, String>forTableColumn(ShownText.<String>of(
                        grid.messages()::official), FXCollections.observableArrayList(vm.secondLevels()));
                choices.setCellFactory(c -> EditingPseudoClass.marked(cells.call(c)));
                choices.setOnEditCommit(e -> grid.commit(e.getRowValue(), definition, e.getNewValue()));
                yield choices;
            }
            case TIER -> {
                TableColumn<IndicatorRow, String> tiers = shown(vm, definition);
                tiers.setCellFactory(c -> EditingPseudoClass.marked(new TierCell(vm, grid::requestFocus)));
                yield tiers;
            }
        };
        made.setText(grid.messages().get(definition.headerKey()));
        made.setId(definition.id());
        // The text grows with the zoom; the columns' least widths with it, so that headers stay readable. The least
        // width of a column that may be resized is also never below the header's own text in this language: on a
        // narrow screen (1024×768) the constrained table otherwise squeezed "Weight" and "偏差原因分析及改进措施" to
        // "Wei…" and "偏差原因分析…".
        DoubleProperty zoom = grid.look().zoomProperty();
        double least = definition.has(GridColumn.Role.FIXED_WIDTH) ? definition.minWidth()
                : Math.max(definition.minWidth(), headerWidth(made.getText()));
        made.minWidthProperty().bind(zoom.multiply(least));
        if (definition.has(GridColumn.Role.FIXED_WIDTH)) {
            made.setResizable(false); // a width of one's own would be bound over
            made.prefWidthProperty().bind(zoom.multiply(definition.prefWidth()));
            made.maxWidthProperty().bind(zoom.multiply(definition.maxWidth()));
        } else {
            made.setPrefWidth(definition.prefWidth() * zoom.get());
            made.setMaxWidth(definition.maxWidth());
        }
        made.setSortable(false);
        made.setReorderable(false);
        made.setEditable(definition.isEditable());
        made.getStyleClass().addAll(definition.styleClasses());
        return made;
    }

    private static TableColumn<IndicatorRow, String> shown(IndicatorTableViewModel vm, GridColumn definition) {
        TableColumn<IndicatorRow, String> column = new TableColumn<>();
        column.setCellValueFactory(c -> definition.shown(vm, c.getValue()));
        return column;
    }

    /** The room a header's text needs at the editor's base font size (13 px, editor.css), with the cell padding. */
    private static double headerWidth(String header) {
        Text text = new Text(header);
        text.setFont(Font.font(Font.getDefault().getFamily(), HEADER_FONT_SIZE));
        return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }
}
