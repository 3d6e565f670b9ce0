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
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.i18n.Messages;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.view.MainWindow;
import org.selfeval.ui.vm.Background;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.Forms;
import org.selfeval.ui.vm.GridColumns;
import org.selfeval.ui.vm.IndicatorTableViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems panel finds a problem's row by the row's id, wherever the row stands and whichever table holds it. */
@ExtendWith(ApplicationExtension.class)
class ProblemNavigationTest {

    @TempDir
    Path dir;

    private DocumentSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        EditorRoot root = TestEditor.root(stage, new TestDialogs(Messages.chinese()), uri -> false,
                Background.immediate());
        session = root.session();
        window = root.window();
    }

    private void open(FxRobot robot, Path file, String lastTable) throws Exception {
        robot.interact(() -> assertTrue(session.open(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(lastTable).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the debounced checks run one pulse later
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRowUnderAnUnknown一级AmidTheFormShowsItsPlaceAndClickingItsProblemSelectsItsCell(FxRobot robot)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree(Forms.reference(2022).toFile());
        ((ObjectNode) doc.withArray("indicators").get(3)).put("level1", "其它指标"); // the fourth row, amid 产出指标
        Path file = dir.resolve("other.json");
        json.writeValue(file.toFile(), doc);
        open(robot, file, "#table-3");

        TableView<IndicatorRow> other = TestEditor.table(robot, 3);
        assertEquals(1, other.getItems().size(), "a table of its own, after the edition's three");
        IndicatorRow row = other.getItems().get(0);
        assertTrue(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableView() == other
                && c.getStyleClass().contains("row-number-cell") && "4".equals(c.getText())).tryQuery().isPresent(),
                "its number is its place in the form");

        robot.clickOn((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().contains("第4行") && c.getText().contains("“其它指标”不属于"));
        TablePosition<IndicatorRow, ?> selected = other.getFocusModel().getFocusedCell();
        assertSame(row, other.getItems().get(selected.getRow()), "clicking the problem selects the row");
        assertSame(TestEditor.column(other, IndicatorColumn.LEVEL2), selected.getTableColumn());
        assertTrue(other.isFocused());
    }

    @Test
    void aProblemNamedBeforeItsRowMovedStillSelectsThatRow(FxRobot robot) throws Exception {
        open(robot, Forms.reference(2022), "#table-2");
        IndicatorTableViewModel output = session.document().tables().get(0);
        IndicatorRow row = output.rows().get(2);
        robot.interact(() -> output.commit(row, GridColumns.SCORE, "0.5")); // below its weight: a reason is due
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Location named = session.document().problems().problems().stream().map(p -> p.location())
                .filter(l -> l instanceof Location.Cell c && c.row().equals(row.id())
                        && c.column() == IndicatorColumn.REASON)
                .findFirst().orElseThrow();
        assertEquals(2, ((Location.Cell) named).place());

        // Moved, and the problem clicked before the checks ran again: it still names this row, now second.
        robot.interact(() -> {
            assertTrue(output.move(row, -1));
            window.reveal(named);
        });
        TableView<IndicatorRow> table = TestEditor.table(robot, 0);
        TablePosition<IndicatorRow, ?> selected = table.getFocusModel().getFocusedCell();
        assertEquals(1, selected.getRow());
        assertSame(row, table.getItems().get(1));
        assertSame(TestEditor.column(table, IndicatorColumn.REASON), selected.getTableColumn());
    }
}
