package org.selfeval.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.selfeval.i18n.Messages;
import org.selfeval.layout.ReferenceForms;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;
import org.selfeval.xlsx.XlsxExport;

/** The PDF of the reference forms: A4 pages, embedded fonts, the published text in its reading order. */
class PdfExportTest {

    private final PdfExport export = new PdfExport(Messages.chinese(), PdfFonts.system());

    @ParameterizedTest
    @ValueSource(strings = {"reference-2021", "reference-2022"})
    void theReferenceFormsPrintOnOneToThreeA4PagesWithTheirFontsEmbedded(String name) throws Exception {
        FormModel form = ReferenceForms.load(name);
        try (PDDocument pdf = Loader.loadPDF(export.toBytes(export.snapshot(form)))) {
            assertTrue(pdf.getNumberOfPages() >= 1 && pdf.getNumberOfPages() <= 3, "pages: " + pdf.getNumberOfPages());
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                assertEquals(595.28, page.getMediaBox().getWidth(), 0.5);
                assertEquals(841.89, page.getMediaBox().getHeight(), 0.5);
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is not a subset");
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            assertEquals(form.implementingUnitProperty().get(), pdf.getDocumentInformation().getAuthor());
            assertTrue(pdf.getDocumentInformation().getTitle().contains(form.projectNameProperty().get()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference-2021", "reference-2022"})
    void theTextHoldsEveryPublishedFigureAndFollowsThePublishedOrderAtLeastAsTheSheetDoes(String name,
            @TempDir Path dir) throws Exception {
        FormModel form = ReferenceForms.load(name);
        String reference = ExtractedText.reference(name);
        String text = text(export.toBytes(export.snapshot(form)));
        assertEquals(List.of(), ExtractedText.missingFigures(reference, text));

        Path xlsx = dir.resolve("sheet.xlsx");
        new XlsxExport(Messages.chinese()).write(form, xlsx);
        double pdf = ExtractedText.inOrder(reference, text);
        double sheet = ExtractedText.inOrder(reference, sheetText(xlsx));
        assertTrue(pdf >= sheet, "pdf " + pdf + " < sheet " + sheet);
        assertTrue(pdf > 0.8, "pdf follows the published text to " + pdf);
    }

    @Test
    void aFormWithLongTextsKeepsEverySentence() throws Exception {
        FormModel form = ReferenceForms.load("reference-2022");
        List<String> sentences = new ArrayList<>();
        StringBuilder goal = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            String s = "第" + i + "项任务按计划完成，形成调研报告" + (100 + i) + "份并报送主管部门备案。";
            sentences.add(s);
            goal.append(s);
        }
        form.achievedGoalProperty().set(goal.toString());
        IndicatorRow first = form.indicators().get(0);
        String reason = "原因：部分单位未按期报送材料，影响汇总进度；改进措施：建立月度调度机制，提前部署、压实责任。";
        first.reasonProperty().set(reason);
        sentences.add(reason);
        String text = text(export.toBytes(export.snapshot(form))).replaceAll("\\s+", "");
        for (String s : sentences) {
            assertTrue(text.contains(s), "lost: " + s);
        }
    }

    @Test
    void withoutAChineseFontTheExportSaysSoInOneLine(@TempDir Path empty) throws Exception {
        PdfExport withoutFonts = new PdfExport(Messages.chinese(), new PdfFonts(List.of(empty)));
        FormModel form = ReferenceForms.load("reference-2021");
        NoFontException e = assertThrows(NoFontException.class, () -> withoutFonts.write(form, empty.resolve("x.pdf")));
        String line = e.describe(Messages.forLocale(java.util.Locale.ENGLISH));
        assertEquals(1, line.lines().count());
        assertTrue(line.contains("font"), line);
        assertFalse(Files.exists(empty.resolve("x.pdf")));
    }

    @Test
    void noCffFontIsChosenAndTheSongFacesComeFirst() {
        List<String> order = PdfFonts.PREFERENCE;
        assertTrue(order.indexOf("simsun.ttc") < order.indexOf("droidsansfallbackfull.ttf"));
        assertTrue(order.stream().noneMatch(f -> f.endsWith(".otf")), "PDFBox 3 cannot subset CFF outlines");
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The exported sheet's cells, row by row, as a reader of its printout meets them. */
    private static String sheetText(Path xlsx) throws Exception {
        StringBuilder out = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    out.append(format.formatCellValue(cell, evaluator)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
