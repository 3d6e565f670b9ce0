package org.selfeval.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormChecker;
import org.selfeval.check.Severity;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsLine;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.scoring.Rounding;

/** Published forms of other provinces, rebuilt with their printed figures, import to their printed totals. */
class ProvinceFormsTest {

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final XlsxImport importer = new XlsxImport(catalog, Messages.chinese());
    private final Messages zh = Messages.chinese();

    @TempDir
    Path dir;

    private FormModel imported(Path file, List<String> notes) throws Exception {
        ImportResult result = importer.read(file);
        result.notes().forEach(n -> notes.add(n.describe(zh)));
        return new FormMapper(catalog).toModel(result.document());
    }

    private List<String> errors(FormModel form) {
        return new FormChecker(zh).check(form).stream().filter(p -> p.severity() == Severity.ERROR)
                .map(p -> p.location().describe(zh, form.profile()) + " " + p.message()).toList();
    }

    /** A Shanghai 2022 form: 元, its own title, no leader row, funds row 其中:本年财政拨款, spaced labels. */
    private ProvinceSheet shanghai() {
        ProvinceSheet s = new ProvinceSheet();
        s.title = "财政项目支出绩效自评表";
        s.unit = "元";
        s.leaderRow = false;
        s.funds("年度资金总额", "250,000.00", "250,000.00", "215,457.60", "10", "86.19%", "8.62")
                .funds("其中:本年财政拨款", "250000", "250000", "215457.6", "-", "86.19%", "-")
                .funds("上年结转资金", "", "", "", "-", "", "-")
                .funds("其他资金", "", "", "", "-", "", "-");
        s.indicator("产 出 指 标", "数量指标", "养护面积", "≥100万平方米", "100万平方米", "10", "=G13")
                .indicator("", "质量指标", "养护合格率", "100%", "=1%", "20", "20")
                .indicator("", "时效指标", "完成时间", "≤12月", "12月", "20", "20")
                .indicator("效益指标（30分）", "社会效益\n指标", "市容改善", "≥90%", "95%", "30", "30")
                .indicator("满意度指标(10分)", "服务对象满意度指标", "市民满意度", "≥90%", "92%", "10", "10");
        s.total = "98.62";
        return s;
    }

    @Test
    void theShanghaiFormInYuanImportsAtItsPrintedTotalUnderItsOwnTitle() throws Exception {
        List<String> notes = new java.util.ArrayList<>();
        FormModel form = imported(shanghai().write(dir, "shanghai.xlsx"), notes);
        Profile rules = form.profile();
        assertEquals("yuan-no-leader", rules.id(), notes.toString());
        assertEquals("元", rules.amountUnit());
        assertEquals("财政项目支出绩效自评表", rules.title());
        assertEquals(false, rules.hasLeaderRow());
        assertEquals(new Rounding(2, Rounding.Mode.UP), rules.rounding().rate(), "only rounding up prints 86.19%");
        assertEquals(0, new BigDecimal("250000").compareTo(form.funds(FundsLine.CURRENT_YEAR).budget()),
                "the 本年财政拨款 row by its alias");
        BigDecimal rate = form.funds(FundsLine.TOTAL).rateBinding().get();
        assertEquals(new BigDecimal("86.19"), form.shownPercent(rate));
        assertEquals(new BigDecimal("8.62"), form.executionScoreBinding().get());
        assertEquals(0, new BigDecimal("98.62").compareTo(form.getTotal()), notes.toString());
        assertEquals(List.of(), errors(form));
        assertEquals("产出指标", form.indicators().get(0).getLevel1(), "spaces of 分散对齐 removed");
        assertEquals("社会效益指标", form.indicators().get(3).getLevel2(), "line break removed");
        assertEquals("效益指标", form.indicators().get(3).getLevel1(), "（30分） removed");
        assertEquals("100%", form.indicators().get(1).getActual(), "a formula formatted 0% is a percentage");
        assertEquals(0, BigDecimal.TEN.compareTo(form.indicators().get(0).getScore()), "=G13 evaluated, not 0");
        assertTrue(notes.stream().anyMatch(n -> n.contains("金额单位为元") || n.contains("元计")), notes.toString());
        assertTrue(notes.stream().noneMatch(n -> n.contains("总分")), notes.toString());

        Path exported = dir.resolve("again.xlsx");
        new XlsxExport(zh).write(form, exported);
        try (XSSFWorkbook wb = new XSSFWorkbook(exported.toFile())) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> all.append(c.toString()).append('|')));
            assertTrue(all.toString().contains("项目资金（元）"), all.toString());
            assertTrue(all.toString().contains("财政项目支出绩效自评表"), all.toString());
            assertTrue(all.toString().contains("其中:本年财政拨款"), all.toString());
        }
    }

    @Test
    void theSecondShanghaiFormScoresHalfAPercentAsPrinted() throws Exception {
        ProvinceSheet s = shanghai();
        s.funds.set(0, new String[] {"年度资金总额", "20000", "20000", "9034", "10", "45.17%", "4.52"});
        s.funds.set(1, new String[] {"其中:本年财政拨款", "20000", "20000", "9034", "-", "45.17%", "-"});
        s.total = "94.52";
        List<String> notes = new java.util.ArrayList<>();
        FormModel form = imported(s.write(dir, "shanghai2.xlsx"), notes);
        assertEquals(new BigDecimal("45.17"), form.shownPercent(form.funds(FundsLine.TOTAL).rateBinding().get()));
        assertEquals(new BigDecimal("4.52"), form.executionScoreBinding().get());
        assertEquals(0, new BigDecimal("94.52").compareTo(form.getTotal()), notes.toString());
    }

    @Test
    void theAnhuiFormRoundsDownToWholePoints() throws Exception {
        ProvinceSheet s = new ProvinceSheet();
        s.leaderRow = false;
        s.funds("年度资金总额", "29", "29", "27.8", "9", "95.86%", "8")
                .funds("其中：当年财政拨款", "29", "29", "27.8", "-", "95.86%", "-")
                .funds("上年结转资金", "", "", "", "-", "", "-")
                .funds("其他资金", "", "", "", "-", "", "-");
        s.indicator("产出指标", "质量指标", "验收合格率", "100%", "95%", "6", "5", "部分工程返修")
                .indicator("", "数量指标", "建成项目", "≥3个", "3个", "45", "45")
                .indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "1200人", "30", "30")
                .indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10");
        s.total = "98";
        List<String> notes = new java.util.ArrayList<>();
        FormModel form = imported(s.write(dir, "anhui.xlsx"), notes);
        assertEquals(new Rounding(0, Rounding.Mode.DOWN), form.profile().rounding().executionScore(), notes.toString());
        assertEquals(new Rounding(0, Rounding.Mode.DOWN), form.profile().rounding().indicator(), notes.toString());
        assertEquals(0, new BigDecimal("8").compareTo(form.executionScoreBinding().get()));
        assertEquals(0, new BigDecimal("5").compareTo(form.indicators().get(0).getSuggestion().score()));
        assertEquals(false, form.indicators().get(0).isManual(), "5 is the rule's own figure, not a typed one");
        assertEquals(0, new BigDecimal("98").compareTo(form.getTotal()), notes.toString());
        assertEquals(List.of(), errors(form));
    }

    @Test
    void theHebeiFormPrintsWholePercentsAndWholePoints() throws Exception {
        ProvinceSheet s = new ProvinceSheet();
        s.leaderRow = false;
        s.funds("年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9")
                .funds("其中：当年财政拨款", "43.2", "43.2", "37.24", "-", "86%", "-")
                .funds("上年结转资金", "", "", "", "-", "", "-")
                .funds("其他资金", "", "", "", "-", "", "-");
        s.indicator("产出指标", "数量指标", "培训人次", "≥100人次", "86.2人次", "10", "9", "部分学员未到")
                .indicator("", "质量指标", "合格率", "≥90%", "95%", "40", "40")
                .indicator("效益指标", "社会效益指标", "就业率", "≥80%", "85%", "30", "30")
                .indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10");
        s.total = "98";
        List<String> notes = new java.util.ArrayList<>();
        FormModel form = imported(s.write(dir, "hebei.xlsx"), notes);
        assertEquals(new BigDecimal("86"), form.shownPercent(form.funds(FundsLine.TOTAL).rateBinding().get()),
                notes.toString());
        assertEquals(0, new BigDecimal("9").compareTo(form.executionScoreBinding().get()));
        assertEquals(0, new BigDecimal("9").compareTo(form.indicators().get(0).getSuggestion().score()), notes.toString());
        assertEquals(0, new BigDecimal("98").compareTo(form.getTotal()), notes.toString());
    }

    @Test
    void theBeijing2016LayoutDividesByTheInitialBudget() throws Exception {
        ProvinceSheet s = new ProvinceSheet();
        s.annualColumn = false;
        s.funds("年度资金总额", "310.2", "154.74", "10", "50%", "5")
                .funds("其中:本年一般公共预算拨款", "310.2", "154.74", "-", "50%", "-")
                .funds("其他资金", "", "", "-", "", "-");
        s.indicator("产出指标", "数量指标", "活动场次", "≥10场", "10场", "50", "50")
                .indicator("效益指标", "社会效益指标", "参与人数", "≥1000人", "1000人", "30", "30")
                .indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10");
        s.total = "95";
        List<String> notes = new java.util.ArrayList<>();
        FormModel form = imported(s.write(dir, "beijing2016.xlsx"), notes);
        assertEquals(Profile.Denominator.INITIAL_BUDGET, form.profile().denominator(), notes.toString());
        assertEquals("其中:本年一般公共预算拨款", form.profile().fundRowLabels().get(1));
        assertEquals(new BigDecimal("50"), form.shownPercent(form.funds(FundsLine.TOTAL).rateBinding().get()),
                notes.toString());
        assertEquals(0, new BigDecimal("5").compareTo(form.executionScoreBinding().get()));
        assertEquals(0, new BigDecimal("95").compareTo(form.getTotal()), notes.toString());
        assertEquals(List.of(), errors(form));
    }

    @Test
    void aFormulaThatCannotBeComputedIsNamedNeverReadAsZero() throws Exception {
        ProvinceSheet s = shanghai();
        s.indicators.set(4, new String[] {"满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "92%", "10",
                "=INFO(\"osversion\")"});
        List<String> notes = new java.util.ArrayList<>();
        FormModel form = imported(s.write(dir, "uncomputable.xlsx"), notes);
        assertTrue(notes.stream().anyMatch(n -> n.contains("INFO") && n.contains("未按 0 计")), notes.toString());
        assertEquals(0, BigDecimal.TEN.compareTo(form.indicators().get(4).getScore()),
                "the rules' suggestion, not a 0 read from the cell");
    }
}
