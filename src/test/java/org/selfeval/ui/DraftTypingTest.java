package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.check.FormField;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.view.FormView;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.FormViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What is typed and not committed yet reaches the form's draft (kept for crash recovery), and leaves it after. */
@ExtendWith(ApplicationExtension.class)
class DraftTypingTest {

    private DocumentSession session;

    @Start
    void start(Stage stage) {
        session = TestEditor.show(stage);
    }

    private FormViewModel.Draft draft() {
        return session.document().draftProperty().get();
    }

    @Test
    void aGoalBeingTypedIsADraftUntilItIsLeft(FxRobot robot) {
        TextArea achieved = robot.lookup("#" + FormView.fieldId(FormField.ACHIEVED_GOAL)).queryAs(TextArea.class);
        robot.interact(achieved::requestFocus);
        robot.write("完成了");
        assertEquals(new FormViewModel.Draft(new Location.Field(FormField.ACHIEVED_GOAL), "完成了"), draft());
        assertEquals("", session.document().form().achievedGoalProperty().get(), "not committed yet");
        robot.type(KeyCode.TAB);
        assertNull(draft());
        assertEquals("完成了", session.document().form().achievedGoalProperty().get());
    }

    @Test
    void aCellBeingTypedIsADraftUntilEnterOrEscape(FxRobot robot) {
        TableView<IndicatorRow> table = robot.lookup("#table-0").queryAs(TableView.class);
        TestEditor.selectCell(robot, table, 0, TestEditor.column(table, IndicatorColumn.NAME));
        robot.write("培训");
        assertEquals(new FormViewModel.Draft(new Location.Cell(table.getItems().get(0).id(), 0, IndicatorColumn.NAME),
                "培训"), draft());
        robot.type(KeyCode.ESCAPE);
        assertNull(draft(), "cancelled: nothing to keep");
        robot.write("会议").type(KeyCode.ENTER);
        assertNull(draft(), "committed: the form holds it now");
        assertEquals("会议", table.getItems().get(0).getName());
    }

    @Test
    void theCellEditorFitsItsRow(FxRobot robot) {
        TableView<IndicatorRow> table = robot.lookup("#table-0").queryAs(TableView.class);
        TestEditor.selectCell(robot, table, 0, TestEditor.column(table, IndicatorColumn.TARGET));
        robot.type(KeyCode.F2);
        javafx.scene.control.TextField field = robot.lookup(".indicator-cell .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        javafx.scene.Node cell = field;
        while (!(cell instanceof javafx.scene.control.TableCell<?, ?>)) {
            cell = cell.getParent();
        }
        javafx.geometry.Bounds inCell = cell.sceneToLocal(field.localToScene(field.getLayoutBounds()));
        org.junit.jupiter.api.Assertions.assertTrue(inCell.getMinY() >= -0.5
                && inCell.getMaxY() <= cell.getLayoutBounds().getHeight() + 0.5, "the editor is cut by its row");
    }
}
