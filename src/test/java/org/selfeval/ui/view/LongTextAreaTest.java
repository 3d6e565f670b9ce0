package org.selfeval.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.ui.vm.TextBudget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A goal's text area grows with its text, counts down near the limit and refuses what would pass it. */
@ExtendWith(ApplicationExtension.class)
class LongTextAreaTest {

    private TextArea area;
    private Label note;

    @Start
    void start(Stage stage) {
        area = new TextArea();
        area.setId("goal");
        area.setWrapText(true);
        VBox box = new VBox(new Label("预期目标"), area);
        note = LongTextArea.limit(area, new TextBudget(FormFiles.MAX_STRING_LENGTH, Messages.chinese()));
        stage.setScene(new Scene(box, 500, 700));
        stage.show();
    }

    @Test
    void theAreaGrowsToALimitAndThenScrolls(FxRobot robot) {
        assertEquals(LongTextArea.MIN_ROWS, area.getPrefRowCount());
        robot.interact(() -> area.setText("项目按照年度计划组织实施。".repeat(40)));
        int grown = area.getPrefRowCount();
        assertTrue(grown > LongTextArea.MIN_ROWS && grown < LongTextArea.MAX_ROWS, "grown to " + grown);
        robot.interact(() -> area.setText("项目按照年度计划组织实施。".repeat(400)));
        assertEquals(LongTextArea.MAX_ROWS, area.getPrefRowCount(), "no taller than the limit: it scrolls");
        assertTrue(note.getText().isEmpty(), "far from the limit the area says nothing");
    }

    @Test
    void nearTheLimitItCountsDownAndRefusesWhatWouldPassIt(FxRobot robot) {
        int max = FormFiles.MAX_STRING_LENGTH;
        robot.interact(() -> area.setText("目".repeat(max - 500)));
        assertEquals("还可输入 500 字（每段文字最多 32,767 字）", note.getText());
        String before = area.getText();
        robot.interact(() -> {
            area.positionCaret(10);
            area.insertText(10, "粘".repeat(800)); // a paste of 800 characters: 300 too many
        });
        assertEquals(before, area.getText(), "refused whole, not cut to fit");
        assertEquals("未输入：每段文字最多 32,767 字，这次的内容会超出 300 字。请删减后再输入或粘贴。", note.getText());
        robot.interact(() -> area.insertText(0, "粘".repeat(500)));
        assertEquals(max, area.getLength(), "up to the limit it is taken");
        assertEquals("还可输入 0 字（每段文字最多 32,767 字）", note.getText());
        robot.interact(() -> area.deleteText(0, 100));
        assertEquals(max - 100, area.getLength(), "shortening is always allowed");
    }
}
