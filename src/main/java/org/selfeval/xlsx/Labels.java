package org.selfeval.xlsx;

import java.util.regex.Pattern;
import org.selfeval.scoring.NumberText;

/**
 * How the importer compares printed labels: as others type them, with spaces from 分散对齐, full-width
 * colons, a 其中 prefix, a unit or weight in brackets ({@code 产出指标(50分)}, {@code 项目资金（元）}).
 */
final class Labels {

    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern TEMPLATE = Pattern.compile("^指标\\d+[:：]?");
    private static final Pattern WEIGHT_NOTE = Pattern.compile("[(（]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）]");

    private Labels() {
    }

    /** The comparable form of a label: half-width, no spaces, no bracketed parts, no 其中 or trailing colon. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = NumberText.stripSpaces(NumberText.toHalfWidth(text));
        s = BRACKETS.matcher(s).replaceAll("");
        if (s.startsWith("其中")) {
            s = s.substring(2);
            if (s.startsWith(":")) {
                s = s.substring(1);
            }
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * A 一级/二级 name as the edition spells it: without the spaces of 分散对齐 (full-width too), line breaks and a
     * weight note: {@code 产 出 指 标}, {@code 经济效益↵指标}, {@code 产出指标(50分)} → {@code 产出指标}.
     */
    static String levelName(String text) {
        return WEIGHT_NOTE.matcher(NumberText.stripSpaces(text == null ? "" : text)).replaceAll("");
    }

    /** A 三级指标 name without a template's numbering: {@code 指标1：调研数量} → {@code 调研数量}. */
    static String indicatorName(String text) {
        String s = text == null ? "" : text.strip();
        return TEMPLATE.matcher(s).replaceFirst("").strip();
    }

    /** A typed text, with placeholders (—, -, /, ……) read as nothing. */
    static String value(String text) {
        return NumberText.isPlaceholder(text) ? "" : text.strip();
    }
}
