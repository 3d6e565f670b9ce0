package org.selfeval.rollover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.Fixtures;
import org.selfeval.check.FormChecker;
import org.selfeval.check.Location;
import org.selfeval.check.Problem;
import org.selfeval.check.Severity;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.scoring.Tier;

class NextYearFormTest {

    private final FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());
    private final NextYearForm nextYear = new NextYearForm(mapper);

    @Test
    void theReference2022BecomesA2023FormWithItsIndicatorsAndTargetsAndNoResults() {
        FormDocument before = Fixtures.document(Fixtures.FORM_2022);
        FormModel form = mapper.toModel(before);
        NextYearForm.Result result = nextYear.from(form);
        FormDocument after = result.document();

        assertEquals(2022, result.fromYear());
        assertEquals(2023, after.header().year());
        assertEquals(before.header().projectName(), after.header().projectName(), "the name holds no year");
        assertFalse(result.renamed());
        assertEquals(before.header().department(), after.header().department());
        assertEquals(before.header().implementingUnit(), after.header().implementingUnit());
        assertEquals(before.header().projectLeader(), after.header().projectLeader());
        assertEquals(before.header().phone(), after.header().phone());
        assertEquals(before.edition(), after.edition());
        assertEquals(0, before.funds().executionWeight().compareTo(after.funds().executionWeight()));
        for (FormDocument.Amounts a : List.of(after.funds().total(), after.funds().currentYear(),
                after.funds().carriedOver(), after.funds().other())) {
            assertEquals(new FormDocument.Amounts(null, null, null), a);
        }
        assertEquals(6, result.amounts(), "the 2022 form has six amounts");
        assertEquals(before.goals().expected(), after.goals().expected());
        assertEquals("", after.goals().achieved());

        assertEquals(before.indicators().size(), after.indicators().size());
        for (int i = 0; i < before.indicators().size(); i++) {
            FormDocument.Indicator was = before.indicators().get(i);
            FormDocument.Indicator is = after.indicators().get(i);
            assertEquals(was.level1(), is.level1());
            assertEquals(was.level2(), is.level2());
            assertEquals(was.name(), is.name());
            assertEquals(was.target(), is.target());
            assertEquals(0, was.weight().compareTo(is.weight()));
            assertEquals("", is.actual());
            assertNull(is.score(), is.name());
            assertFalse(is.scoreManual());
            assertNull(is.tier());
            assertEquals("", is.reason());
        }
        assertEquals(before.indicators().size(), result.indicators());
        assertEquals(2022, form.getYear(), "this year's form is left as it was");
        assertFalse(form.indicators().get(0).getActual().isEmpty());
    }

    @Test
    void theNewFormIsReportedUnfinishedNotWrong() {
        FormModel next = mapper.toModel(nextYear.from(Fixtures.model(Fixtures.FORM_2022)).document());
        List<Problem> problems = new FormChecker(Messages.chinese()).check(next);
        // The only error is the budget the officer must now type; what was carried over is all in order.
        List<Problem> errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).location() instanceof Location.Funds, errors.toString());
        long missingActuals = problems.stream().filter(p -> p.severity() == Severity.WARNING)
                .filter(p -> p.message().equals(Messages.chinese().get("check.indicator.noActual"))).count();
        assertEquals(next.indicators().size(), missingActuals);
        assertEquals(0, next.weightTotalBinding().get().compareTo(BigDecimal.valueOf(100)));
    }

    @Test
    void aYearAtTheStartOfTheNameMovesOnWithTheForm() {
        FormModel form = Fixtures.model(Fixtures.FORM_2021);
        String name = form.getProjectName();
        assertTrue(name.startsWith("2021年"), name);
        NextYearForm.Result result = nextYear.from(form);
        assertEquals("2022年" + name.substring("2021年".length()), result.document().header().projectName());
        assertTrue(result.renamed());
        assertTrue(result.describe(Messages.chinese()).contains(Messages.chinese().get("nextYear.note.renamed",
                "2022")));

        form.projectNameProperty().set("2021年度科技协同创新项目");
        assertEquals("2022年度科技协同创新项目", nextYear.from(form).document().header().projectName());

        form.projectNameProperty().set("2035远景规划研究");
        assertEquals("2035远景规划研究", nextYear.from(form).document().header().projectName(),
                "a year that is not the form's stays");

        form.yearProperty().set(null);
        assertNull(nextYear.from(form).toYear(), "2035远景 is a name, not a year");
        form.projectNameProperty().set("2021年度科技协同创新项目");
        result = nextYear.from(form);
        assertEquals(2022, result.document().header().year(), "the year read from the name");
        assertEquals("2022年度科技协同创新项目", result.document().header().projectName());

        form.projectNameProperty().set("科技协同创新项目");
        result = nextYear.from(form);
        assertNull(result.toYear());
        assertTrue(result.describe(Messages.chinese()).contains(Messages.chinese().get("nextYear.note.noYear")));
    }

    @Test
    void typedScoresAndChosenTiersAreClearedAndTheNoteSaysSo() {
        FormModel form = Fixtures.model(Fixtures.FORM_2021);
        form.indicators().get(0).chosenTierProperty().set(Tier.PARTIAL);
        form.indicators().get(1).enteredScoreProperty().set(BigDecimal.ONE);
        FormDocument after = nextYear.from(form).document();
        assertNull(after.indicators().get(0).tier());
        assertNull(after.indicators().get(1).score());
        List<String> note = nextYear.from(form).describe(Messages.chinese());
        assertTrue(note.get(0).contains("2021") && note.get(0).contains("2022"), note.toString());
        assertTrue(note.stream().anyMatch(l -> l.contains("实际完成值") && l.contains(
                String.valueOf(form.indicators().size()))), note.toString());
        assertTrue(note.stream().anyMatch(l -> l.contains("项目资金")), note.toString());
        assertTrue(note.stream().anyMatch(l -> l.contains("实际完成情况")), note.toString());
    }
}
