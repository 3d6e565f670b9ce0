package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.GridColumn;
import org.selfeval.ui.vm.GridColumns;
import org.selfeval.ui.vm.TextBudget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The indicator tables' one grid: columns from their definitions, the cell editor's count near the text limit. */
@ExtendWith(ApplicationExtension.class)
class IndicatorGridTest {

    private static final int MAX = FormFiles.MAX_STRING_LENGTH;
    private DocumentSession session;

    @Start
    void start(Stage stage) {
        session = TestEditor.show(stage);
    }

    @Test
    void everyTableHasTheDefinedColumnsInOrderWithTheirHeaders(FxRobot robot) {
        for (int t = 0; t < session.document().tables().size(); t++) {
            TableView<IndicatorRow> table = TestEditor.table(robot, t);
            List<String> ids = table.getColumns().stream().map(TableColumn::getId).toList();
            assertEquals(GridColumns.ALL.stream().map(GridColumn::id).toList(), ids);
            for (int c = 0; c < ids.size(); c++) {
                GridColumn defined = GridColumns.ALL.get(c);
                assertEquals(Messages.chinese().get(defined.headerKey()), table.getColumns().get(c).getText());
                assertEquals(defined.isEditable(), table.getColumns().get(c).isEditable(), defined.id());
            }
        }
    }

    @Test
    void theCellEditorCountsDownNearTheLimitAndRefusesWhatWouldPassIt(FxRobot robot) {
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        IndicatorRow row = output.getItems().get(0);
        robot.interact(() -> row.reasonProperty().set("因".repeat(MAX - 3)));
        TestEditor.selectCell(robot, output, 0, TestEditor.column(output, IndicatorColumn.REASON));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup(".indicator-cell .text-field").queryAs(TextField.class);
        Label note = robot.lookup(".indicator-cell .text-limit").queryAs(Label.class);
        TextBudget budget = new TextBudget(MAX, Messages.chinese());
        assertTrue(note.isVisible());
        assertEquals(budget.note(MAX - 3), note.getText(), "three left");

        robot.write("abcd");
        assertEquals(MAX, field.getLength(), "the fourth character would pass the limit");
        assertEquals(budget.refusal(MAX + 1), note.getText());
        robot.type(KeyCode.ENTER);
        assertEquals(MAX, row.getReason().length());
        assertTrue(row.getReason().endsWith("abc"));
    }

    @Test
    void farFromTheLimitTheEditorShowsNoCount(FxRobot robot) {
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        TestEditor.selectCell(robot, output, 0, TestEditor.column(output, IndicatorColumn.NAME));
        robot.write("培训");
        Label note = robot.lookup(".indicator-cell .text-limit").queryAs(Label.class);
        assertFalse(note.isVisible());
        assertFalse(note.isManaged(), "the field takes the whole cell");
        robot.type(KeyCode.ESCAPE);
        assertNull(output.getEditingCell());
        assertSame(output, output.getScene().getFocusOwner());
    }
}
