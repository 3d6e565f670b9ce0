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
    void shipsTheThreeEditions() {
        assertEquals(List.of("beijing-2021", "central-2020", "central-2021-101"),
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
                  "execution":{"kind":"PROPORTIONAL","scale":2},
                  "levels":[{"name":"产出指标","weight":50,"secondLevels":["数量指标"]}]}]""";
        Exception e = assertThrows(Exception.class,
                () -> ProfileCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(String.valueOf(e.getMessage()).contains("not 100"), e.getMessage());
    }
}
