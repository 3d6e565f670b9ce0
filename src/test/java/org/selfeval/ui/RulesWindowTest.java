package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.i18n.Messages;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.vm.DocumentSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The form's rules in the window: a new 元 form scores as the Shanghai form prints; changing rules is one step. */
@ExtendWith(ApplicationExtension.class)
class RulesWindowTest {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    private TestDialogs dialogs;
    private DocumentSession session;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs(Messages.chinese());
        session = TestEditor.show(stage, dialogs);
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private void fill(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
        robot.type(KeyCode.TAB);
    }

    @SuppressWarnings("unchecked")
    private void typeRow(FxRobot robot, int tableIndex, int row, String name, String target, String actual,
                         String weight) {
        TableView<IndicatorRow> table = robot.lookup("#table-" + tableIndex).queryAs(TableView.class);
        TestEditor.selectCell(robot, table, row, TestEditor.column(table, org.selfeval.check.IndicatorColumn.NAME));
        robot.write(name).type(KeyCode.TAB).write(target).type(KeyCode.TAB).write(actual).type(KeyCode.TAB)
                .write(weight).type(KeyCode.ENTER);
    }

    @Test
    void theShanghaiFormTypedIntoAYuanFormScoresAsPrintedAndAnotherPresetIsOneUndoStep(FxRobot robot) {
        dialogs.editionAnswer = CATALOG.require("yuan-no-leader");
        robot.clickOn("新建");
        settle();
        assertTrue(robot.lookup("#field-PROJECT_LEADER").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "no 项目负责人 row in this edition");
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "250000");
        fill(robot, "#funds-TOTAL-EXECUTED", "215457.6");
        assertEquals("250000.00", robot.lookup("#funds-TOTAL-ANNUAL_BUDGET").queryTextInputControl().getText(),
                "元 with two decimals");
        typeRow(robot, 0, 0, "养护面积", "≥100", "100", "10");
        typeRow(robot, 0, 1, "养护合格率", "100%", "100%", "20");
        typeRow(robot, 0, 2, "完成时间", "≤12月", "12月", "20");
        typeRow(robot, 1, 1, "市容改善", "≥90%", "95%", "30");
        typeRow(robot, 2, 0, "市民满意度", "≥90%", "92%", "10");
        settle();
        assertEquals("86.18%", text(robot, "#summaryRate"));
        assertEquals("8.62", text(robot, "#summaryExecutionScore"));
        assertEquals("98.62", text(robot, "#summaryTotal"));
        String edition = text(robot, "#summaryEdition");
        assertEquals(CATALOG.require("yuan-no-leader").name(), edition);

        dialogs.rulesAnswer = CATALOG.require("whole-points");
        robot.clickOn(Messages.chinese().get("editor.menu.file")).clickOn(Messages.chinese().get("rules.menu"));
        settle();
        assertEquals("86%", text(robot, "#summaryRate"));
        assertEquals("9", text(robot, "#summaryExecutionScore"));
        assertEquals("99", text(robot, "#summaryTotal"));
        assertEquals(CATALOG.require("whole-points").name(), text(robot, "#summaryEdition"));
        assertEquals("版式与评分规则改为“" + CATALOG.require("whole-points").name() + "”",
                session.document().stack().undoDescriptionProperty().get(), "one step on the undo stack");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertEquals("8.62", text(robot, "#summaryExecutionScore"));
        assertEquals("98.62", text(robot, "#summaryTotal"));
        assertEquals(edition, text(robot, "#summaryEdition"));
        assertEquals("元", session.document().profile().amountUnit());
        assertEquals("市民满意度", session.document().form().indicators().stream()
                .filter(r -> r.getLevel1().equals("满意度指标")).findFirst().orElseThrow().getName(),
                "one undo took back the rules, not the typing before them");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        settle();
        assertEquals("99", text(robot, "#summaryTotal"), "and one redo gives them again");
    }
}
