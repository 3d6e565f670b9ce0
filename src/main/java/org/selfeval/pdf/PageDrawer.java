package org.selfeval.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.selfeval.layout.CellRole;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutCell;
import org.selfeval.layout.PageGeometry;
import org.selfeval.layout.PrintedPage;
import org.selfeval.layout.TextMetrics;

/**
 * Draws one page of a {@link FormLayout} as vector PDF, A4, with the geometry the print preview uses: the page's
 * rows (after the repeated indicator header where the table continues), scaled to the page width, and the footer.
 * Cells are drawn in the plan's reading order, so a PDF reader extracts the text row by row, cell by cell.
 */
final class PageDrawer {

    private static final double PAD_X = 3;
    private static final double PAD_Y = 2;
    private static final double BORDER = 0.6;
    /** Body text in points: the plan budgets 9.45 pt per CJK character and 13.5 pt per line. */
    private static final double BODY_POINTS = 9.5;
    /** Line height as a multiple of the text size (13.5 pt for 9.5 pt text, the plan's line). */
    private static final double LEADING = TextMetrics.LINE_POINTS / BODY_POINTS;
    /** Where the baseline sits below a line's top, as a share of the size (Song faces ascend about 0.88 em). */
    private static final double ASCENT = 0.86;
    private static final double SMALLEST_POINTS = 4;
    private static final double FOOTER_POINTS = 9;

    private final FormLayout layout;
    private final FontChain fonts;
    private final double scale;

    PageDrawer(FormLayout layout, FontChain fonts) {
        this.layout = layout;
        this.fonts = fonts;
        this.scale = PageGeometry.scale(layout.columnWidths());
    }

    void draw(PDDocument document, FormLayout.Page page, String footer) throws IOException {
        PDPage pdfPage = new PDPage(new PDRectangle((float) PageGeometry.PAGE_WIDTH, (float) PageGeometry.PAGE_HEIGHT));
        document.addPage(pdfPage);
        PrintedPage printed = new PrintedPage(layout, page);
        double originX = (PageGeometry.PAGE_WIDTH - printed.width() * scale) / 2;
        double originY = PageGeometry.MARGIN_TOP_INCHES * 72;
        try (PDPageContentStream out = new PDPageContentStream(document, pdfPage)) {
            out.saveGraphicsState();
            // From here on, units are the plan's points, y downwards from the table's top-left corner.
            out.transform(new org.apache.pdfbox.util.Matrix((float) scale, 0, 0, (float) -scale, (float) originX,
                    (float) (PageGeometry.PAGE_HEIGHT - originY)));
            out.setLineWidth((float) BORDER);
            for (LayoutCell cell : layout.cells()) {
                var box = printed.box(cell);
                if (box.isPresent()) {
                    cell(out, cell, box.get().x(), box.get().y(), box.get().width(), box.get().height());
                }
            }
            out.restoreGraphicsState();
            double width = lineWidth(footer, FOOTER_POINTS);
            double baseline = PageGeometry.FOOTER_INCHES * 72 + 3;
            text(out, footer, (PageGeometry.PAGE_WIDTH - width) / 2, baseline, FOOTER_POINTS, false, false);
        }
    }

    private static void line(PDPageContentStream out, double x1, double y1, double x2, double y2) throws IOException {
        out.moveTo((float) x1, (float) y1);
        out.lineTo((float) x2, (float) y2);
    }

    private void cell(PDPageContentStream out, LayoutCell cell, double x, double y, double w, double h)
            throws IOException {
        CellRole role = cell.role();
        if (role != CellRole.TITLE && role != CellRole.SUBTITLE) {
            // A piece of text continued in the row below has no line between them: the block reads as one cell.
            line(out, x, y, x, y + h);
            line(out, x + w, y, x + w, y + h);
            if (!cell.joinsAbove()) {
                line(out, x, y, x + w, y);
            }
            if (!cell.joinsBelow()) {
                line(out, x, y + h, x + w, y + h);
            }
            out.stroke();
        }
        String content = cell.displayText();
        if (content == null || content.isBlank()) {
            return;
        }
        double size = role == CellRole.TITLE ? TextMetrics.TITLE_POINTS
                : role == CellRole.SUBTITLE ? TextMetrics.SUBTITLE_POINTS : BODY_POINTS;
        double inner = Math.max(1, w - 2 * PAD_X);
        List<String> lines = lines(cell, content, inner, size);
        // Every sentence is kept: a text that does not fit its cell at the body size is set smaller until it does.
        while (lines.size() * size * LEADING + 2 * PAD_Y > h && size > SMALLEST_POINTS) {
            size = Math.max(SMALLEST_POINTS, size - 0.25);
            lines = lines(cell, content, inner, size);
        }
        double leading = size * LEADING;
        double block = lines.size() * leading;
        boolean atTop = role == CellRole.LONG_TEXT || role == CellRole.GROUP_LABEL
                || cell.continuation() == LayoutCell.Continuation.TEXT || cell.joinsBelow();
        double textTop = y + (atTop ? PAD_Y : Math.max(PAD_Y, (h - block) / 2));
        boolean alignLeft = role == CellRole.TEXT || role == CellRole.LONG_TEXT;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            double lineX = alignLeft ? x + PAD_X : x + (w - lineWidth(line, size)) / 2;
            double baseline = textTop + i * leading + (leading - size) / 2 + size * ASCENT;
            text(out, line, lineX, baseline, size, role == CellRole.TITLE, true);
        }
    }

    private List<String> lines(LayoutCell cell, String content, double width, double size) {
        if (cell.role() == CellRole.VERTICAL_LABEL) {
            return content.codePoints().mapToObj(Character::toString).toList();
        }
        return LineBreaker.wrap(content, width, cp -> fonts.width(cp, size));
    }

    private double lineWidth(String line, double size) {
        double w = 0;
        for (int cp : line.codePoints().toArray()) {
            w += fonts.width(cp, size);
        }
        return w;
    }

    /**
     * One line of text at a baseline. Inside the flipped table coordinates the text matrix flips back, so glyphs
     * stand upright. Bold is drawn as fill and stroke, as word processors embolden a face that has no bold.
     */
    private void text(PDPageContentStream out, String line, double x, double baseline, double size, boolean bold,
                      boolean flipped) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        out.beginText();
        out.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, flipped ? -1 : 1, (float) x, (float) baseline));
        if (bold) {
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setLineWidth((float) (size * 0.04));
        }
        for (FontChain.Run run : fonts.runs(line)) {
            out.setFont(run.font(), (float) size);
            out.showText(run.text());
        }
        if (bold) {
            out.setRenderingMode(RenderingMode.FILL);
            out.setLineWidth((float) BORDER);
        }
        out.endText();
    }
}
