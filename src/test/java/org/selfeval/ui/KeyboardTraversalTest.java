package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormField;
import org.selfeval.i18n.Messages;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.view.FormView;
import org.selfeval.ui.vm.DocumentSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard moves through the whole form: out of the tables and out of the goal texts, as everywhere else. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTraversalTest {

    @TempDir
    Path dir;

    private DocumentSession session;
    private final TestDialogs dialogs = new TestDialogs(Messages.chinese());

    @Start
    void start(Stage stage) {
        session = TestEditor.show(stage, dialogs);
    }

    private TableView<IndicatorRow> firstTable(FxRobot robot) {
        return robot.lookup("#table-0").queryAs(TableView.class);
    }

    private void select(FxRobot robot, TableView<IndicatorRow> table, int row, TableColumn<IndicatorRow, ?> col) {
        TestEditor.selectCell(robot, table, row, col);
    }

    private Node focusOwner(TableView<?> table) {
        return table.getScene().getFocusOwner();
    }

    @Test
    void tabFromTheLastCellLeavesTheTableAndShiftTabFromTheFirstToo(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        int last = table.getItems().size() - 1;
        TableColumn<IndicatorRow, ?> reason = TestEditor.column(table, IndicatorColumn.REASON);
        select(robot, table, last, reason);
        robot.type(KeyCode.TAB);
        assertNotSame(table, focusOwner(table), "Tab from the last cell goes on to the next control");
        TablePosition<?, ?> still = table.getFocusModel().getFocusedCell();
        assertEquals(last, still.getRow(), "the selection did not wrap round to the row's first cell");
        assertSame(reason, still.getTableColumn());

        select(robot, table, 0, TestEditor.column(table, IndicatorColumn.LEVEL2));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertNotSame(table, focusOwner(table), "Shift+Tab from the first cell goes back to the control before");

        select(robot, table, 0, TestEditor.column(table, IndicatorColumn.LEVEL2));
        robot.type(KeyCode.TAB);
        assertSame(table, focusOwner(table), "inside the table, Tab moves from cell to cell");
        assertSame(TestEditor.column(table, IndicatorColumn.NAME), table.getFocusModel().getFocusedCell().getTableColumn());
    }

    @Test
    void ctrlTabLeavesTheTableFromAnyCell(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        select(robot, table, 0, TestEditor.column(table, IndicatorColumn.TARGET));
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertNotSame(table, focusOwner(table));
    }

    @Test
    void aMenuCommandWhileTypingKeepsTheKeyboardWhereItWas(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        select(robot, table, 0, TestEditor.column(table, IndicatorColumn.WEIGHT)); // 分值
        robot.write("3");
        dialogs.saveAnswers.add(dir.resolve("form.json"));
        robot.push(KeyCode.CONTROL, KeyCode.S); // commits the 3 first, then saves
        assertEquals("3", table.getItems().get(0).getWeight().toPlainString());
        assertSame(table, focusOwner(table), "the table keeps the keyboard after the cell was committed");
        robot.type(KeyCode.DOWN);
        assertEquals(1, table.getFocusModel().getFocusedCell().getRow(), "the arrow keys go on in the table");

        javafx.scene.control.TextField name = robot.lookup("#" + FormView.fieldId(FormField.PROJECT_NAME))
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(name::requestFocus);
        robot.write("某项目");
        robot.push(KeyCode.CONTROL, KeyCode.S); // the typing is committed first
        assertSame(name, focusOwner(table));
        assertEquals("某项目", session.document().form().projectNameProperty().get());
        assertEquals(3, name.getCaretPosition(), "the caret stays at the end, nothing is selected");
        assertEquals(0, name.getSelection().getLength());
    }

    @Test
    void theFormFollowsTheSelectedRowDownALongTable(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        var rows = session.document().tables().get(0);
        robot.interact(() -> {
            while (rows.rows().size() < 18) {
                rows.insertRow(rows.rows().size());
            }
        });
        ScrollPane form = robot.lookup(".form-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> form.setVvalue(0));
        select(robot, table, 0, TestEditor.column(table, IndicatorColumn.NAME));
        for (int i = 0; i < 17; i++) {
            robot.type(KeyCode.DOWN);
        }
        assertEquals(17, table.getFocusModel().getFocusedCell().getRow());
        Node row = robot.lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getTableView() == table && r.getIndex() == 17).query();
        Node viewport = form.lookup(".viewport");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        Bounds selected = row.localToScene(row.getLayoutBounds());
        assertTrue(selected.getMinY() >= shown.getMinY() - 0.5 && selected.getMaxY() <= shown.getMaxY() + 0.5,
                "the selected row is in the window: " + selected + " in " + shown);
    }

    @Test
    void ctrlShiftZRedoesAndTheMenusHaveTheirKeys(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        robot.interact(() -> session.document().header().commit(FormField.PROJECT_NAME, "甲"));
        select(robot, table, 0, TestEditor.column(table, IndicatorColumn.NAME));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", session.document().form().projectNameProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("甲", session.document().form().projectNameProperty().get(), "Ctrl+Shift+Z redoes, as Ctrl+Y");

        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertEquals(java.util.List.of("文件(_F)", "编辑(_E)", "视图(_V)", "语言(_L)", "帮助(_H)"),
                bar.getMenus().stream().map(javafx.scene.control.Menu::getText).toList(), "Alt+F opens 文件");
        assertTrue(bar.getMenus().stream().allMatch(javafx.scene.control.Menu::isMnemonicParsing));
        assertTrue(bar.getMenus().get(0).getItems().stream().anyMatch(item -> item.getAccelerator() != null
                && item.getAccelerator().getName().endsWith("Q")), "Ctrl+Q exits");
    }

    @Test
    void tabInAGoalMovesOnInsteadOfTypingATab(FxRobot robot) {
        TextArea expected = robot.lookup("#" + FormView.fieldId(FormField.EXPECTED_GOAL)).queryAs(TextArea.class);
        TextArea achieved = robot.lookup("#" + FormView.fieldId(FormField.ACHIEVED_GOAL)).queryAs(TextArea.class);
        robot.interact(expected::requestFocus);
        robot.write("目标一");
        robot.type(KeyCode.TAB);
        assertFalse(expected.getText().contains("\t"));
        assertSame(achieved, focusOwner(firstTable(robot)), "Tab goes on to 实际完成情况");
        assertEquals("目标一", session.document().form().expectedGoalProperty().get(), "and commits the goal");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertSame(expected, focusOwner(firstTable(robot)), "Shift+Tab goes back");
    }
}
