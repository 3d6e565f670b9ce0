package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Problem;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.Forms;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The indicator tables and the amounts keep Excel's habits: paste, copy, Home/End, Enter, row numbers. */
@ExtendWith(ApplicationExtension.class)
class SpreadsheetHabitsTest {

    private DocumentSession session;

    @Start
    void start(Stage stage) {
        session = TestEditor.show(stage);
    }

    private static void clipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static void select(FxRobot robot, TableView<IndicatorRow> table, int row, IndicatorColumn column) {
        TestEditor.selectCell(robot, table, row, TestEditor.column(table, column));
    }

    private static void assertFocus(TableView<IndicatorRow> table, int row, IndicatorColumn column) {
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        assertEquals(row, at.getRow(), "row");
        assertSame(TestEditor.column(table, column), at.getTableColumn(), "column " + column);
    }

    private static TableCell<?, ?> cell(FxRobot robot, TableView<IndicatorRow> table, int row, String columnId) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableView() == table
                && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == row)
                .queryAs(TableCell.class);
    }

    /** Selects a cell of the first row, puts the text on the clipboard and presses Ctrl+V. */
    private static void pasteAt(FxRobot robot, TableView<IndicatorRow> table, IndicatorColumn column, String text) {
        select(robot, table, 0, column);
        clipboard(robot, text);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, int year) {
        robot.interact(() -> assertTrue(session.open(Forms.reference(year))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pasteIntoTheSelectedCellKeepsItSoThatTabMovesOneCell(FxRobot robot) {
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        pasteAt(robot, output, IndicatorColumn.NAME, "培训人次\n");
        assertEquals("培训人次", output.getItems().get(0).getName());
        assertFocus(output, 0, IndicatorColumn.NAME);
        assertEquals(1, output.getSelectionModel().getSelectedCells().size(), "the cell, not the whole row");

        robot.type(KeyCode.TAB);
        assertFocus(output, 0, IndicatorColumn.TARGET);
        clipboard(robot, "≥3个");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        robot.type(KeyCode.TAB);
        clipboard(robot, "3个");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertEquals("≥3个", output.getItems().get(0).getTarget());
        assertEquals("3个", output.getItems().get(0).getActual());
        assertEquals("质量指标", output.getItems().get(1).getLevel2());
        assertEquals("", output.getItems().get(1).getTarget(), "the next row is left alone");
    }

    /** 14 rows of the 2022 reference form as Excel copies them from the official layout, columns B to J. */
    private static String officialBlock(List<FormDocument.Indicator> rows) {
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            FormDocument.Indicator r = rows.get(i);
            boolean newLevel2 = i == 0 || !rows.get(i - 1).level2().equals(r.level2());
            tsv.append(i == 0 ? r.level1() : "").append('\t') // 一级 merged down all rows: only in the first
                    .append(newLevel2 ? r.level2() : "").append('\t')
                    .append(r.name()).append('\t').append(r.target()).append('\t').append(r.actual()).append('\t')
                    .append(r.weight().toPlainString()).append('\t').append(r.score().toPlainString()).append('\t')
                    .append(r.reason()).append("\t\n"); // I–J merged: J comes as an empty field
        }
        return tsv.toString();
    }

    @Test
    void aBlockFromTheOfficialLayoutLinesUpByContentAddsRowsAndIsOneUndoStep(FxRobot robot) {
        List<FormDocument.Indicator> rows = Forms.read(Forms.reference(2022)).indicators().subList(0, 14);
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        assertEquals(4, output.getItems().size(), "a new form: one empty row per 二级指标");
        pasteAt(robot, output, IndicatorColumn.NAME, officialBlock(rows)); // wherever the officer clicked in row 1

        assertEquals(14, output.getItems().size());
        for (int i = 0; i < 14; i++) {
            IndicatorRow row = output.getItems().get(i);
            FormDocument.Indicator expected = rows.get(i);
            assertEquals(expected.level2(), row.getLevel2(), "row " + i);
            assertEquals(expected.name(), row.getName(), "row " + i);
            assertEquals(expected.target(), row.getTarget(), "row " + i);
            assertEquals(expected.actual(), row.getActual(), "row " + i);
            assertEquals(0, expected.weight().compareTo(row.getWeight()), "row " + i);
            assertFalse(row.isManual(), "row " + i + ": its score is the suggestion and stays computed");
        }
        assertFocus(output, 0, IndicatorColumn.NAME);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(4, output.getItems().size(), "one step undoes the paste with its added rows");
        assertTrue(output.getItems().stream().allMatch(r -> r.getName().isEmpty()));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(14, output.getItems().size());

        select(robot, output, 2, IndicatorColumn.ACTUAL); // 梳理在京国家重点实验室情况, ≥120家
        robot.write("60家").type(KeyCode.ENTER);
        assertEquals(0, new BigDecimal("0.5").compareTo(output.getItems().get(2).getScore()),
                "the score follows the figures: " + output.getItems().get(2).getScore());
    }

    @Test
    void aPastedScoreThatDiffersFromTheSuggestionIsTypedAndMarked(FxRobot robot) {
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        pasteAt(robot, output, IndicatorColumn.LEVEL2,
                "数量指标\t案例一\t≥3个\t3个\t2\t2\t\n数量指标\t案例二\t≥3个\t3个\t2\t1.5\t\n");
        assertFalse(output.getItems().get(0).isManual());
        assertTrue(output.getItems().get(1).isManual());
        assertFalse(cell(robot, output, 0, "column-SCORE").getStyleClass().contains("manual-score"));
        assertTrue(cell(robot, output, 1, "column-SCORE").getStyleClass().contains("manual-score"));
    }

    @Test
    void copyPutsWhatTheSelectedCellsShowComputedScoresIncluded(FxRobot robot) {
        open(robot, 2022);
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        robot.interact(() -> {
            output.getSelectionModel().clearSelection();
            output.getSelectionModel().selectRange(0, TestEditor.column(output, IndicatorColumn.WEIGHT),
                    1, TestEditor.column(output, IndicatorColumn.SCORE));
            output.requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.C);
        assertEquals("2\t2\n1\t1\n", clipboard(robot));
    }

    @Test
    void deleteEmptiesTheSelectedCellsAsOneUndoStepAndLeavesThe二级(FxRobot robot) {
        open(robot, 2022);
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        String name = output.getItems().get(1).getName();
        robot.interact(() -> {
            output.getSelectionModel().clearSelection();
            output.getSelectionModel().selectRange(0, TestEditor.column(output, IndicatorColumn.LEVEL2),
                    1, TestEditor.column(output, IndicatorColumn.TARGET));
            output.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        for (int i = 0; i < 2; i++) {
            assertEquals("", output.getItems().get(i).getName());
            assertEquals("", output.getItems().get(i).getTarget());
            assertEquals("数量指标", output.getItems().get(i).getLevel2(), "a 二级指标 is never empty");
        }
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(name, output.getItems().get(1).getName(), "one step brings all four back");
        assertEquals("≥3个", output.getItems().get(0).getTarget());
    }

    @Test
    void homeAndEndStayInTheRowWithCtrlTheyGoToTheTablesCorners(FxRobot robot) {
        open(robot, 2022);
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        select(robot, output, 3, IndicatorColumn.TARGET);
        robot.type(KeyCode.END);
        assertFocus(output, 3, IndicatorColumn.REASON);
        robot.type(KeyCode.HOME);
        assertFocus(output, 3, IndicatorColumn.LEVEL2);
        robot.push(KeyCode.CONTROL, KeyCode.END);
        assertFocus(output, output.getItems().size() - 1, IndicatorColumn.REASON);
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        assertFocus(output, 0, IndicatorColumn.LEVEL2);
    }

    @Test
    void anAmountSelectsItsFigureOnEntryAndEnterMovesDown(FxRobot robot) {
        open(robot, 2022);
        TextField total = robot.lookup("#funds-TOTAL-ANNUAL_BUDGET").queryAs(TextField.class);
        robot.clickOn(total);
        assertEquals("112.511000", total.getSelectedText(), "a click selects the figure");
        robot.write("120").type(KeyCode.ENTER);
        assertEquals("120.000000", total.getText(), "typing replaced it");
        TextField below = robot.lookup("#funds-CURRENT_YEAR-ANNUAL_BUDGET").queryAs(TextField.class);
        assertTrue(below.isFocused(), "Enter moved down the column");
        assertEquals("112.511000", below.getSelectedText());
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        assertTrue(total.isFocused(), "Shift+Enter moves up");
    }

    @Test
    void rowNumbersAreTheOnesTheProblemsSay(FxRobot robot) {
        open(robot, 2022);
        TableView<IndicatorRow> benefit = TestEditor.table(robot, 1);
        assertEquals("16", cell(robot, benefit, 0, "column-number").getText(), "15 产出 rows come before it");
        select(robot, benefit, 0, IndicatorColumn.SCORE);
        robot.write("20").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> messages = new ArrayList<>();
        robot.lookup("#problemList").queryListView().getItems()
                .forEach(p -> messages.add(((Problem) p).location().describe(Messages.chinese(), session.document().profile())));
        assertTrue(messages.stream().anyMatch(m -> m.contains("第16行")), messages.toString());
    }

    private static CheckMenuItem wrapItem(FxRobot robot) {
        MenuBar bar = robot.lookup((Node n) -> n instanceof MenuBar).queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
        return (CheckMenuItem) view.getItems().stream().filter(i -> "wrapItem".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void wrappedCellsMakeTheirRowsGrow(FxRobot robot) {
        open(robot, 2022);
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        double before = output.getHeight();
        TableCell<?, ?> longName = cell(robot, output, 1, "column-NAME"); // 组织召开科研协作与科研对接、…专家会
        assertEquals(28, longName.getHeight(), 0.5);
        robot.interact(() -> wrapItem(robot).setSelected(!wrapItem(robot).isSelected()));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> wrapped = cell(robot, output, 1, "column-NAME");
        assertTrue(wrapped.isWrapText());
        assertTrue(wrapped.getHeight() > 40, "the row grew: " + wrapped.getHeight());
        assertTrue(output.getHeight() > before + 20, "and the table with it: " + before + " → " + output.getHeight());
        robot.interact(() -> wrapItem(robot).setSelected(!wrapItem(robot).isSelected()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, output.getHeight(), 0.5, "back to one line a row");
    }

    @Test
    void ctrlPlusMinusAndTheWheelZoomTheForm(FxRobot robot) {
        TableView<IndicatorRow> output = TestEditor.table(robot, 0);
        TextField name = robot.lookup("#field-PROJECT_NAME").queryAs(TextField.class);
        double font = name.getFont().getSize();
        robot.interact(name::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(font * 1.2, name.getFont().getSize(), 0.05, "two steps of 10 %");
        assertEquals(28 * 1.2, output.getFixedCellSize(), 0.01, "rows grow with the text");
        assertEquals(34 * 1.2, TestEditor.column(output, "column-number").getWidth(), 0.5, "and 序号 stays readable");
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(font * 1.1, name.getFont().getSize(), 0.05);
        robot.moveTo(output).press(KeyCode.CONTROL).scroll(VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(name.getFont().getSize() != font * 1.1, "Ctrl+wheel zooms too: " + name.getFont().getSize());
    }
}
