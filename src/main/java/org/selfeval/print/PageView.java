package org.selfeval.print;

import javafx.geometry.VPos;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.selfeval.layout.CellRole;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutCell;
import org.selfeval.layout.PageGeometry;
import org.selfeval.layout.PrintedPage;
import org.selfeval.layout.TextMetrics;

/**
 * Draws one page of a {@link FormLayout} as a JavaFX node, A4 in points (1 pt = 1 px at zoom 1): the rows of the
 * page, preceded by the indicator header where the table continues from the page before. A merged cell split
 * over two pages is drawn on both, with its text, as spreadsheets print it.
 */
final class PageView {

    /** Style class of a page node, for styling and for tests. */
    static final String PAGE_CLASS = "print-page";
    /** Style class of a cell box. */
    static final String CELL_CLASS = "print-cell";
    private static final double PAD_X = 3;
    private static final double PAD_Y = 2;

    private static final double BORDER = 0.6;

    private PageView() {
    }

    static Pane page(FormLayout layout, FormLayout.Page page, int number, String footer, PrintFonts.Face face) {
        Pane sheet = new Pane();
        sheet.getStyleClass().add(PAGE_CLASS);
        sheet.setStyle("-fx-background-color: white;");
        sheet.setPrefSize(PageGeometry.PAGE_WIDTH, PageGeometry.PAGE_HEIGHT);
        sheet.setMinSize(PageGeometry.PAGE_WIDTH, PageGeometry.PAGE_HEIGHT);
        sheet.setMaxSize(PageGeometry.PAGE_WIDTH, PageGeometry.PAGE_HEIGHT);

        PrintedPage printed = new PrintedPage(layout, page);
        Group table = new Group();
        for (LayoutCell cell : layout.cells()) {
            printed.box(cell).ifPresent(box -> table.getChildren().add(cellNode(cell, box.x(), box.y(), box.width(),
                    box.height(), face)));
        }
        double scale = PageGeometry.scale(layout.columnWidths());
        table.setScaleX(scale);
        table.setScaleY(scale);
        // A Group scales about its centre: place it so its top-left corner lands on the margins.
        double width = printed.width();
        double height = printed.height();
        double marginX = (PageGeometry.PAGE_WIDTH - width * scale) / 2;
        double marginY = PageGeometry.MARGIN_TOP_INCHES * 72;
        table.setLayoutX(marginX - width * (1 - scale) / 2);
        table.setLayoutY(marginY - height * (1 - scale) / 2);
        sheet.getChildren().add(table);

        Label foot = new Label(footer.replace("&P", String.valueOf(number))
                .replace("&N", String.valueOf(layout.pages().size())));
        foot.setFont(Font.font(face.family(), 9));
        foot.setAlignment(Pos.CENTER);
        foot.setPrefWidth(PageGeometry.PAGE_WIDTH);
        foot.setLayoutY(PageGeometry.PAGE_HEIGHT - PageGeometry.FOOTER_INCHES * 72 - 12);
        sheet.getChildren().add(foot);
        return sheet;
    }

    /**
     * One cell: a bordered box with its text wrapped inside. A {@link Text} rather than a Label, because a Label
     * that judges its lines a hair too tall for the box cuts them to one line with an ellipsis.
     */
    private static Pane cellNode(LayoutCell cell, double x, double y, double w, double h, PrintFonts.Face face) {
        String content = cell.displayText();
        if (cell.role() == CellRole.VERTICAL_LABEL) {
            content = String.join("\n", content.codePoints().mapToObj(Character::toString).toList());
        }
        boolean heading = cell.role() == CellRole.TITLE;
        double size = heading ? TextMetrics.TITLE_POINTS
                : cell.role() == CellRole.SUBTITLE ? TextMetrics.SUBTITLE_POINTS : face.bodyPoints();
        Text text = new Text(content);
        text.setFont(Font.font(face.family(), heading ? FontWeight.BOLD : FontWeight.NORMAL, size));
        text.setFill(Color.BLACK);
        text.setTextOrigin(VPos.TOP);
        double inner = Math.max(1, w - 2 * PAD_X);
        text.setWrappingWidth(inner);
        boolean left = cell.role() == CellRole.TEXT || cell.role() == CellRole.LONG_TEXT;
        text.setTextAlignment(left ? TextAlignment.LEFT : TextAlignment.CENTER);
        double textHeight = text.getLayoutBounds().getHeight();
        text.setLayoutX(PAD_X);
        boolean top = cell.role() == CellRole.LONG_TEXT || cell.role() == CellRole.GROUP_LABEL // as the sheet has it
                || cell.continuation() == LayoutCell.Continuation.TEXT || cell.joinsBelow();
        text.setLayoutY(top ? PAD_Y : Math.max(PAD_Y, (h - textHeight) / 2));

        Pane box = new Pane(text);
        box.getStyleClass().add(CELL_CLASS);
        box.setLayoutX(x);
        box.setLayoutY(y);
        box.setMinSize(w, h);
        box.setPrefSize(w, h);
        box.setMaxSize(w, h);
        box.setClip(new Rectangle(0, 0, w, h));
        if (cell.role() != CellRole.TITLE && cell.role() != CellRole.SUBTITLE) {
            // A piece of text continued in the row below has no border between them: the block reads as one cell.
            box.setBorder(new Border(new BorderStroke(Color.BLACK, BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                    new BorderWidths(cell.joinsAbove() ? 0 : BORDER, BORDER, cell.joinsBelow() ? 0 : BORDER, BORDER))));
        }
        return box;
    }
}
