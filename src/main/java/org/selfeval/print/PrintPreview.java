package org.selfeval.print;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.effect.DropShadow;
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

    /** Opens the preview for a form, owned by the editor's window. Call on the FX thread. */
    public static Stage show(Window owner, FormModel form, Messages messages) {
        List<Pane> pages = FormPrinter.pages(form);
        VBox sheets = new VBox(16);
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setPadding(new Insets(16));
        sheets.setStyle("-fx-background-color: #8a8f96;");
        for (Pane page : pages) {
            page.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.4)));
            sheets.getChildren().add(page);
        }
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);

        Stage stage = new Stage();
        Button print = new Button(messages.get("print.print"));
        print.setId(PRINT_BUTTON_ID);
        print.setDefaultButton(true);
        print.setOnAction(e -> new FormPrinter(messages).print(stage, form));
        Button close = new Button(messages.get("print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label count = new Label(messages.get("print.pageCount", pages.size()));
        ToolBar bar = new ToolBar(print, close, count);

        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        // Fits a 1366×768 laptop screen: taller than the screen, the toolbar with 打印… would be out of reach.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(700, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 60)));
        stage.setTitle(messages.get("print.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.show();
        return stage;
    }
}
