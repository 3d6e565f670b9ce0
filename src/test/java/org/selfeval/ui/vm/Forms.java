package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormReadException;

/** The reference forms of the test resources, and a semantic comparison of form documents. */
public final class Forms {

    private Forms() {
    }

    public static Path reference(int year) {
        try {
            return Path.of(Forms.class.getResource("/forms/reference-" + year + ".json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FormDocument read(Path path) {
        try {
            return new FormFiles().read(path);
        } catch (FormReadException e) {
            throw new AssertionError(path + ": " + e.messageKey(), e);
        }
    }

    /** Asserts two documents hold the same form: texts equal, figures equal by value (351.59 = 351.590000). */
    public static void assertSameForm(FormDocument expected, FormDocument actual) {
        assertEquals(expected.edition(), actual.edition(), "edition");
        assertEquals(expected.header(), actual.header(), "header");
        assertEquals(expected.goals(), actual.goals(), "goals");
        FormDocument.Funds ef = expected.funds();
        FormDocument.Funds af = actual.funds();
        assertFigure(ef.executionWeight(), af.executionWeight(), "executionWeight");
        assertAmounts(ef.total(), af.total(), "total");
        assertAmounts(ef.currentYear(), af.currentYear(), "currentYear");
        assertAmounts(ef.carriedOver(), af.carriedOver(), "carriedOver");
        assertAmounts(ef.other(), af.other(), "other");
        List<FormDocument.Indicator> ei = expected.indicators();
        List<FormDocument.Indicator> ai = actual.indicators();
        assertEquals(ei.size(), ai.size(), "indicator count");
        for (int i = 0; i < ei.size(); i++) {
            FormDocument.Indicator e = ei.get(i);
            FormDocument.Indicator a = ai.get(i);
            String at = "indicator " + (i + 1) + " ";
            assertEquals(e.level1(), a.level1(), at + "level1");
            assertEquals(e.level2(), a.level2(), at + "level2");
            assertEquals(e.name(), a.name(), at + "name");
            assertEquals(e.target(), a.target(), at + "target");
            assertEquals(e.actual(), a.actual(), at + "actual");
            assertFigure(e.weight(), a.weight(), at + "weight");
            assertFigure(e.score(), a.score(), at + "score");
            assertEquals(e.scoreManual(), a.scoreManual(), at + "scoreManual");
            assertEquals(e.tier(), a.tier(), at + "tier");
            assertEquals(e.reason(), a.reason(), at + "reason");
        }
    }

    private static void assertAmounts(FormDocument.Amounts e, FormDocument.Amounts a, String what) {
        assertFigure(e.initialBudget(), a.initialBudget(), what + ".initialBudget");
        assertFigure(e.annualBudget(), a.annualBudget(), what + ".annualBudget");
        assertFigure(e.executed(), a.executed(), what + ".executed");
    }

    private static void assertFigure(BigDecimal e, BigDecimal a, String what) {
        if (e == null || a == null) {
            assertEquals(e, a, what);
        } else {
            assertEquals(0, e.compareTo(a), what + ": expected " + e + " but was " + a);
        }
    }
}
