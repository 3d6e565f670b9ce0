package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.check.Problem;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormMapper;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.view.MainWindow;
import org.selfeval.ui.vm.Background;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.Forms;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window with keyboard and mouse, headless, as the officer would. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    @TempDir
    Path dir;

    private TestDialogs dialogs;
    private DocumentSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs(Messages.chinese());
        EditorRoot root = TestEditor.root(stage, dialogs, uri -> false, Background.immediate());
        session = root.session();
        window = root.window();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents(); // the debounced checks run one pulse later
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types text key by key. The first key goes through the robot (it may start editing a cell and move the
     * focus); the rest are the same typed-key events sent to whatever has the focus, without the robot's
     * pause after every key, which would make the long goal texts take minutes.
     */
    private void write(FxRobot robot, String text) {
        if (text.isEmpty()) {
            return;
        }
        robot.write(text.substring(0, 1));
        Scene scene = robot.lookup("#problemList").query().getScene();
        robot.interact(() -> text.substring(1).chars().forEach(ch -> Event.fireEvent(scene.getFocusOwner(),
                new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf((char) ch), "", KeyCode.UNDEFINED,
                        false, false, false, false))));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    /** The status bar's line. */
    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(StatusBar.class).getText();
    }

    private void fill(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        write(robot, text);
        robot.type(KeyCode.TAB);
    }

    private void fillLines(FxRobot robot, String id, String text) {
        TextInputControl area = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(area::requestFocus);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                robot.type(KeyCode.ENTER);
            }
            write(robot, lines[i]);
        }
        robot.interact(() -> robot.lookup("#field-PROJECT_NAME").query().requestFocus()); // leave: commits
    }

    @SuppressWarnings("unchecked")
    private TableView<IndicatorRow> table(FxRobot robot, int index) {
        return robot.lookup("#table-" + index).queryAs(TableView.class);
    }

    /** Puts the keyboard focus on a cell, as a click would (the cell may be scrolled out of view). */
    /** The cell of the form's row now at {@code place}, as the checks name it. */
    private Location cellAt(int place, IndicatorColumn column) {
        return new Location.Cell(session.document().form().indicators().get(place).id(), place, column);
    }

    private void focusCell(FxRobot robot, TableView<IndicatorRow> table, int row, IndicatorColumn column) {
        robot.interact(() -> {
            TableColumn<IndicatorRow, ?> col = TestEditor.column(table, column);
            table.getSelectionModel().clearAndSelect(row, col);
            table.getFocusModel().focus(row, col);
            table.requestFocus();
        });
    }

    private static final IndicatorColumn NAME = IndicatorColumn.NAME;
    private static final IndicatorColumn WEIGHT = IndicatorColumn.WEIGHT;
    private static final IndicatorColumn SCORE = IndicatorColumn.SCORE;

    /** Types one indicator row from its 三级指标 on: name, target, actual, weight[, score][, reason]. */
    private void typeRow(FxRobot robot, String name, String target, String actual, String weight, String score,
                         String reason) {
        write(robot, name);
        robot.type(KeyCode.TAB);
        write(robot, target);
        robot.type(KeyCode.TAB);
        write(robot, actual);
        robot.type(KeyCode.TAB);
        write(robot, weight);
        if (score == null && reason == null) {
            robot.type(KeyCode.ENTER);
            return;
        }
        robot.type(KeyCode.TAB);
        write(robot, score);
        robot.type(KeyCode.TAB, KeyCode.TAB); // past the tier column to the reason
        write(robot, reason);
        robot.type(KeyCode.ENTER);
    }

    private void rowAt(FxRobot robot, TableView<IndicatorRow> table, int row) {
        focusCell(robot, table, row, NAME);
    }

    private void newRowBelow(FxRobot robot, TableView<IndicatorRow> table, int row) {
        focusCell(robot, table, row, NAME);
        robot.push(KeyCode.CONTROL, KeyCode.I);
    }

    private void openFile(FxRobot robot, Path file) {
        dialogs.openAnswers.add(file);
        robot.clickOn("打开");
        settle();
    }

    private List<String> problems(FxRobot robot) {
        ListView<Problem> list = robot.lookup("#problemList").queryListView();
        return list.getItems().stream().map(Problem::message).toList();
    }

    private TableCell<?, ?> cell(FxRobot robot, TableView<IndicatorRow> table, int row, IndicatorColumn column) {
        TableColumn<IndicatorRow, ?> col = TestEditor.column(table, column);
        return robot.lookup(".indicator-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableView() == table && c.getTableColumn() == col && c.getIndex() == row)
                .queryAs(TableCell.class);
    }

    // ---- tests ---------------------------------------------------------------------------------------

    @Test
    void tablesBelowTheFirstScreenComeRightAfterItOrAtOnceWhenNeeded(FxRobot robot) {
        Path form = Forms.reference(2021);
        robot.interact(() -> {
            assertTrue(session.open(form));
            assertTrue(robot.lookup("#table-0").tryQuery().isPresent(), "the first table is built with the form");
            assertTrue(robot.lookup("#table-2").tryQuery().isEmpty(), "the last one stands in until the first frame");
            assertTrue(robot.lookup("满意度指标").tryQuery().isPresent(), "the stand-in shows the table's title");
        });
        assertDoesNotThrow(() -> WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#table-2").tryQuery().isPresent()), "the tables come after the first frame");
        assertEquals(2, table(robot, 1).getItems().size());
        assertEquals(1, table(robot, 2).getItems().size());
        assertEquals(3, robot.lookup(".indicator-box").queryAll().size(), "each in its stand-in's place, none twice");

        robot.interact(() -> {
            assertTrue(session.open(form)); // the same form again: a new view, its lower tables standing in
            assertTrue(robot.lookup("#table-2").tryQuery().isEmpty());
            window.reveal(cellAt(17, IndicatorColumn.NAME)); // the 满意度 row, from the problems panel
            assertTrue(robot.lookup("#table-2").tryQuery().isPresent(), "a table wanted before then is built at once");
        });
        TablePosition<?, ?> selected = table(robot, 2).getSelectionModel().getSelectedCells().get(0);
        assertEquals(0, selected.getRow());
        assertEquals(3, robot.lookup(".indicator-box").queryAll().size());
    }

    @Test
    void aLongTableShowsTwentyRowsScrollsWithinItselfAndRevealsEveryRow(FxRobot robot) throws Exception {
        // The 2021 form with its 15 产出 rows four times over: 60 rows in the first table.
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree(Forms.reference(2021).toFile());
        ArrayNode rows = json.createArrayNode();
        ArrayNode others = json.createArrayNode();
        doc.withArray("indicators").forEach(r -> ("产出指标".equals(r.get("level1").asText()) ? rows : others).add(r));
        ArrayNode indicators = json.createArrayNode();
        for (int i = 0; i < 4; i++) {
            indicators.addAll(rows);
        }
        indicators.addAll(others);
        doc.set("indicators", indicators);
        Path file = dir.resolve("long.json");
        json.writeValue(file.toFile(), doc);
        robot.interact(() -> assertTrue(session.open(file)));
        settle();

        TableView<IndicatorRow> output = table(robot, 0);
        assertEquals(60, output.getItems().size());
        assertEquals(20 * 28 + 28, output.getHeight(), 0.5, "as high as twenty rows and the header");
        long made = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getTableView() == output).count();
        assertTrue(made < 30, "rows made for a table showing twenty: " + made);

        robot.interact(() -> window.reveal(cellAt(50, IndicatorColumn.NAME)));
        assertEquals(50, output.getFocusModel().getFocusedCell().getRow(), "the problems panel reaches row 51");
        assertTrue(shown(output, cell(robot, output, 50, NAME)), "row 51 is scrolled into the table's view");

        focusCell(robot, output, 0, NAME);
        robot.interact(() -> window.reveal(new Location.Field(org.selfeval.check.FormField.PROJECT_NAME)));
        focusCell(robot, output, 19, NAME);
        robot.type(KeyCode.ENTER);
        assertEquals(20, output.getFocusModel().getFocusedCell().getRow());
        assertTrue(shown(output, cell(robot, output, 20, NAME)), "Enter scrolls the table on to row 21");
        robot.type(KeyCode.DOWN);
        assertTrue(shown(output, cell(robot, output, 21, NAME)), "so does the arrow key");
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        assertTrue(shown(output, cell(robot, output, 0, NAME)), "Ctrl+Home scrolls back to the first row");
        for (int i = 0; i < 20; i++) {
            robot.type(KeyCode.ENTER);
        }
        assertEquals(20, output.getFocusModel().getFocusedCell().getRow());
        assertTrue(shown(output, cell(robot, output, 20, NAME)));
        assertTrue(shown(output, cell(robot, output, 2, NAME)),
                "scrolled only as far as row 21 needs, as a spreadsheet does: row 3 still shows");
        focusCell(robot, output, 0, NAME);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I); // 添加: a row at the end
        assertEquals(61, output.getItems().size());
        assertEquals(60, output.getFocusModel().getFocusedCell().getRow());
        assertTrue(shown(output, cell(robot, output, 60, NAME)), "the added row is scrolled into view");

        focusCell(robot, output, 0, NAME);
        robot.interact(() -> output.scrollTo(40)); // the wheel took the table away from the selected cell
        robot.write("新").type(KeyCode.ENTER);
        assertEquals("新", output.getItems().get(0).getName(), "typing goes back to the selected cell and edits it");
    }

    /** Whether the node lies wholly inside the table's rows area (below the column headers). */
    private static boolean shown(TableView<?> table, Node node) {
        Bounds t = table.localToScene(table.getLayoutBounds());
        Bounds n = node.localToScene(node.getLayoutBounds());
        return n.getMinY() >= t.getMinY() + 27 && n.getMaxY() <= t.getMaxY() + 0.5;
    }

    @Test
    void typeTheWhole2022ReferenceFormSaveReopenAndCompare(FxRobot robot) {
        FormDocument expected = Forms.read(Forms.reference(2022));
        dialogs.editionAnswer = CATALOG.defaultProfile();
        robot.clickOn("新建");
        settle();

        fill(robot, "#field-YEAR", "2022");
        fill(robot, "#field-PROJECT_NAME", expected.header().projectName());
        fill(robot, "#field-DEPARTMENT", expected.header().department());
        fill(robot, "#field-IMPLEMENTING_UNIT", expected.header().implementingUnit());
        fill(robot, "#field-PROJECT_LEADER", expected.header().projectLeader());
        fill(robot, "#field-PHONE", expected.header().phone());
        fill(robot, "#funds-TOTAL-INITIAL_BUDGET", "112.511");
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "１１２．５１１");
        fill(robot, "#funds-TOTAL-EXECUTED", "69.6559");
        fill(robot, "#funds-CURRENT_YEAR-INITIAL_BUDGET", "112.511");
        fill(robot, "#funds-CURRENT_YEAR-ANNUAL_BUDGET", "112.511");
        fill(robot, "#funds-CURRENT_YEAR-EXECUTED", "69.6559");
        assertEquals("112.511000", robot.lookup("#funds-TOTAL-ANNUAL_BUDGET").queryTextInputControl().getText());
        assertEquals("61.91%", text(robot, "#rate-TOTAL"));
        assertEquals("6.19", text(robot, "#executionScore"));
        fillLines(robot, "#field-EXPECTED_GOAL", expected.goals().expected());
        fillLines(robot, "#field-ACHIEVED_GOAL", expected.goals().achieved());

        List<FormDocument.Indicator> in = expected.indicators();
        TableView<IndicatorRow> output = table(robot, 0);
        int row = 0;
        for (int i = 0; i < 15; i++) { // 产出指标: 9 数量, 3 质量, 2 时效, 1 成本 (one empty row of each is there)
            FormDocument.Indicator ind = in.get(i);
            boolean firstOfItsKind = i == 0 || !in.get(i - 1).level2().equals(ind.level2());
            if (firstOfItsKind) {
                rowAt(robot, output, row);
            } else {
                newRowBelow(robot, output, row - 1);
            }
            typeRow(robot, ind.name(), ind.target(), ind.actual(), ind.weight().toPlainString(), null, null);
            row++;
        }
        TableView<IndicatorRow> benefit = table(robot, 1);
        focusCell(robot, benefit, 0, NAME);
        robot.push(KeyCode.CONTROL, KeyCode.DELETE); // 经济效益指标: not used in this form
        focusCell(robot, benefit, 1, NAME);
        robot.push(KeyCode.CONTROL, KeyCode.DELETE); // 生态效益指标
        assertEquals(2, benefit.getItems().size());
        rowAt(robot, benefit, 0);
        FormDocument.Indicator social = in.get(15);
        typeRow(robot, social.name(), social.target(), social.actual(), "15", null, null);
        rowAt(robot, benefit, 1);
        FormDocument.Indicator lasting = in.get(16);
        typeRow(robot, lasting.name(), lasting.target(), lasting.actual(), "15", "14", lasting.reason());
        rowAt(robot, table(robot, 2), 0);
        FormDocument.Indicator satisfied = in.get(17);
        typeRow(robot, satisfied.name(), satisfied.target(), satisfied.actual(), "10", null, null);
        settle();

        assertEquals("61.91%", text(robot, "#summaryRate"));
        assertEquals("6.19", text(robot, "#summaryExecutionScore"));
        assertEquals("95.19", text(robot, "#summaryTotal"));
        assertEquals("优", text(robot, "#summaryGrade"));
        assertEquals("100", text(robot, "#summaryWeights"));
        assertTrue(robot.lookup(".manual-score").tryQuery().isPresent(), "the typed 14 is marked as manual");
        assertTrue(session.titleBinding().get().startsWith("*未命名"));

        Path saved = dir.resolve("2022.json");
        dialogs.saveAnswers.add(saved);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        settle();
        assertEquals("2022.json - 绩效自评表编制助手", session.titleBinding().get());
        Forms.assertSameForm(expected, Forms.read(saved));

        openFile(robot, saved);
        assertEquals("95.19", text(robot, "#summaryTotal"));
        Forms.assertSameForm(expected, new FormMapper(CATALOG).toDocument(session.document().form()));
    }

    @Test
    void pasteThreeRowsThenUndoAndRedoThePaste(FxRobot robot) {
        TableView<IndicatorRow> output = table(robot, 0);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("数量指标\t案例一\t≥3个\t3个\t2\t\t\n"
                    + "数量指标\t\"跨两行的\n指标\"\t≥1个\t1个\t3\t\t\n"
                    + "质量指标\t服务质量\t优良中低差\t优，达成年度指标\t5\t\t\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        focusCell(robot, output, 0, IndicatorColumn.LEVEL2);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        settle();
        assertEquals(List.of("案例一", "跨两行的\n指标", "服务质量", ""),
                output.getItems().stream().map(IndicatorRow::getName).toList());
        assertEquals("10", text(robot, "#summaryTotal"));
        assertTrue(session.isDirty());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertEquals(List.of("", "", "", ""), output.getItems().stream().map(IndicatorRow::getName).toList());
        assertEquals("0", text(robot, "#summaryTotal"));
        assertFalse(session.isDirty(), "undone back to the saved (new) state");

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        settle();
        assertEquals("服务质量", output.getItems().get(2).getName());
        assertEquals("10", text(robot, "#summaryTotal"));

        focusCell(robot, output, 0, IndicatorColumn.LEVEL2);
        robot.push(KeyCode.CONTROL, KeyCode.C);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("数量指标\n", copied[0], "the selected cell, as Excel copies it");
        robot.interact(() -> output.getSelectionModel().selectRange(0, TestEditor.column(output, IndicatorColumn.LEVEL2),
                0, TestEditor.column(output, IndicatorColumn.REASON)));
        robot.push(KeyCode.CONTROL, KeyCode.C);
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("数量指标\t案例一\t≥3个\t3个\t2\t2\t\n", copied[0], "the whole row, its suggested score too");
    }

    @Test
    void aProblemAppearsWhenAScoreExceedsItsWeightAndVanishesWhenFixed(FxRobot robot) {
        openFile(robot, Forms.reference(2022));
        TableView<IndicatorRow> output = table(robot, 0);
        focusCell(robot, output, 0, SCORE);
        robot.write("5").type(KeyCode.ENTER);
        settle();
        assertTrue(problems(robot).contains("得分 5 超过分值 2。"), problems(robot).toString());
        assertTrue(cell(robot, output, 0, SCORE).getStyleClass().contains("problem-error"));
        assertEquals("98.19", text(robot, "#summaryTotal"));

        focusCell(robot, table(robot, 2), 0, NAME); // somewhere else
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                && c.getText().contains("得分 5 超过分值 2"));
        TablePosition<?, ?> selected = output.getFocusModel().getFocusedCell();
        assertEquals(0, selected.getRow(), "clicking the problem selects its cell");
        assertSame(TestEditor.column(output, SCORE), selected.getTableColumn());
        assertTrue(output.isFocused());

        robot.write("2").type(KeyCode.ENTER);
        settle();
        assertFalse(problems(robot).contains("得分 5 超过分值 2。"));
        assertFalse(cell(robot, output, 0, SCORE).getStyleClass().contains("problem-error"));
        assertEquals("95.19", text(robot, "#summaryTotal"));
    }

    @Test
    void anAmountThatIsNotANumberIsRefusedAtTheCell(FxRobot robot) {
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "1,234.5");
        assertEquals("1234.500000", robot.lookup("#funds-TOTAL-ANNUAL_BUDGET").queryTextInputControl().getText());
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "一千");
        assertEquals("1234.500000", robot.lookup("#funds-TOTAL-ANNUAL_BUDGET").queryTextInputControl().getText());
        assertTrue(status(robot).contains("“一千”不是金额"), status(robot));
        assertTrue(robot.lookup("#status").query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("refused")), "said in red");
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "1000");
        assertEquals("", status(robot), "the next accepted entry takes the old refusal away");
        assertFalse(robot.lookup("#status").query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("refused")));
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "一千");
        focusCell(robot, table(robot, 0), 0, NAME);
        robot.write("培训").type(KeyCode.ENTER);
        assertEquals("", status(robot), "in a table as well");
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "一千");
        focusCell(robot, table(robot, 0), 1, NAME); // a text field would undo its own typing
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", status(robot), "undo takes the refusal away");
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "一千");
        assertTrue(status(robot).contains("“一千”不是金额"));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("粘贴的指标");
            Clipboard.getSystemClipboard().setContent(content);
        });
        focusCell(robot, table(robot, 0), 1, NAME);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertEquals("", status(robot), "so does the next paste");

        robot.interact(() -> session.notice("恢复记录写不进去"));
        fill(robot, "#funds-TOTAL-ANNUAL_BUDGET", "1200");
        NotificationPane notices = robot.lookup(".notification-pane").queryAs(NotificationPane.class);
        assertTrue(notices.isShowing(), "a notice shows over the form, not in the status line");
        assertEquals("恢复记录写不进去", notices.getText());
        assertEquals("", status(robot));
    }

    @Test
    void askedBeforeLosingUnsavedChanges(FxRobot robot) {
        fill(robot, "#field-PROJECT_NAME", "未保存的项目");
        assertTrue(session.isDirty());
        var before = session.document();
        dialogs.editionAnswer = CATALOG.defaultProfile();

        robot.clickOn("新建");
        assertTrue(robot.lookup("#saveChangesDialog").tryQuery().isPresent(), "the question is asked");
        robot.clickOn("取消");
        assertSame(before, session.document(), "cancel keeps the form");
        assertEquals("未保存的项目", robot.lookup("#field-PROJECT_NAME").queryTextInputControl().getText());

        robot.clickOn("新建");
        robot.clickOn("不保存");
        assertNotSame(before, session.document());
        assertEquals("", robot.lookup("#field-PROJECT_NAME").queryTextInputControl().getText());
        assertFalse(session.isDirty());
    }

    @Test
    void clickingTheSelectedCellAgainThenTypingReplacesItsText(FxRobot robot) {
        openFile(robot, Forms.reference(2022));
        TableView<IndicatorRow> output = table(robot, 0);
        assertEquals("2", output.getItems().get(0).getWeight().toPlainString());
        Node weight = cell(robot, output, 0, WEIGHT);
        robot.clickOn(weight);
        robot.sleep(700); // two clicks, not a double click
        robot.clickOn(weight);
        assertTrue(output.getEditingCell() == null, "a second single click only selects");
        robot.write("5").type(KeyCode.ENTER);
        assertEquals("5", output.getItems().get(0).getWeight().toPlainString(), "typing replaces the old 2, it does not give 25");

        robot.sleep(700); // a new click sequence: the click before Enter must not count
        robot.doubleClickOn(cell(robot, output, 0, WEIGHT));
        robot.write("0").type(KeyCode.ENTER);
        assertEquals("50", output.getItems().get(0).getWeight().toPlainString(), "a double click edits in place");
    }

    /** Keys that come faster than the screen refreshes, or a word an input method commits at once. */
    @Test
    void keysTypedInOneBurstAllReachTheCell(FxRobot robot) {
        TableView<IndicatorRow> output = table(robot, 0);
        focusCell(robot, output, 0, NAME);
        Scene scene = output.getScene();
        robot.interact(() -> "培训人次".codePoints().forEach(ch -> Event.fireEvent(scene.getFocusOwner(),
                new KeyEvent(KeyEvent.KEY_TYPED, Character.toString(ch), "", KeyCode.UNDEFINED,
                        false, false, false, false)))); // one runnable: no pulse between the keys
        robot.type(KeyCode.ENTER);
        assertEquals("培训人次", output.getItems().get(0).getName());
    }

    @Test
    void typingInACellIsOneUndoStepAndEscapeCancels(FxRobot robot) {
        TableView<IndicatorRow> output = table(robot, 0);
        focusCell(robot, output, 0, NAME);
        robot.write("组织召开专家会").type(KeyCode.ENTER);
        assertEquals("组织召开专家会", output.getItems().get(0).getName());
        focusCell(robot, output, 0, NAME);
        robot.type(KeyCode.F2).write("（改）").type(KeyCode.ESCAPE);
        assertEquals("组织召开专家会", output.getItems().get(0).getName());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", output.getItems().get(0).getName(), "the whole typed text is one step");
        assertFalse(session.isDirty());
    }
}
