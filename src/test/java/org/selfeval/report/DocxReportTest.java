package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.selfeval.i18n.Messages;
import org.selfeval.layout.ReferenceForms;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;

/** The draft 绩效自评报告 of the reference forms: the outline, every figure, every indicator, the fonts. */
class DocxReportTest {

    private final DocxReport report = new DocxReport(Messages.chinese());

    @ParameterizedTest
    @CsvSource({"reference-2021, 64.26%, 6.43, 95.43, 课题验收通过率, 4, 5",
            "reference-2022, 61.91%, 6.19, 95.19, 可持续影响指标, 14, 15"})
    void theReportRestatesTheFormsFigures(String name, String rate, String executionScore, String total,
                                         String shortOf, String score, String weight) throws Exception {
        FormModel form = ReferenceForms.load(name);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report.toBytes(report.snapshot(form))));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        for (String heading : List.of("一、项目基本情况", "二、绩效目标及完成情况", "三、绩效指标完成情况",
                "四、偏差原因分析及改进措施", "五、自评结论", "附件：项目支出绩效自评表")) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains(form.projectNameProperty().get()));
        assertTrue(text.contains(form.departmentProperty().get()));
        assertTrue(text.contains(form.implementingUnitProperty().get()));
        assertTrue(text.contains("预算执行率" + rate + "，执行率得分" + executionScore + "分"), text);
        assertTrue(text.contains("本项目总分" + total + "分"), text);
        assertTrue(text.contains("自评等级为“优”"), text);
        for (IndicatorRow row : form.indicators()) {
            assertTrue(row.getName().isEmpty() || text.contains(row.getName() + "（" + row.getLevel2() + "）"),
                    row.getName());
        }
        long below = form.indicators().stream()
                .filter(r -> r.getScore() != null && r.getScore().compareTo(r.getWeight()) < 0).count();
        assertEquals(1, below, "the reference form scores one indicator below its weight");
        IndicatorRow deficient = form.indicators().stream().filter(r -> r.getName().equals(shortOf)
                || r.getLevel2().equals(shortOf)).filter(r -> r.getScore().compareTo(r.getWeight()) < 0).findFirst()
                .orElseThrow();
        assertTrue(text.contains("得分" + score + "分，低于分值" + weight + "分。偏差原因分析及改进措施："
                + deficient.getReason().strip()), text);
    }

    @Test
    void theBodyIsFangSongSanHaoWithItsEastAsianFontOnA4AndTheTitleSongBold() throws Exception {
        FormModel form = ReferenceForms.load("reference-2021");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report.toBytes(report.snapshot(form))))) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(11906), size.getW());
            assertEquals(BigInteger.valueOf(16838), size.getH());
            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertTrue(title.isBold());
            assertEquals("宋体", title.getCTR().getRPr().getRFontsArray(0).getEastAsia());
            XWPFParagraph body = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith(form.projectNameProperty().get() + "项目由")).findFirst()
                    .orElseThrow();
            XWPFRun run = body.getRuns().get(0);
            assertEquals(16.0, run.getFontSizeAsDouble());
            assertEquals("仿宋", run.getCTR().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("仿宋", run.getCTR().getRPr().getRFontsArray(0).getAscii());
        }
    }

    @Test
    void theReportIsChineseWhateverTheWindowsLanguageAndNamedLikeTheForm() throws Exception {
        FormModel form = ReferenceForms.load("reference-2022");
        assertTrue(report.suggestedFileName(form).endsWith("绩效自评报告.docx"));
        // The English bundle has the same keys, but the window passes Messages.chinese(): the draft stays Chinese.
        Messages english = Messages.forLocale(Locale.ENGLISH);
        assertTrue(english.get("report.h1").startsWith("1."));
        String first = ((ReportDraft.Heading) report.snapshot(form).stream()
                .filter(b -> b instanceof ReportDraft.Heading).findFirst().orElseThrow()).text();
        assertEquals("一、项目基本情况", first);
    }

    @Test
    void aFormWithoutDeviationsSaysSoAndBlanksAreLeftToFillIn() throws Exception {
        FormModel form = ReferenceForms.load("reference-2022");
        form.indicators().forEach(r -> r.enteredScoreProperty().set(r.getWeight()));
        form.projectLeaderProperty().set("");
        List<ReportDraft.Block> blocks = report.snapshot(form);
        String all = blocks.stream().filter(b -> b instanceof ReportDraft.Paragraph)
                .map(b -> ((ReportDraft.Paragraph) b).text()).reduce("", String::concat);
        assertTrue(all.contains("项目负责人＿＿＿＿"), all);
        // 执行率 61.91% still scores below its weight: that deviation remains, the indicator ones are gone.
        assertTrue(all.contains("预算执行率为61.91%，执行率得分6.19分，低于分值10分"), all);
        assertTrue(!all.contains("低于分值15分"), all);
    }
}
