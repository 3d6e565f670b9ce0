package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.selfeval.scoring.ProfileCatalog;

/**
 * Whatever number a file may hold in the forms JSON allows (sign, digits, fraction, exponent of any size), the
 * program either refuses it on reading or opens it, saves it (through the model, as Ctrl+S does) and reads the
 * same value back: a form that opens can always be saved.
 */
class NumberFormsProperties {

    private final FormFiles files = new FormFiles();
    private final FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());

    @Property(tries = 400)
    void aNumberThatOpensIsSavedAndReadBack(@ForAll("numbers") String number) throws Exception {
        String json = "{\"format\":\"selfeval.form\",\"version\":\"1.0\",\"funds\":{\"executionWeight\":" + number
                + ",\"total\":{\"annualBudget\":" + number + "}},\"indicators\":[{\"level1\":\"产出指标\","
                + "\"weight\":" + number + ",\"score\":" + number + "}]}";
        FormDocument read;
        try {
            read = files.read(json.getBytes(StandardCharsets.UTF_8));
        } catch (FormReadException refused) {
            return; // refused in one plain line: nothing to save
        }
        FormDocument saved = mapper.toDocument(mapper.open(read));
        Path file = Files.createTempFile("number", ".json");
        try {
            files.write(file, saved);
            FormDocument again = files.read(file);
            BigDecimal expected = read.indicators().get(0).weight();
            assertEquals(0, expected.compareTo(again.indicators().get(0).weight()), number);
            assertEquals(0, read.funds().total().annualBudget().compareTo(again.funds().total().annualBudget()),
                    number);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
        }
    }

    /** JSON numbers: an optional minus, digits, an optional fraction, an optional exponent small or huge. */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> whole = Arbitraries.oneOf(Arbitraries.just("0"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18).map(s -> s.replaceFirst("^0+(?=.)", ""))
                        .filter(s -> !s.startsWith("0")));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(24).map(s -> "." + s));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                        Arbitraries.oneOf(Arbitraries.integers().between(0, 40),
                                Arbitraries.integers().between(0, 999_999_999),
                                Arbitraries.of(Integer.MAX_VALUE, 2_147_483_648L).map(String::valueOf)
                                        .map(Long::parseLong).map(Long::intValue)))
                        .as((e, s, n) -> e + s + Math.abs((long) n)));
        return Combinators.combine(sign, whole, fraction, exponent).as((s, w, f, e) -> s + w + f + e);
    }
}
