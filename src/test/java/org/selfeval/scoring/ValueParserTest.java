package org.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.Fixtures;
import org.selfeval.io.FormDocument;

class ValueParserTest {

    /** text | kind | relation | value | unit | year — every short target and actual of both reference forms. */
    private static final String REFERENCE_TABLE = """
            15个            | NUMBER      |          | 15      | 个   |
            28个            | NUMBER      |          | 28      | 个   |
            8次             | NUMBER      |          | 8       | 次   |
            20项            | NUMBER      |          | 20      | 项   |
            25项            | NUMBER      |          | 25      | 项   |
            30项            | NUMBER      |          | 30      | 项   |
            4项             | NUMBER      |          | 4       | 项   |
            6项             | NUMBER      |          | 6       | 项   |
            2项             | NUMBER      |          | 2       | 项   |
            3项             | NUMBER      |          | 3       | 项   |
            100%            | NUMBER      |          | 100     | %    |
            0               | NUMBER      |          | 0       |      |
            ≥3个            | NUMBER      | AT_LEAST | 3       | 个   |
            3个             | NUMBER      |          | 3       | 个   |
            ≥3次            | NUMBER      | AT_LEAST | 3       | 次   |
            5次             | NUMBER      |          | 5       | 次   |
            ≥120家          | NUMBER      | AT_LEAST | 120     | 家   |
            121家           | NUMBER      |          | 121     | 家   |
            ≥30项           | NUMBER      | AT_LEAST | 30      | 项   |
            31项            | NUMBER      |          | 31      | 项   |
            ≥1个            | NUMBER      | AT_LEAST | 1       | 个   |
            1个             | NUMBER      |          | 1       | 个   |
            2个             | NUMBER      |          | 2       | 个   |
            ≥2次            | NUMBER      | AT_LEAST | 2       | 次   |
            2次             | NUMBER      |          | 2       | 次   |
            ≤11月           | NUMBER      | AT_MOST  | 11      | 月   |
            2022.11月完成   | NUMBER      |          | 11      | 月   | 2022
            ≤112.511万元    | NUMBER      | AT_MOST  | 112.511 | 万元 |
            全年执行数69.6559万元 | NUMBER | |   69.6559 | 万元 |
            ≥85%            | NUMBER      | AT_LEAST | 85      | %    |
            93%             | NUMBER      |          | 93      | %    |
            优良中低差      | QUALITATIVE |          |         |      |
            优，达成年度指标 | QUALITATIVE |          |         |      |
            新建2家国防单位对接渠道 | QUALITATIVE | |       |      |
            军民科技协同创新平台建设 | QUALITATIVE | |      |      |
            科委专项工作支撑 | QUALITATIVE |          |         |      |
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = REFERENCE_TABLE)
    void readsEveryShortValueOfTheReferenceForms(String text, ParsedValue.Kind kind, Relation relation,
                                                 BigDecimal value, String unit, Integer year) {
        assertParses(text, kind, relation, value, unit, year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥3个              | NUMBER | AT_LEAST | 3      | 个   |
            >=90%             | NUMBER | AT_LEAST | 90     | %    |
            =100%             | NUMBER | EQUAL    | 100    | %    |
            ≤11月             | NUMBER | AT_MOST  | 11     | 月   |
            满意度大于90%     | NUMBER | AT_LEAST | 90     | %    |
            不低于95%         | NUMBER | AT_LEAST | 95     | %    |
            不少于10次        | NUMBER | AT_LEAST | 10     | 次   |
            达到3项           | NUMBER | AT_LEAST | 3      | 项   |
            90%以上           | NUMBER | AT_LEAST | 90     | %    |
            5家及以上         | NUMBER | AT_LEAST | 5      | 家   |
            高于80%           | NUMBER | AT_LEAST | 80     | %    |
            超过2次           | NUMBER | AT_LEAST | 2      | 次   |
            不超过100万元     | NUMBER | AT_MOST  | 100    | 万元 |
            不高于5%          | NUMBER | AT_MOST  | 5      | %    |
            30天以内          | NUMBER | AT_MOST  | 30     | 天   |
            3个月以下         | NUMBER | AT_MOST  | 3      | 个月 |
            低于2%            | NUMBER | AT_MOST  | 2      | %    |
            少于3次           | NUMBER | AT_MOST  | 3      | 次   |
            小于1天           | NUMBER | AT_MOST  | 1      | 天   |
            <5%               | NUMBER | AT_MOST  | 5      | %    |
            >0                | NUMBER | AT_LEAST | 0      |      |
            及时              | QUALITATIVE | |      |      |
            """)
    void readsTheFormSpecificationExamples(String text, ParsedValue.Kind kind, Relation relation,
                                           BigDecimal value, String unit, Integer year) {
        assertParses(text, kind, relation, value, unit, year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            １２０             | NUMBER |          | 120    |      |
            ＞＝９０％         | NUMBER | AT_LEAST | 90     | %    |
            ≥１５个            | NUMBER | AT_LEAST | 15     | 个   |
            ＜＝１１２．５１１万元 | NUMBER | AT_MOST | 112.511 | 万元 |
            ＝１００％         | NUMBER | EQUAL    | 100    | %    |
            1,234.5万元        | NUMBER |          | 1234.5 | 万元 |
            '≥ 3 个'           | NUMBER | AT_LEAST | 3      | 个   |
            2022年11月         | NUMBER |          | 11     | 月   | 2022
            """)
    void foldsFullWidthInputAndSpaces(String text, ParsedValue.Kind kind, Relation relation, BigDecimal value,
                                      String unit, Integer year) {
        assertParses(text, kind, relation, value, unit, year);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"abc", "不详", "≥", "%", "个", "……", "——", "1-3个", "2021年1月-3月", "第1季度完成2项",
            "2022年11月30日前", "约3～5个", "①②③", "\u0000\u0001", "≥≥≥", "１２３４５６７８９０１２３４５６７８９０abc的的的的的的的",
            "2022.13月"})
    void treatsGarbageAndSentencesAsQualitative(String text) {
        assertEquals(ParsedValue.Kind.QUALITATIVE, ValueParser.parse(text).kind(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\n\t"})
    void blankIsEmpty(String text) {
        assertEquals(ParsedValue.Kind.EMPTY, ValueParser.parse(text).kind());
        assertEquals(ParsedValue.Kind.EMPTY, ValueParser.parse(null).kind());
    }

    @Test
    void aLongNumberStaysExact() {
        ParsedValue v = ValueParser.parse("≤123456789012345.678901万元");
        assertEquals(0, new BigDecimal("123456789012345.678901").compareTo(v.value()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceStrings")
    void everyTargetAndActualOfTheReferenceFormsIsReadAsTheTableSaysOrAsASentence(String text) {
        Set<String> shortOnes = new LinkedHashSet<>();
        REFERENCE_TABLE.lines().map(l -> l.split("\\|")[0].strip()).forEach(shortOnes::add);
        if (shortOnes.contains(text)) {
            return; // checked value by value above
        }
        // The rest are whole sentences (the 2021 form's schedules and goals): qualitative, never a number.
        assertTrue(text.codePointCount(0, text.length()) > 15, "not in the table and not a sentence: " + text);
        assertEquals(ParsedValue.Kind.QUALITATIVE, ValueParser.parse(text).kind(), text);
    }

    static Stream<String> referenceStrings() {
        return Stream.of(Fixtures.FORM_2021, Fixtures.FORM_2022)
                .flatMap(f -> Fixtures.document(f).indicators().stream())
                .flatMap((FormDocument.Indicator i) -> Stream.of(i.target(), i.actual()))
                .distinct();
    }

    private static void assertParses(String text, ParsedValue.Kind kind, Relation relation, BigDecimal value,
                                     String unit, Integer year) {
        ParsedValue parsed = ValueParser.parse(text);
        assertEquals(kind, parsed.kind(), "kind of " + text);
        if (kind != ParsedValue.Kind.NUMBER) {
            return;
        }
        assertEquals(relation, parsed.relation(), "relation of " + text);
        assertEquals(0, value.compareTo(parsed.value()), "value of " + text + ": " + parsed.value());
        assertEquals(unit == null ? "" : unit, parsed.unit(), "unit of " + text);
        if (year == null) {
            assertNull(parsed.year(), "year of " + text);
        } else {
            assertEquals(year, parsed.year(), "year of " + text);
        }
    }
}
