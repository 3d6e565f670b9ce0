package org.selfeval.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.i18n.Messages;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutPlanner;
import org.selfeval.layout.LongTexts;
import org.selfeval.layout.PageGeometry;
import org.selfeval.layout.ReferenceForms;
import org.selfeval.model.FormModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void previewShowsAsManyPagesAsThePlanSays(FxRobot robot) throws Exception {
        FormModel form = ReferenceForms.load("reference-2021");
        FormLayout plan = new LayoutPlanner(Messages.chinese()).plan(form);
        AtomicReference<Stage> preview = new AtomicReference<>();
        robot.interact(() -> preview.set(PrintPreview.show(owner, form, Messages.chinese())));

        Set<Node> pages = robot.lookup("." + PrintPreview.PAGE_STYLE_CLASS).queryAll();
        assertTrue(plan.pages().size() >= 2, "the 2021 form runs over more than one page");
        assertEquals(plan.pages().size(), pages.size());
        assertTrue(preview.get().isShowing());
        assertEquals("打印预览", preview.get().getTitle());

        // The figures of the form are on the pages, and each page numbers itself.
        List<String> texts = robot.lookup(n -> n instanceof Text || n instanceof Label).queryAll().stream()
                .map(n -> n instanceof Text t ? t.getText() : ((Label) n).getText()).toList();
        assertTrue(texts.contains("95.43"));
        assertTrue(texts.contains("64.26%"));
        assertTrue(texts.contains("第 2 页，共 " + pages.size() + " 页"));
        long headers = texts.stream().filter(t -> t.equals("一级指标")).count();
        assertEquals(1 + plan.pages().stream().filter(FormLayout.Page::repeatsHeader).count(), headers,
                "the indicator header is repeated on continuing pages");

        robot.interact(() -> preview.get().close());
    }

    @Test
    void longTextsFillAsManyPagesAsThePlanAndStayInsideThePrintableArea(FxRobot robot) throws Exception {
        for (FormModel form : List.of(LongTexts.longGoalsAndReason(), LongTexts.hugeGoal())) {
            FormLayout plan = new LayoutPlanner(Messages.chinese()).plan(form);
            AtomicReference<Stage> preview = new AtomicReference<>();
            robot.interact(() -> preview.set(PrintPreview.show(owner, form, Messages.chinese())));
            Set<Node> pages = robot.lookup("." + PrintPreview.PAGE_STYLE_CLASS).queryAll();
            assertEquals(plan.pages().size(), pages.size());
            double left = PageGeometry.MARGIN_SIDE_INCHES * 72;
            double top = PageGeometry.MARGIN_TOP_INCHES * 72;
            double right = PageGeometry.PAGE_WIDTH - left;
            double bottom = PageGeometry.PAGE_HEIGHT - PageGeometry.MARGIN_BOTTOM_INCHES * 72;
            for (Node page : pages) {
                List<Text> texts = new java.util.ArrayList<>();
                cellTexts(page, texts);
                assertFalse(texts.isEmpty(), "a page of the form");
                for (Text text : texts) {
                    Bounds b = page.sceneToLocal(text.localToScene(text.getLayoutBounds()));
                    assertTrue(b.getMinX() >= left - 0.5 && b.getMaxX() <= right + 0.5 && b.getMinY() >= top - 0.5
                            && b.getMaxY() <= bottom + 0.5, "text outside the printable area: " + b);
                    Bounds box = page.sceneToLocal(text.getParent().localToScene(
                            text.getParent().getLayoutBounds()));
                    assertTrue(b.getMaxY() <= box.getMaxY() + 0.5, "text runs out of its cell: "
                            + text.getText().substring(0, Math.min(20, text.getText().length())));
                }
            }
            robot.interact(() -> preview.get().close());
        }
    }

    /** The texts of the cells under a node (not the page number, which lies in the margin by design). */
    private static void cellTexts(Node node, List<Text> found) {
        if (node instanceof Text t && t.getParent() != null && t.getParent().getStyleClass().contains("print-cell")) {
            found.add(t);
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> cellTexts(child, found));
        }
    }

    @Test
    void thePagesZoomInStepsAndBack(FxRobot robot) throws Exception {
        FormModel form = ReferenceForms.load("reference-2022");
        AtomicReference<Stage> preview = new AtomicReference<>();
        robot.interact(() -> preview.set(PrintPreview.show(owner, form, Messages.chinese())));
        Node page = robot.lookup("." + PrintPreview.PAGE_STYLE_CLASS).query();
        double width = page.getBoundsInParent().getWidth();
        assertEquals("100%", robot.lookup("#" + PrintPreview.ZOOM_LABEL_ID).queryLabeled().getText());

        robot.clickOn("#" + PrintPreview.ZOOM_IN_ID).clickOn("#" + PrintPreview.ZOOM_IN_ID);
        assertEquals("150%", robot.lookup("#" + PrintPreview.ZOOM_LABEL_ID).queryLabeled().getText());
        assertEquals(width * 1.5, page.getBoundsInParent().getWidth(), 1.0);
        assertEquals(width * 1.5, page.getParent().getLayoutBounds().getWidth(), 1.0,
                "the page takes its zoomed room in the column of pages");

        for (int i = 0; i < 4; i++) {
            robot.clickOn("#" + PrintPreview.ZOOM_OUT_ID);
        }
        assertEquals("75%", robot.lookup("#" + PrintPreview.ZOOM_LABEL_ID).queryLabeled().getText());
        assertTrue(robot.lookup("#" + PrintPreview.ZOOM_OUT_ID).queryButton().isDisabled(), "75 % is the smallest");
        robot.interact(() -> preview.get().close());
    }
}
