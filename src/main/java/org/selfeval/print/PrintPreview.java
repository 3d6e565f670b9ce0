package org.selfeval.print;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;

/**
 * The print preview window: the form's A4 pages, drawn from the same layout plan as the Excel export, with a
 * button that prints them. Shows the form as it is when opened; it does not follow later edits.
 */
public final class PrintPreview {

    /** Id of the print button, and style class of each page, for tests and styling. */
    public static final String PRINT_BUTTON_ID = "printButton";
    public static final String PAGE_STYLE_CLASS = PageView.PAGE_CLASS;

    private PrintPreview() {
    }

    /** Ids of the zoom buttons and the zoom figure, for tests. */
    public static final String ZOOM_IN_ID = "zoomIn";
    public static final String ZOOM_OUT_ID = "zoomOut";
    public static final String ZOOM_LABEL_ID = "zoomLevel";
    /** The zoom steps: at 100 % an A4 page is 595 pixels wide and its 10-point text hard to read on a laptop. */
    static final List<Double> ZOOMS = List.of(0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0);

    /** Opens the preview for a form, owned by the editor's window. Call on the FX thread. */
    public static Stage show(Window owner, FormModel form, Messages messages) {
        List<Pane> pages = FormPrinter.pages(form);
        VBox sheets = new VBox(16);
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setPadding(new Insets(16));
        sheets.setStyle("-fx-background-color: #8a8f96;");
        DoubleProperty zoom = new SimpleDoubleProperty(1.0);
        for (Pane page : pages) {
            page.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.4)));
            page.scaleXProperty().bind(zoom);
            page.scaleYProperty().bind(zoom);
            sheets.getChildren().add(new Group(page)); // a Group's size includes the scale: the pages do not overlap
        }
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                step(zoom, e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });

        Stage stage = new Stage();
        Button print = new Button(messages.get("print.print"));
        print.setId(PRINT_BUTTON_ID);
        print.setDefaultButton(true);
        print.setOnAction(e -> new FormPrinter(messages).print(stage, form));
        Button close = new Button(messages.get("print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label count = new Label(messages.get("print.pageCount", pages.size()));
        Button zoomOut = new Button(messages.get("print.zoomOut"));
        zoomOut.setId(ZOOM_OUT_ID);
        zoomOut.setOnAction(e -> step(zoom, -1));
        zoomOut.disableProperty().bind(zoom.lessThanOrEqualTo(ZOOMS.get(0)));
        Button zoomIn = new Button(messages.get("print.zoomIn"));
        zoomIn.setId(ZOOM_IN_ID);
        zoomIn.setOnAction(e -> step(zoom, 1));
        zoomIn.disableProperty().bind(zoom.greaterThanOrEqualTo(ZOOMS.get(ZOOMS.size() - 1)));
        Label level = new Label();
        level.setId(ZOOM_LABEL_ID);
        level.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("print.zoom", Math.round(zoom.get() * 100)), zoom));
        ToolBar bar = new ToolBar(print, close, count, new Separator(), zoomOut, level, zoomIn);

        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        // Fits a 1366×768 laptop screen: taller than the screen, the toolbar with 打印… would be out of reach.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(700, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 60));
        // Ctrl+= / Ctrl+- on the main keys and the number pad; Ctrl+0 back to 100 %.
        Map.of(KeyCode.EQUALS, 1, KeyCode.ADD, 1, KeyCode.MINUS, -1, KeyCode.SUBTRACT, -1).forEach((key, direction) ->
                scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN),
                        () -> step(zoom, direction)));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> zoom.set(1.0));
        stage.setScene(scene);
        stage.setTitle(messages.get("print.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.show();
        return stage;
    }

    /** The next zoom step up ({@code direction} 1) or down (-1), staying within the steps. */
    static void step(DoubleProperty zoom, int direction) {
        int at = 0;
        while (at < ZOOMS.size() - 1 && ZOOMS.get(at) < zoom.get() - 1e-9) {
            at++;
        }
        zoom.set(ZOOMS.get(Math.max(0, Math.min(ZOOMS.size() - 1, at + direction))));
    }
}
