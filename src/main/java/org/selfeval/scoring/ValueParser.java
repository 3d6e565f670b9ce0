package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads targets and actuals as officers write them: {@code 15个}, {@code ≥3个}, {@code ≤112.511万元},
 * {@code >=90%}, {@code 满意度大于90%}, {@code 全年执行数69.6559万元}, {@code ≤11月}, {@code 2022.11月完成},
 * with full-width digits and signs. Text with no single number, or with a number buried in a sentence,
 * is qualitative. See docs/scoring.md, "Reading targets and actuals".
 */
public final class ValueParser {

    /** More words than this around the number make the text a sentence, not a figure. */
    static final int MAX_OTHER_CHARACTERS = 8;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(\\d{4})(?:年|\\.|/|-)(\\d{1,2})月");

    /** Comparators before the number, longest first so that 不超过 wins over 超过. */
    private static final List<Map.Entry<String, Relation>> LEADING = List.of(
            Map.entry(">=", Relation.AT_LEAST), Map.entry("<=", Relation.AT_MOST),
            Map.entry("≥", Relation.AT_LEAST), Map.entry("≧", Relation.AT_LEAST),
            Map.entry("≤", Relation.AT_MOST), Map.entry("≦", Relation.AT_MOST),
            Map.entry("不低于", Relation.AT_LEAST), Map.entry("不少于", Relation.AT_LEAST),
            Map.entry("不小于", Relation.AT_LEAST), Map.entry("不超过", Relation.AT_MOST),
            Map.entry("不高于", Relation.AT_MOST), Map.entry("不大于", Relation.AT_MOST),
            Map.entry("不多于", Relation.AT_MOST), Map.entry("控制在", Relation.AT_MOST),
            Map.entry("至少", Relation.AT_LEAST), Map.entry("最多", Relation.AT_MOST),
            Map.entry("达到", Relation.AT_LEAST), Map.entry("大于", Relation.AT_LEAST),
            Map.entry("高于", Relation.AT_LEAST), Map.entry("超过", Relation.AT_LEAST),
            Map.entry("多于", Relation.AT_LEAST), Map.entry("低于", Relation.AT_MOST),
            Map.entry("少于", Relation.AT_MOST), Map.entry("小于", Relation.AT_MOST),
            Map.entry("等于", Relation.EQUAL),
            Map.entry(">", Relation.AT_LEAST), Map.entry("<", Relation.AT_MOST), Map.entry("=", Relation.EQUAL));

    /** Comparators after the number and its unit. */
    private static final List<Map.Entry<String, Relation>> TRAILING = List.of(
            Map.entry("及以上", Relation.AT_LEAST), Map.entry("以上", Relation.AT_LEAST),
            Map.entry("及以下", Relation.AT_MOST), Map.entry("以下", Relation.AT_MOST),
            Map.entry("以内", Relation.AT_MOST), Map.entry("之内", Relation.AT_MOST));

    /** Units, longest first. */
    private static final List<String> UNITS = List.of(
            "万人次", "平方米", "平方公里", "人次", "户次", "万元", "亿元", "千元", "元", "小时", "分钟", "工作日", "个月",
            "%", "‰", "个", "项", "次", "家", "人", "名", "天", "日", "周", "月", "年", "篇", "份", "场", "期", "件",
            "台", "套", "册", "部", "本", "处", "所", "户", "条", "批", "类", "门", "节", "课", "张", "座", "辆", "亩",
            "公里", "米", "吨", "万", "分");

    private ValueParser() {
    }

    /** Parses one cell's text; never throws. */
    public static ParsedValue parse(String text) {
        if (text == null) {
            return ParsedValue.EMPTY;
        }
        String s = NumberText.stripSpaces(NumberText.toHalfWidth(text));
        if (s.isEmpty()) {
            return ParsedValue.EMPTY;
        }
        Matcher date = YEAR_MONTH.matcher(s);
        if (date.find()) {
            return parseYearMonth(s, date);
        }
        Matcher number = NUMBER.matcher(s);
        if (!number.find()) {
            return ParsedValue.QUALITATIVE;
        }
        int start = number.start();
        int end = number.end();
        if (number.find()) {
            return ParsedValue.QUALITATIVE; // two numbers: a sentence or a range, not one figure
        }
        BigDecimal value = new BigDecimal(s.substring(start, end).replace(",", ""));
        return around(s.substring(0, start), value, s.substring(end), null);
    }

    private static ParsedValue parseYearMonth(String s, Matcher date) {
        String rest = s.substring(0, date.start()) + "\u0000" + s.substring(date.end());
        if (NUMBER.matcher(rest).find()) {
            return ParsedValue.QUALITATIVE;
        }
        int month = Integer.parseInt(date.group(2));
        if (month < 1 || month > 12) {
            return ParsedValue.QUALITATIVE;
        }
        ParsedValue around = around(s.substring(0, date.start()), BigDecimal.valueOf(month),
                "月" + s.substring(date.end()), Integer.parseInt(date.group(1)));
        return around;
    }

    private static ParsedValue around(String before, BigDecimal value, String after, Integer year) {
        Relation relation = null;
        String prefix = before;
        for (Map.Entry<String, Relation> c : LEADING) {
            if (prefix.endsWith(c.getKey())) {
                relation = c.getValue();
                prefix = prefix.substring(0, prefix.length() - c.getKey().length());
                break;
            }
        }
        if (prefix.endsWith("-") || prefix.endsWith("+")) {
            if (prefix.endsWith("-")) {
                value = value.negate();
            }
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        String suffix = after;
        String unit = "";
        for (String u : UNITS) {
            if (suffix.startsWith(u)) {
                unit = u;
                suffix = suffix.substring(u.length());
                break;
            }
        }
        for (Map.Entry<String, Relation> c : TRAILING) {
            if (suffix.startsWith(c.getKey())) {
                relation = relation == null ? c.getValue() : relation;
                suffix = suffix.substring(c.getKey().length());
                break;
            }
        }
        int other = prefix.codePointCount(0, prefix.length()) + suffix.codePointCount(0, suffix.length());
        if (other > MAX_OTHER_CHARACTERS) {
            return ParsedValue.QUALITATIVE;
        }
        return new ParsedValue(ParsedValue.Kind.NUMBER, relation, value, unit, year);
    }
}
