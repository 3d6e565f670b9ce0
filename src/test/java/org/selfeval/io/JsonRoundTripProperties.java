package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.scoring.Tier;

/** Saving then loading gives back exactly what was saved. */
class JsonRoundTripProperties {

    private final FormFiles files = new FormFiles();

    @Property(tries = 300)
    void saveThenLoadIsTheIdentity(@ForAll("documents") FormDocument document) throws Exception {
        assertEquals(document, files.read(files.toBytes(document)));
    }

    @Property(tries = 200)
    void aFormThroughTheModelAndBackIsUnchanged(@ForAll("documents") FormDocument document) throws Exception {
        FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());
        FormDocument once = mapper.toDocument(mapper.toModel(files.read(files.toBytes(document))));
        FormDocument twice = mapper.toDocument(mapper.toModel(files.read(files.toBytes(once))));
        assertEquals(once, twice);
    }

    @Provide
    Arbitrary<FormDocument> documents() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u9fa5')
                .withChars('\n', '\t', '"', '\\', '≥', '≤', '％').ofMaxLength(30);
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(new BigDecimal("-1"),
                new BigDecimal("99999999")).ofScale(6).injectNull(0.2);
        Arbitrary<BigDecimal> points = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(2).injectNull(0.1);
        Arbitrary<FormDocument.Amounts> amounts = Combinators.combine(amount, amount, amount)
                .as(FormDocument.Amounts::new);
        Arbitrary<FormDocument.Indicator> indicator = Arbitraries.lazy(() -> Combinators.combine(
                List.of(any(Arbitraries.of("产出指标", "效益指标", "满意度指标", "成本指标")), any(Arbitraries.of("数量指标",
                        "质量指标", "社会效益指标", "服务对象满意度指标")), any(text), any(text), any(text), any(points),
                        any(points), any(Arbitraries.of(true, false)), any(Arbitraries.of(Tier.class).injectNull(0.6)),
                        any(text)))
                .as(v -> new FormDocument.Indicator((String) v.get(0), (String) v.get(1), (String) v.get(2),
                        (String) v.get(3), (String) v.get(4), (BigDecimal) v.get(5), (BigDecimal) v.get(6),
                        (Boolean) v.get(7), (Tier) v.get(8), (String) v.get(9))));
        return Combinators.combine(List.of(
                        any(Arbitraries.of("beijing-2021", "central-2020", "central-2021-101")),
                        any(Arbitraries.integers().between(2000, 2100).injectNull(0.1)), any(text), any(text), any(text),
                        any(amounts), any(amounts), any(amounts), any(amounts), any(indicator.list().ofMaxSize(25))))
                .as(v -> new FormDocument(FormDocument.FORMAT, FormDocument.VERSION, (String) v.get(0), null,
                        new FormDocument.Header((Integer) v.get(1), (String) v.get(2), (String) v.get(3),
                                (String) v.get(4), "", ""),
                        new FormDocument.Funds(BigDecimal.TEN, (FormDocument.Amounts) v.get(5),
                                (FormDocument.Amounts) v.get(6), (FormDocument.Amounts) v.get(7),
                                (FormDocument.Amounts) v.get(8)),
                        new FormDocument.Goals((String) v.get(2), (String) v.get(3)),
                        cast(v.get(9))));
    }

    private static Arbitrary<Object> any(Arbitrary<?> arbitrary) {
        return arbitrary.map(value -> value);
    }

    @SuppressWarnings("unchecked")
    private static List<FormDocument.Indicator> cast(Object list) {
        return (List<FormDocument.Indicator>) list;
    }
}
