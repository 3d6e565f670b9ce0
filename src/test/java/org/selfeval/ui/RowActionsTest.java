package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.model.IndicatorRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The row commands are actions that say when they cannot apply: the buttons and menu items are disabled then. */
@ExtendWith(ApplicationExtension.class)
class RowActionsTest {

    @Start
    void start(Stage stage) {
        TestEditor.show(stage);
    }

    private static Button button(FxRobot robot, String text) {
        Node box = robot.lookup("#table-0-box").query();
        return robot.from(box).lookup((Node n) -> n instanceof Button b && text.equals(b.getText()))
                .queryAs(Button.class);
    }

    private static MenuItem editItem(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(1).getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void deleteAndMoveAreDisabledWhenTheyCannotApply(FxRobot robot) {
        TableView<IndicatorRow> output = robot.lookup("#table-0").queryAs(TableView.class);
        assertTrue(output.getSelectionModel().getSelectedCells().isEmpty());
        assertTrue(button(robot, "删除").isDisabled(), "nothing selected: nothing to delete");
        assertTrue(editItem(robot, "删除所选行").isDisable(), "the Edit menu says the same");
        assertFalse(button(robot, "＋ 添加").isDisabled(), "a row can always be added");

        TestEditor.selectCell(robot, output, 0, TestEditor.column(output, IndicatorColumn.NAME));
        assertFalse(button(robot, "删除").isDisabled());
        assertFalse(editItem(robot, "删除所选行").isDisable());
        assertTrue(button(robot, "↑").isDisabled(), "the first row cannot move up");
        assertFalse(button(robot, "↓").isDisabled());

        robot.clickOn(button(robot, "↓"));
        assertEquals(1, output.getFocusModel().getFocusedCell().getRow(), "the button moved the row down");
        assertFalse(button(robot, "↑").isDisabled());

        robot.interact(() -> output.getSelectionModel().clearSelection());
        assertTrue(button(robot, "删除").isDisabled());
        assertTrue(editItem(robot, "删除所选行").isDisable());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEditMenusKeysActOnTheTableInUse(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#table-1").tryQuery().isPresent());
        TableView<IndicatorRow> benefit = robot.lookup("#table-1").queryAs(TableView.class);
        int before = benefit.getItems().size();
        TestEditor.selectCell(robot, benefit, 0, TestEditor.column(benefit, IndicatorColumn.NAME));
        robot.push(KeyCode.CONTROL, KeyCode.DELETE);
        assertEquals(before - 1, benefit.getItems().size());
        robot.push(KeyCode.CONTROL, KeyCode.I);
        assertEquals(before, benefit.getItems().size());
    }

    @Test
    void aRowCommandWhileACellIsTypedIntoCommitsItFirst(FxRobot robot) {
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        TestEditor.selectCell(robot, output, 0, TestEditor.column(output, IndicatorColumn.NAME));
        robot.write("培训人次");
        assertTrue(output.getEditingCell() != null, "still typing");
        robot.clickOn(button(robot, "插入"));
        assertEquals("培训人次", output.getItems().get(0).getName(), "committed before the row was inserted");
        assertEquals("", output.getItems().get(1).getName(), "the new row below it");
        assertEquals(5, output.getItems().size());
    }
}
