package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.i18n.Messages;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.scoring.Tier;

class IndicatorTableViewModelTest {

    private final FormViewModel vm = new FormViewModel(BlankForms.create(ProfileCatalog.builtIn().defaultProfile()),
            Messages.chinese(), Debouncer.immediate());
    private final IndicatorTableViewModel output = vm.tables().get(0);
    private final IndicatorTableViewModel benefit = vm.tables().get(1);
    private final IndicatorTableViewModel satisfaction = vm.tables().get(2);

    private List<String> names(IndicatorTableViewModel table) {
        return table.rows().stream().map(IndicatorRow::getName).toList();
    }

    private List<String> allLevels() {
        return vm.form().indicators().stream().map(r -> r.getLevel1() + "/" + r.getLevel2()).toList();
    }

    @Test
    void typedCellsRescoreTheRowAndTheTotal() {
        IndicatorRow row = satisfaction.rows().get(0);
        satisfaction.commit(row, GridColumns.NAME, "实验室满意度");
        satisfaction.commit(row, GridColumns.TARGET, "≥85%");
        satisfaction.commit(row, GridColumns.ACTUAL, "93%");
        satisfaction.commit(row, GridColumns.WEIGHT, "１０");
        assertEquals("10", satisfaction.text(row, GridColumns.SCORE));
        assertEquals("10", satisfaction.text(row, GridColumns.SUGGESTION));
        assertEquals("得分 10 / 分值 10（建议分值 10）", satisfaction.subtotal().getValue());
        assertEquals("10", vm.summary().total().getValue());
    }

    @Test
    void aTypedScoreIsManualAndTheSuggestionStaysVisibleUntilReset() {
        IndicatorRow row = benefit.rows().get(3);
        benefit.commit(row, GridColumns.TARGET, "优良中低差");
        benefit.commit(row, GridColumns.ACTUAL, "优，达成年度指标");
        benefit.commit(row, GridColumns.WEIGHT, "15");
        assertEquals("15", benefit.text(row, GridColumns.SCORE));
        benefit.commit(row, GridColumns.SCORE, "14");
        assertTrue(row.isManual());
        assertEquals("14", benefit.text(row, GridColumns.SCORE));
        assertEquals("15", benefit.text(row, GridColumns.SUGGESTION));
        benefit.resetScores(List.of(row));
        assertFalse(row.isManual());
        assertEquals("15", benefit.text(row, GridColumns.SCORE));
        vm.stack().undo();
        assertEquals("14", benefit.text(row, GridColumns.SCORE));
    }

    @Test
    void aQualitativeTargetTakesAChosenTier() {
        IndicatorRow row = output.rows().get(1);
        output.commit(row, GridColumns.TARGET, "优良中低差");
        output.commit(row, GridColumns.WEIGHT, "10");
        assertTrue(output.isQualitative(row));
        assertNull(output.effectiveTier(row), "no actual yet: no tier");
        output.chooseTier(row, Tier.PARTIAL);
        assertEquals(Tier.PARTIAL, output.effectiveTier(row));
        assertEquals("7", output.text(row, GridColumns.SCORE));
        assertEquals("部分达成", output.tierLabel(Tier.PARTIAL));
        vm.stack().undo();
        assertNull(row.getChosenTier());
    }

    @Test
    void badFiguresAreRefused() {
        IndicatorRow row = output.rows().get(0);
        assertTrue(output.commit(row, GridColumns.WEIGHT, "两分").isPresent());
        assertNull(row.getWeight());
        assertTrue(output.commit(row, GridColumns.SCORE, "abc").isPresent());
        assertFalse(row.isManual());
    }

    @Test
    void insertDeleteMoveAndDuplicateKeepTheTablesInTheFormsOrder() {
        output.commit(output.rows().get(0), GridColumns.NAME, "A");
        IndicatorRow b = output.insertRow(1);
        output.commit(b, GridColumns.NAME, "B");
        assertEquals("数量指标", b.getLevel2(), "a new row takes the 二级指标 of the row above");
        assertEquals(List.of("A", "B", "", "", ""), names(output));
        assertTrue(output.move(b, -1));
        assertEquals(List.of("B", "A", "", "", ""), names(output));
        assertFalse(output.move(b, -1), "already first");
        List<IndicatorRow> copies = output.duplicate(List.of(output.rows().get(1)));
        assertEquals(List.of("B", "A", "A", "", "", ""), names(output));
        assertEquals("数量指标", copies.get(0).getLevel2());
        output.deleteRows(List.of(output.rows().get(0), output.rows().get(2)));
        assertEquals(List.of("A", "", "", ""), names(output));
        for (int i = 0; i < 5; i++) {
            vm.stack().undo();
        }
        assertEquals(List.of("A", "", "", ""), names(output));
        vm.stack().undo();
        assertEquals(List.of("", "", "", ""), names(output));
        assertEquals(List.of("产出指标/数量指标", "产出指标/质量指标", "产出指标/时效指标", "产出指标/成本指标",
                "效益指标/经济效益指标", "效益指标/社会效益指标", "效益指标/生态效益指标", "效益指标/可持续影响指标",
                "满意度指标/服务对象满意度指标"), allLevels());
    }

    @Test
    void aRowAddedToAnEmptyTableGoesAfterTheTablesBeforeIt() {
        benefit.deleteRows(List.copyOf(benefit.rows()));
        assertTrue(benefit.rows().isEmpty());
        benefit.insertRow(0);
        assertEquals("效益指标/经济效益指标", allLevels().get(4));
        assertEquals("满意度指标/服务对象满意度指标", allLevels().get(5));
    }

    @Test
    void pasteFillsRowsAndAppendsNewOnesAsOneStep() {
        String excel = "质量指标\t为实验室提供知识产权服务\t优良中低差\t\"优，达成\n年度指标\"\t5\t\t\n"
                + "时效指标\t梳理完成情况\t≤11月\t2022.11月完成\t5\t\t\n"
                + "成本指标\t项目预算控制数\t≤112.511万元\t全年执行数69.6559万元\t10\t\t\n"
                + "成本指标\t另一行\t≤1万元\t0.5万元\t2\t\t\n"
                + "成本指标\t再一行\t≤1万元\t0.5万元\t3\t\t\n";
        int before = vm.stack().revisionProperty().get();
        IndicatorTableViewModel.PasteResult result = output.paste(1, GridColumns.LEVEL2, excel);
        assertEquals(before + 1, vm.stack().revisionProperty().get(), "a paste is one step");
        assertEquals(1, result.first());
        assertEquals(5, result.count());
        assertEquals(List.of("", "为实验室提供知识产权服务", "梳理完成情况", "项目预算控制数", "另一行", "再一行"),
                names(output));
        assertEquals("优，达成\n年度指标", output.rows().get(1).getActual());
        assertEquals(new BigDecimal("10"), output.rows().get(3).getWeight());
        assertEquals("得分 25 / 分值 25（建议分值 50）", output.subtotal().getValue());
        assertEquals("满意度指标", vm.form().indicators().get(vm.form().indicators().size() - 1).getLevel1());
        vm.stack().undo();
        assertEquals(List.of("", "", "", ""), names(output));
        assertEquals("得分 0 / 分值 0（建议分值 50）", output.subtotal().getValue());
        vm.stack().redo();
        assertEquals(6, output.rows().size());
    }

    @Test
    void pasteFromTheMiddleColumnAndSkipsALeading一级指标Column() {
        output.paste(0, GridColumns.TARGET, "≥3个\t3个\t2\n");
        IndicatorRow row = output.rows().get(0);
        assertEquals("≥3个", row.getTarget());
        assertEquals("3个", row.getActual());
        assertEquals(new BigDecimal("2"), row.getWeight());
        output.paste(0, GridColumns.LEVEL2, "产出指标\t数量指标\t案例\t≥3个\t3个\t2\t2\t\n");
        assertEquals("案例", row.getName());
        assertFalse(row.isManual(), "a pasted score equal to the suggestion stays the suggestion");
        output.paste(0, GridColumns.NAME, "案例\t≥3个\t2个\t2\t1.5\n");
        assertTrue(row.isManual(), "one that differs is typed");
        assertEquals(new BigDecimal("1.5"), row.getScore());
        output.paste(0, GridColumns.ACTUAL, "3个\t2\t2\n");
        assertFalse(row.isManual(), "equal to the suggestion of the figures pasted with it");
    }

    @Test
    void pasteLeavesBadFiguresOutAndSaysSo() {
        IndicatorTableViewModel.PasteResult result = output.paste(0, GridColumns.NAME, "名\t\t\t两分\n");
        assertEquals(1, result.refused().size());
        assertEquals("名", output.rows().get(0).getName());
        assertNull(output.rows().get(0).getWeight());
    }

    @Test
    void copyPutsTheRowsAsTsvThatPastesBack() {
        IndicatorRow row = output.rows().get(0);
        output.paste(0, GridColumns.LEVEL2, "数量指标\t案例\t≥3个\t3个\t2\t\t\"两行\n说明\"\n");
        String copied = output.copy(List.of(row));
        assertEquals("数量指标\t案例\t≥3个\t3个\t2\t2\t\"两行\n说明\"\n", copied, "the suggested score as it shows");
        output.paste(1, GridColumns.LEVEL2, copied);
        IndicatorRow pasted = output.rows().get(1);
        assertEquals("案例", pasted.getName());
        assertEquals("两行\n说明", pasted.getReason());
        assertFalse(pasted.isManual(), "a suggested score is not copied as typed");
    }

    @Test
    void wholeRowsPasteIntoWholeRowsWhicheverColumnIsSelected() {
        output.paste(0, GridColumns.LEVEL2, "数量指标\t案例\t≥3个\t3个\t2\t\t\n");
        String copied = output.copy(List.of(output.rows().get(0)));
        output.paste(1, GridColumns.NAME, copied); // the officer selected 三级指标 of the next row
        IndicatorRow pasted = output.rows().get(1);
        assertEquals("数量指标", pasted.getLevel2());
        assertEquals("案例", pasted.getName(), "not 数量指标: the row is not shifted by the selected column");
        assertEquals("≥3个", pasted.getTarget());
        assertEquals(new BigDecimal("2"), pasted.getWeight());
        assertFalse(pasted.isManual());
        output.paste(2, GridColumns.WEIGHT, "产出指标\t" + copied); // with a leading 一级指标, too
        assertEquals("案例", output.rows().get(2).getName());
    }
}
