package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.selfeval.check.FormField;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ProfileCatalog;

class FormViewModelTest {

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final Messages messages = Messages.chinese();

    private FormViewModel blank() {
        return new FormViewModel(BlankForms.create(catalog.defaultProfile()), messages, Debouncer.immediate());
    }

    private FormViewModel reference2022() {
        return new FormViewModel(new FormMapper(catalog).toModel(Forms.read(Forms.reference(2022))), messages,
                Debouncer.immediate());
    }

    @Test
    void aNewFormHasTheDefaultWeightAndOneEmptyRowPerSecondLevel() {
        FormViewModel vm = blank();
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"),
                vm.tables().stream().map(IndicatorTableViewModel::levelName).toList());
        assertEquals(List.of("数量指标", "质量指标", "时效指标", "成本指标"),
                vm.tables().get(0).rows().stream().map(IndicatorRow::getLevel2).toList());
        assertEquals(1, vm.tables().get(2).rows().size());
        assertEquals("10", vm.funds().executionWeight().getValue());
        assertEquals("得分 0 / 分值 0（建议分值 50）", vm.tables().get(0).subtotal().getValue());
        assertFalse(vm.stack().isDirty());
    }

    @Test
    void theReferenceFormShowsItsFiguresAsPrinted() {
        FormViewModel vm = reference2022();
        assertEquals("112.511000", vm.funds().amount(FundsLine.TOTAL, FundsColumn.ANNUAL_BUDGET).getValue());
        assertEquals("61.91%", vm.funds().rate(FundsLine.TOTAL).getValue());
        assertEquals("61.91%", vm.funds().rate(FundsLine.CURRENT_YEAR).getValue());
        assertEquals("", vm.funds().rate(FundsLine.OTHER).getValue());
        assertEquals("6.19", vm.summary().executionScore().getValue());
        assertEquals("95.19", vm.summary().total().getValue());
        assertEquals("优", vm.summary().grade().getValue());
        assertEquals("100", vm.summary().weightTotal().getValue());
        assertTrue(vm.summary().weightsOk().get());
        assertEquals("得分 50 / 分值 50（建议分值 50）", vm.tables().get(0).subtotal().getValue());
        assertEquals("得分 29 / 分值 30（建议分值 30）", vm.tables().get(1).subtotal().getValue());
        // three overshoot warnings (5次 for ≥3次, 2个 for ≥1个 twice), as the command line reports
        assertEquals("问题 3（错误 0）", vm.summary().problemCount().getValue());
    }

    @Test
    void amountsAreReadAsTypedAndShownWithSixDecimals() {
        FormViewModel vm = blank();
        FundsViewModel funds = vm.funds();
        for (String typed : List.of("351.59", "３５１．５９", " 351.590 ")) {
            assertEquals(Optional.empty(), funds.commitAmount(FundsLine.TOTAL, FundsColumn.ANNUAL_BUDGET, typed));
            assertEquals("351.590000", funds.amount(FundsLine.TOTAL, FundsColumn.ANNUAL_BUDGET).getValue());
        }
        funds.commitAmount(FundsLine.TOTAL, FundsColumn.EXECUTED, "1,234.5");
        assertEquals("1234.500000", funds.amount(FundsLine.TOTAL, FundsColumn.EXECUTED).getValue());
        assertEquals("351.12%", funds.rate(FundsLine.TOTAL).getValue());
        assertEquals("10", vm.summary().executionScore().getValue(), "capped at the weight");
    }

    @Test
    void anAmountThatIsNotANumberIsRefusedAndTheOldValueKept() {
        FormViewModel vm = blank();
        vm.funds().commitAmount(FundsLine.TOTAL, FundsColumn.ANNUAL_BUDGET, "100");
        int revision = vm.stack().revisionProperty().get();
        Optional<String> refused = vm.funds().commitAmount(FundsLine.TOTAL, FundsColumn.ANNUAL_BUDGET, "一百万");
        assertTrue(refused.orElseThrow().contains("一百万"));
        assertEquals("100.000000", vm.funds().amount(FundsLine.TOTAL, FundsColumn.ANNUAL_BUDGET).getValue());
        assertEquals(revision, vm.stack().revisionProperty().get(), "nothing was put on the undo stack");
    }

    @Test
    void blankEmptiesAnAmount() {
        FormViewModel vm = blank();
        vm.funds().commitAmount(FundsLine.OTHER, FundsColumn.INITIAL_BUDGET, "5");
        vm.funds().commitAmount(FundsLine.OTHER, FundsColumn.INITIAL_BUDGET, "");
        assertEquals("", vm.funds().amount(FundsLine.OTHER, FundsColumn.INITIAL_BUDGET).getValue());
    }

    @Test
    void theYearMustBeAYear() {
        FormViewModel vm = blank();
        assertEquals(Optional.empty(), vm.header().commit(FormField.YEAR, "２０２２"));
        assertEquals(2022, vm.form().getYear());
        assertTrue(vm.header().commit(FormField.YEAR, "22.5").isPresent());
        assertTrue(vm.header().commit(FormField.YEAR, "去年").isPresent());
        assertEquals("2022", vm.header().text(FormField.YEAR).getValue());
    }

    @Test
    void eachCommittedFieldIsOneUndoStepAndUndoingToTheSavedStateIsClean() {
        FormViewModel vm = blank();
        vm.header().commit(FormField.PROJECT_NAME, "实验室科研协作与成果落地保障");
        vm.stack().markSaved();
        vm.header().commit(FormField.DEPARTMENT, "北京市科学技术委员会");
        vm.goals().commit(FormField.EXPECTED_GOAL, "第一行\n第二行");
        assertTrue(vm.stack().isDirty());
        vm.stack().undo();
        assertEquals("", vm.goals().text(FormField.EXPECTED_GOAL).getValue());
        vm.stack().undo();
        assertEquals("", vm.header().text(FormField.DEPARTMENT).getValue());
        assertFalse(vm.stack().isDirty());
        assertEquals("实验室科研协作与成果落地保障", vm.header().text(FormField.PROJECT_NAME).getValue());
    }

    @Test
    void committingTheSameTextAddsNoStep() {
        FormViewModel vm = blank();
        vm.header().commit(FormField.PHONE, "55571297");
        int revision = vm.stack().revisionProperty().get();
        vm.header().commit(FormField.PHONE, "55571297");
        assertEquals(revision, vm.stack().revisionProperty().get());
    }

    @Test
    void checksRunThroughTheDebouncerAfterEdits() {
        List<Runnable> pending = new ArrayList<>();
        FormViewModel vm = new FormViewModel(new FormMapper(catalog).toModel(Forms.read(Forms.reference(2022))),
                messages, pending::add);
        IndicatorTableViewModel output = vm.tables().get(0);
        IndicatorRow first = output.rows().get(0);
        output.commit(first, GridColumns.SCORE, "3");
        output.commit(first, GridColumns.SCORE, "4");
        Location cell = new Location.Cell(first.id(), 0, IndicatorColumn.SCORE);
        assertTrue(vm.problems().messageAt(cell).isEmpty(), "not checked before the pause");
        assertEquals(2, pending.size());
        pending.get(pending.size() - 1).run();
        assertEquals("得分 4 超过分值 2。", vm.problems().messageAt(cell).orElseThrow());
        assertEquals("问题 4（错误 1）", vm.summary().problemCount().getValue());
    }

    @Test
    void aProblemAppearsWhenAScoreExceedsItsWeightAndVanishesWhenFixed() {
        FormViewModel vm = reference2022();
        IndicatorTableViewModel output = vm.tables().get(0);
        IndicatorRow row = output.rows().get(1);
        output.commit(row, GridColumns.SCORE, "3");
        Location cell = new Location.Cell(row.id(), 1, IndicatorColumn.SCORE);
        assertTrue(vm.problems().messageAt(cell).isPresent());
        assertEquals("97.19", vm.summary().total().getValue());
        output.commit(row, GridColumns.SCORE, "");
        assertTrue(vm.problems().messageAt(cell).isEmpty());
        assertFalse(row.isManual(), "a blank score goes back to the suggestion");
        assertEquals("95.19", vm.summary().total().getValue());
    }

    @Test
    void problemLinesNameSeverityAndPlace() {
        FormViewModel vm = blank();
        String line = vm.problems().describe(vm.problems().problems().get(0));
        assertTrue(line.startsWith("【错误】"), line);
    }

    @Test
    void executionWeightIsEditable() {
        FormViewModel vm = blank();
        vm.funds().commitExecutionWeight("15");
        assertEquals(new BigDecimal("15"), vm.form().executionWeightProperty().get());
        assertTrue(vm.funds().commitExecutionWeight("十").isPresent());
    }
}
