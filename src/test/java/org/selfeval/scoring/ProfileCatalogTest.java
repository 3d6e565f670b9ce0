package org.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileCatalogTest {

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();

    @Test
    void shipsTheEditions() {
        assertEquals(List.of("beijing-2021", "central-2020", "central-2021-101", "yuan-no-leader",
                        "whole-points-down", "whole-points", "initial-budget-2016"),
                catalog.all().stream().map(Profile::id).toList());
        assertEquals("beijing-2021", catalog.defaultProfile().id());
    }

    @Test
    void editionsDifferAsTheirSourcesSay() {
        Profile beijing = catalog.find("beijing-2021").orElseThrow();
        Profile central = catalog.find("central-2020").orElseThrow();
        Profile doc101 = catalog.find("central-2021-101").orElseThrow();
        assertTrue(beijing.hasLeaderRow());
        assertFalse(central.hasLeaderRow());
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), beijing.levels().stream().map(Profile.Level::name).toList());
        assertEquals(List.of("成本指标", "产出指标", "效益指标", "满意度指标"),
                doc101.levels().stream().map(Profile.Level::name).toList());
        assertTrue(beijing.allows("产出指标", "成本指标"));
        assertFalse(doc101.allows("产出指标", "成本指标"));
        assertTrue(doc101.allows("成本指标", "经济成本指标"));
        assertEquals(ExecutionRule.Kind.BANDS, doc101.execution().kind());
        assertEquals("其中:当年财政拨款", beijing.fundRowLabels().get(1));
    }

    @Test
    void refusesAnEditionWhoseWeightsDoNotAddUpToAHundred() {
        String json = """
                [{"id":"x","name":"x","title":"t","amountUnit":"元","amountScale":2,"hasLeaderRow":false,
                  "fundRowLabels":["a","b","c","d"],"executionWeight":10,
                  "execution":{"kind":"PROPORTIONAL"},
                  "rounding":{"rate":{"decimals":2,"mode":"HALF_UP"},"executionScore":{"decimals":2,"mode":"HALF_UP"},
                              "indicator":{"decimals":2,"mode":"HALF_UP"}},
                  "levels":[{"name":"产出指标","weight":50,"secondLevels":["数量指标"]}]}]""";
        InvalidEditionException e = assertThrows(InvalidEditionException.class, () -> read(json));
        assertEquals("edition.error.broken", e.key());
        assertTrue(String.valueOf(e.args()[1]).contains("not 100"), e.getMessage());
    }

    @Test
    void aRoundingOutOfRangeOrAnUnknownFieldIsOnePlainRefusalNamingTheField() {
        String base = new String(readResource(), StandardCharsets.UTF_8);
        InvalidEditionException decimals = assertThrows(InvalidEditionException.class,
                () -> read(base.replaceFirst("\"decimals\": 2", "\"decimals\": 3")));
        assertTrue(String.valueOf(decimals.args()[1]).contains("rounding.rate"), decimals.getMessage());
        InvalidEditionException unknown = assertThrows(InvalidEditionException.class,
                () -> read(base.replaceFirst("\"title\"", "\"roundingMode\": \"x\", \"title\"")));
        assertTrue(String.valueOf(unknown.args()[1]).contains("roundingMode"), unknown.getMessage());
        InvalidEditionException mode = assertThrows(InvalidEditionException.class,
                () -> read(base.replaceFirst("\"HALF_UP\"", "\"HALF_EVEN\"")));
        assertTrue(String.valueOf(mode.args()[1]).contains("mode"), mode.getMessage());
    }

    @Test
    void anUnknownIdIsOnePlainRefusalListingTheKnownOnes() {
        InvalidEditionException e = assertThrows(InvalidEditionException.class, () -> catalog.require("shanghai"));
        assertEquals("edition.error.unknown", e.key());
        assertTrue(String.valueOf(e.args()[1]).contains("yuan-no-leader"));
    }

    private static ProfileCatalog read(String json) {
        return ProfileCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static byte[] readResource() {
        try (var in = ProfileCatalog.class.getResourceAsStream("profiles.json")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
