package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.DocumentSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An input method (pinyin) typing into the selected cell of an indicator table, with the events JavaFX delivers
 * from one: the word being composed, then the word committed. No input method runs here; the events are made.
 */
@ExtendWith(ApplicationExtension.class)
class TableInputMethodTest {

    private static final IndicatorColumn NAME = IndicatorColumn.NAME;
    private static final IndicatorColumn WEIGHT = IndicatorColumn.WEIGHT;

    private DocumentSession session;

    @Start
    void start(Stage stage) {
        session = TestEditor.show(stage);
    }

    private TableView<IndicatorRow> firstTable(FxRobot robot) {
        return robot.lookup("#table-0").queryAs(TableView.class);
    }

    private void select(FxRobot robot, TableView<IndicatorRow> table, int row, IndicatorColumn column) {
        TestEditor.selectCell(robot, table, row, TestEditor.column(table, column));
    }

    /** Sends what an input method sends to the focus owner: the word being composed, or the word committed. */
    private void inputMethod(FxRobot robot, String composed, String committed) {
        List<InputMethodTextRun> runs = composed.isEmpty() ? List.of()
                : List.of(new InputMethodTextRun(composed, InputMethodHighlight.UNSELECTED_RAW));
        robot.interact(() -> Event.fireEvent(robot.lookup("#table-0").query().getScene().getFocusOwner(),
                new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, runs, committed, composed.length())));
    }

    private TextField editor(FxRobot robot) {
        return robot.lookup(".indicator-cell .text-field").queryAs(TextField.class);
    }

    @Test
    void theTableAsksForTheInputMethodLikeATextField(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        // JavaFX turns the input method on for a focus owner only with both of these.
        assertNotNull(table.getInputMethodRequests());
        assertNotNull(table.getOnInputMethodTextChanged());
        select(robot, table, 1, NAME);
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = table.getInputMethodRequests().getTextLocation(0));
        Node cell = robot.lookup(".indicator-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableView() == table && c.getIndex() == 1
                && c.getTableColumn() == TestEditor.column(table, NAME)).query();
        Bounds bounds = cell.localToScreen(cell.getLayoutBounds());
        assertEquals(bounds.getMinX(), at[0].getX(), 0.5, "the input method's window opens under the selected cell");
        assertEquals(bounds.getMaxY(), at[0].getY(), 0.5);
    }

    @Test
    void aWordComposedShowsInTheCellAndTheCommittedWordReplacesItsValue(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        robot.interact(() -> table.getItems().get(0).nameProperty().set("旧名称"));
        select(robot, table, 0, NAME);

        inputMethod(robot, "s", "");
        assertNotNull(table.getEditingCell(), "the first composed letter starts editing the cell");
        assertEquals("s", editor(robot).getText(), "the word being composed shows in the cell, not the old value");
        assertSame(table, table.getScene().getFocusOwner(), "the table keeps the focus while a word is composed");
        inputMethod(robot, "shuliang", "");
        assertEquals("shuliang", editor(robot).getText());

        inputMethod(robot, "", "数量");
        TextField field = editor(robot);
        assertEquals("数量", field.getText(), "no Latin letter is left in front of the word");
        assertSame(field, table.getScene().getFocusOwner(), "after the word, the field has the focus to go on");
        inputMethod(robot, "", "指标");
        robot.type(KeyCode.ENTER);
        assertEquals("数量指标", table.getItems().get(0).getName());
        assertNull(table.getEditingCell());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("旧名称", table.getItems().get(0).getName(), "the typed word is one undo step");
    }

    @Test
    void aWordCancelledInTheInputMethodLeavesTheCellAsItWas(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        robot.interact(() -> table.getItems().get(0).nameProperty().set("旧名称"));
        select(robot, table, 0, NAME);
        inputMethod(robot, "shu", "");
        inputMethod(robot, "", ""); // Escape in the input method: the composition is dropped
        assertNull(table.getEditingCell());
        assertEquals("旧名称", table.getItems().get(0).getName());
        assertSame(table, table.getScene().getFocusOwner());
        assertFalse(session.isDirty());
    }

    @Test
    void digitsCommittedAtOnceGoIntoANumberCell(FxRobot robot) {
        TableView<IndicatorRow> table = firstTable(robot);
        select(robot, table, 0, WEIGHT);
        inputMethod(robot, "", "5"); // some input methods commit plain characters without composing
        robot.type(KeyCode.ENTER);
        assertEquals("5", table.getItems().get(0).getWeight().toPlainString());
        assertTrue(session.isDirty());
    }
}
