package org.selfeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.check.FormChecker;
import org.selfeval.check.Problem;
import org.selfeval.check.Severity;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsLine;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ExecutionRule;
import org.selfeval.scoring.Grade;

/** The acceptance examples: both published Beijing forms, reproduced figure for figure. */
class ReferenceFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/forms/reference-2021.json, 64.26, 6.43, 95.43",
            "/forms/reference-2022.json, 61.91, 6.19, 95.19",
    })
    void reproducesThePublishedFigures(String resource, BigDecimal percent, BigDecimal executionScore,
                                       BigDecimal total) {
        FormModel form = Fixtures.model(resource);
        BigDecimal rate = form.funds(FundsLine.TOTAL).rateBinding().get();
        assertEquals(percent, form.shownPercent(rate));
        assertEquals(executionScore, form.executionScoreBinding().get());
        assertEquals(0, total.compareTo(form.getTotal()), "total " + form.getTotal());
        assertEquals(Grade.EXCELLENT, form.getGrade());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(form.weightTotalBinding().get()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Fixtures.FORM_2021, Fixtures.FORM_2022})
    void theRulesSuggestEveryPublishedScoreTheOfficerDidNotOverride(String resource) {
        FormDocument published = Fixtures.document(resource);
        FormModel form = Fixtures.model(resource);
        for (int i = 0; i < published.indicators().size(); i++) {
            FormDocument.Indicator row = published.indicators().get(i);
            IndicatorRow scored = form.indicators().get(i);
            if (!row.scoreManual()) {
                assertEquals(0, row.score().compareTo(scored.getSuggestion().score()),
                        row.name() + ": published " + row.score() + ", suggested " + scored.getSuggestion().score());
            }
            assertEquals(0, row.score().compareTo(scored.getScore()), row.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Fixtures.FORM_2021, Fixtures.FORM_2022})
    void everyScoreBelowItsWeightHasAReason(String resource) {
        List<FormDocument.Indicator> rows = Fixtures.document(resource).indicators();
        List<FormDocument.Indicator> below = rows.stream().filter(r -> r.score().compareTo(r.weight()) < 0).toList();
        assertFalse(below.isEmpty(), "each reference form has one score below its weight");
        below.forEach(r -> assertFalse(r.reason().isBlank(), r.name()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Fixtures.FORM_2021, Fixtures.FORM_2022})
    void thePublishedFormsHaveNoErrors(String resource) {
        List<Problem> problems = new FormChecker(Messages.chinese()).check(Fixtures.model(resource));
        assertTrue(problems.stream().noneMatch(p -> p.severity() == Severity.ERROR), problems.toString());
    }
}
