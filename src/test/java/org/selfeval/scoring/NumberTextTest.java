package org.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers typed into figure cells: what Chinese input methods produce is understood, anything else refused. */
class NumberTextTest {

    @ParameterizedTest(name = "[{0}] → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "351.59                 | 351.59     | NONE",
        "３５１．５９           | 351.59     | NONE",
        "１，２３４．５         | 1234.5     | NONE",
        "1,234.5                | 1234.5     | NONE",
        "1,234,567.000001       | 1234567.000001 | NONE",
        "'  1 234.5  '          | 1234.5     | NONE",
        "'1\u00a0234'           | 1234       | NONE",
        "'１２３\u3000４５６'   | 123456     | NONE",
        "12.5%                  | 12.5       | PERCENT",
        "１２．５％             | 12.5       | PERCENT",
        "'12.5 %'               | 12.5       | PERCENT",
        "69.6559万元            | 69.6559    | WAN_YUAN",
        "'69.6559 万元'         | 69.6559    | WAN_YUAN",
        "６９．６５５９万元     | 69.6559    | WAN_YUAN",
        "１２。５               | 12.5       | NONE",
        ".5                     | 0.5        | NONE",
        "-3                     | -3         | NONE",
        "－３．５               | -3.5       | NONE",
        "−3.5                   | -3.5       | NONE",
        "+7                     | 7          | NONE",
        "0                      | 0          | NONE",
        "999999999999999.9999999999 | 999999999999999.9999999999 | NONE",
    })
    void understoodAsTyped(String typed, BigDecimal value, NumberText.Suffix suffix) {
        Optional<NumberText.Reading> reading = NumberText.read(typed);
        assertTrue(reading.isPresent(), typed);
        assertEquals(0, value.compareTo(reading.get().value()), typed);
        assertEquals(suffix, reading.get().suffix(), typed);
        assertEquals(reading.get().value(), NumberText.parseDecimal(typed).orElseThrow());
    }

    @ParameterizedTest(name = "[{0}] refused")
    @ValueSource(strings = {"abc", "12万", "100元", "１００元", "12.5.3", "1,23", "1,2345", "12,", ",12", "1e5", "1E5",
        "NaN", "Infinity", "-Infinity", "0x1A", "12/3", "≥12", "约12", "12.5%%", "%12", "万元12", "12万元%",
        "12%万元", "--3", "+-3", "3-", "5.", ".", "-", "%", "万元", "１２３ａｂｃ", "一百", "12、5", "1_000",
        "1234567890123456", "1.12345678901", "٣", "१२", "12\u200b3", "1;2"})
    void refused(String typed) {
        assertEquals(Optional.empty(), NumberText.read(typed), typed);
        assertEquals(Optional.empty(), NumberText.parseDecimal(typed), typed);
    }

    @Test
    void blankIsNotANumberButIsToldApartFromRefusedText() {
        for (String blank : new String[] {null, "", "   ", "\u3000", "\t"}) {
            assertEquals(Optional.empty(), NumberText.parseDecimal(blank));
            assertTrue(NumberText.isBlank(blank));
        }
        assertFalse(NumberText.isBlank("abc"));
        assertFalse(NumberText.isBlank("12"));
    }

    @Test
    void aVeryLongTextIsRefusedWithoutWork() {
        assertEquals(Optional.empty(), NumberText.parseDecimal("1".repeat(10_000_000)));
    }
}
