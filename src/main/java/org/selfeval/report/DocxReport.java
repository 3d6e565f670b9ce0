package org.selfeval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.selfeval.i18n.Messages;
import org.selfeval.io.AtomicFiles;
import org.selfeval.layout.CellRole;
import org.selfeval.layout.FileNames;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutCell;
import org.selfeval.model.FormModel;

/**
 * Writes the draft 绩效自评报告 as a .docx (Apache POI XWPF), A4, in the typefaces report templates ask for: the title
 * in 宋体 bold 二号, headings in 黑体 三号, the body in 仿宋 三号 (16 pt), tables in 宋体 五号/小五; each run names its
 * East Asian font, which is what Word and WPS use for Chinese (docs/export.md).
 */
public final class DocxReport {

    static final String TITLE_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋";
    static final double TITLE_POINTS = 22;
    static final double BODY_POINTS = 16;
    private static final double LINE_POINTS = 28;
    private static final double TABLE_POINTS = 10.5;
    private static final double FORM_TABLE_POINTS = 9;
    /** A4 in twentieths of a point, and the margins of GB/T 9704 (37 mm top, 35 bottom, 28 left, 26 right). */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int[] MARGINS_MM = {37, 35, 28, 26};

    private final Messages text;

    /** @param text the report's wording: {@link Messages#chinese()}, whatever the window's language */
    public DocxReport(Messages text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The report frozen from the form as it is now (on the thread that owns the form). */
    public List<ReportDraft.Block> snapshot(FormModel form) {
        return new ReportDraft(text).blocks(form);
    }

    /** {@code <年度>年度<项目名称>绩效自评报告.docx}. */
    public String suggestedFileName(FormModel form) {
        return FileNames.stem(form, text, "report.document") + ".docx";
    }

    /** Writes the report of a form, atomically. */
    public void write(FormModel form, Path target) throws IOException {
        write(snapshot(form), target);
    }

    /** Writes frozen blocks to a file, atomically (a failed write leaves any older file untouched). */
    public void write(List<ReportDraft.Block> blocks, Path target) throws IOException {
        AtomicFiles.writeDocument(target, toBytes(blocks));
    }

    /** The .docx file's bytes. */
    public byte[] toBytes(List<ReportDraft.Block> blocks) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            for (ReportDraft.Block block : blocks) {
                switch (block) {
                    case ReportDraft.Title t -> paragraph(doc, t.text(), TITLE_FONT, TITLE_POINTS, true,
                            ParagraphAlignment.CENTER, false);
                    case ReportDraft.Heading h -> paragraph(doc, h.text(), h.level() == 1 ? HEADING_FONT : BODY_FONT,
                            BODY_POINTS, h.level() == 2, ParagraphAlignment.LEFT, true);
                    case ReportDraft.Paragraph p -> paragraph(doc, p.text(), BODY_FONT, BODY_POINTS, false,
                            p.right() ? ParagraphAlignment.RIGHT : ParagraphAlignment.BOTH, !p.right());
                    case ReportDraft.Table t -> table(doc, t);
                    case ReportDraft.FormTable f -> formTable(doc, f);
                }
            }
            doc.getProperties().getCoreProperties().setTitle(blocks.isEmpty() || !(blocks.get(0)
                    instanceof ReportDraft.Title title) ? "" : title.text());
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(MARGINS_MM[0])));
        margins.setBottom(BigInteger.valueOf(twips(MARGINS_MM[1])));
        margins.setLeft(BigInteger.valueOf(twips(MARGINS_MM[2])));
        margins.setRight(BigInteger.valueOf(twips(MARGINS_MM[3])));
    }

    private static long twips(int mm) {
        return Math.round(mm / 25.4 * 1440);
    }

    private static void paragraph(XWPFDocument doc, String content, String font, double size, boolean bold,
                                  ParagraphAlignment alignment, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        if (indent) {
            p.setIndentationFirstLine((int) Math.round(2 * size * 20)); // two characters, as Chinese prose is set
        }
        // A fixed 28 pt line for 三号 text, as official documents are set (22 lines a page); larger text gets more.
        p.setSpacingBetween(Math.max(LINE_POINTS, size * 1.3), LineSpacingRule.EXACT);
        run(p, content, font, size, bold);
    }

    private static void run(XWPFParagraph p, String content, String font, double size, boolean bold) {
        String[] lines = content.split("\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        run.setBold(bold);
        run.setFontSize(size);
        fonts(run, font);
    }

    /** All four font slots, East Asian first: Word takes Chinese characters from eastAsia, digits from ascii. */
    static void fonts(XWPFRun run, String font) {
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        fonts.setHint(STHint.EAST_ASIA);
    }

    private void table(XWPFDocument doc, ReportDraft.Table t) {
        paragraph(doc, t.caption(), HEADING_FONT, TABLE_POINTS, false, ParagraphAlignment.CENTER, false);
        int columns = t.rows().get(0).size();
        XWPFTable table = doc.createTable(t.rows().size(), columns);
        double[] weights = new double[columns];
        for (int c = 0; c < columns; c++) {
            double chars = 0;
            for (List<String> row : t.rows()) {
                chars += row.get(c).codePointCount(0, row.get(c).length());
            }
            // Columns as wide as their usual text, within bounds: names get room, scores stay narrow.
            weights[c] = Math.max(3, Math.min(12, chars / t.rows().size()));
        }
        grid(table, weights);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(textWidth()));
        table.getRow(0).setRepeatHeader(true); // a table over two pages shows its header again
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(Math.round(textWidth() * weights[c] / sum(weights))));
                cellText(cell, row.get(c), TABLE_POINTS, r == 0, r == 0 || c >= row.size() - 2);
            }
        }
        doc.createParagraph();
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /**
     * The 自评表 as a Word table of the plan's ten columns: a cell spanning columns gets a grid span, one spanning
     * rows a vertical merge, so the attached table has the form's merges.
     */
    private void formTable(XWPFDocument doc, ReportDraft.FormTable f) {
        doc.createParagraph().setPageBreak(true);
        paragraph(doc, f.caption(), HEADING_FONT, BODY_POINTS, false, ParagraphAlignment.LEFT, false);
        FormLayout layout = f.layout();
        for (LayoutCell cell : layout.cells()) {
            if (cell.row() < layout.firstGridRow() && !cell.displayText().isBlank()) {
                paragraph(doc, cell.displayText(), TITLE_FONT, cell.role() == CellRole.TITLE ? 16 : 12,
                        cell.role() == CellRole.TITLE, ParagraphAlignment.CENTER, false);
            }
        }
        int rows = layout.rowCount() - layout.firstGridRow();
        XWPFTable table = doc.createTable(rows, 1);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(textWidth()));
        double total = layout.width(0, FormLayout.COLUMNS - 1);
        double[] widths = new double[FormLayout.COLUMNS];
        for (int c = 0; c < FormLayout.COLUMNS; c++) {
            widths[c] = layout.width(c, c);
        }
        grid(table, widths);
        for (int i = 0; i < rows; i++) {
            int r = layout.firstGridRow() + i;
            XWPFTableRow row = table.getRow(i);
            int col = 0;
            boolean first = true;
            while (col < FormLayout.COLUMNS) {
                LayoutCell cell = layout.cellAt(r, col).orElse(null);
                int span = cell == null ? 1 : cell.colSpan();
                XWPFTableCell tc = first ? row.getCell(0) : row.addNewTableCell();
                first = false;
                CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                tc.setWidthType(TableWidthType.DXA);
                tc.setWidth(String.valueOf(Math.round(textWidth() * layout.width(col, col + span - 1) / total)));
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (cell != null && cell.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                boolean starts = cell != null && cell.row() == r;
                boolean centred = cell == null || !(cell.role() == CellRole.TEXT || cell.role() == CellRole.LONG_TEXT);
                cellText(tc, starts ? cell.displayText() : "", FORM_TABLE_POINTS, false, centred);
                col += span;
            }
        }
    }

    /** The table's grid columns in the given proportions, over the width between the margins. */
    private static void grid(XWPFTable table, double[] weights) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        double total = sum(weights);
        for (double w : weights) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(textWidth() * w / total)));
        }
    }

    /** The width between the margins, in twentieths of a point. */
    private static long textWidth() {
        return A4_WIDTH - twips(MARGINS_MM[2]) - twips(MARGINS_MM[3]);
    }

    private static void cellText(XWPFTableCell cell, String content, double size, boolean bold, boolean centred) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(p, content == null ? "" : content, TITLE_FONT, size, bold);
    }
}
