package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.Forms;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A row whose 一级指标 the edition does not know counts in the total, so it must be seen: a table of its own. */
@ExtendWith(ApplicationExtension.class)
class UnknownLevelTableTest {

    @TempDir
    Path dir;

    private DocumentSession session;

    @Start
    void start(Stage stage) {
        session = TestEditor.show(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRowUnderAnUnknown一级ShowsInAFlaggedTableAndItsProblemSelectsIt(FxRobot robot) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree(Forms.reference(2022).toFile());
        ObjectNode satisfaction = (ObjectNode) doc.withArray("indicators").get(17);
        satisfaction.put("level1", "其它指标"); // 实验室满意度, weight 10, scored 10
        Path file = dir.resolve("other.json");
        json.writeValue(file.toFile(), doc);
        robot.interact(() -> assertTrue(session.open(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#table-3").tryQuery().isPresent());

        TableView<IndicatorRow> other = robot.lookup("#table-3").queryAs(TableView.class);
        assertEquals(1, other.getItems().size());
        assertEquals("实验室满意度", other.getItems().get(0).getName());
        assertTrue(robot.lookup("#table-3-box").query().getStyleClass().contains("unknown-level"), "flagged");
        assertTrue(robot.lookup((Node n) -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().startsWith("其它指标（")).tryQuery().isPresent(), "its title says what is wrong");
        assertEquals("95.19", robot.lookup("#summaryTotal").queryLabeled().getText(), "the row still counts");

        robot.clickOn((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().contains("“其它指标”不属于"));
        TablePosition<IndicatorRow, ?> selected = other.getFocusModel().getFocusedCell();
        assertEquals(0, selected.getRow(), "clicking the problem selects the row");
        assertSame(TestEditor.column(other, org.selfeval.check.IndicatorColumn.LEVEL2), selected.getTableColumn());
        assertTrue(other.isFocused());
    }
}
