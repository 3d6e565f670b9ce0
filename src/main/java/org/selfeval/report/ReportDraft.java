package org.selfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.selfeval.i18n.Messages;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutCell;
import org.selfeval.layout.LayoutPlanner;
import org.selfeval.layout.NumberFormats;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsLine;
import org.selfeval.model.FundsRow;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Profile;

/**
 * The 绩效自评报告 as a frozen list of blocks, in the customary outline (一、项目基本情况 … 五、自评结论, then the
 * 自评表): every sentence from the {@code report.*} templates, every figure the model's, formatted as on the form.
 * Plain data, so that it is made on the thread that owns the form and written anywhere.
 */
public final class ReportDraft {

    /** One block of the report, in order. */
    public sealed interface Block permits Title, Heading, Paragraph, Table, FormTable {
    }

    /** The report's title (and the year line under it). */
    public record Title(String text) implements Block {
    }

    /** A heading: level 1 is 一、…, level 2 is （一）…. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph of body text; {@code right} for the signature lines. */
    public record Paragraph(String text, boolean right) implements Block {
    }

    /** A simple table, its first row the header. */
    public record Table(String caption, List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The 自评表 itself, as the layout plan has it. */
    public record FormTable(String caption, FormLayout layout) implements Block {
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    private final Messages text;

    /** @param text the report's wording: {@link Messages#chinese()}, whatever the window's language */
    public ReportDraft(Messages text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The report of a form as it is now. */
    public List<Block> blocks(FormModel form) {
        Profile profile = form.profile();
        List<Block> blocks = new ArrayList<>();
        String project = or(form.projectNameProperty().get());
        blocks.add(new Title(text.get("report.title", project)));
        if (form.getYear() != null) {
            blocks.add(new Title(text.get("sheet.year", String.valueOf(form.getYear()))));
        }

        blocks.add(new Heading(1, text.get("report.h1")));
        blocks.add(body(text.get("report.basic", project, or(form.departmentProperty().get()),
                or(form.implementingUnitProperty().get()), or(form.projectLeaderProperty().get()),
                or(form.phoneProperty().get()))));
        funds(form, profile, blocks);

        blocks.add(new Heading(1, text.get("report.h2")));
        blocks.add(new Heading(2, text.get("report.expected")));
        paragraphs(form.expectedGoalProperty().get(), blocks);
        blocks.add(new Heading(2, text.get("report.achieved")));
        paragraphs(form.achievedGoalProperty().get(), blocks);

        List<IndicatorRow> rows = List.copyOf(form.indicators());
        blocks.add(new Heading(1, text.get("report.h3")));
        indicators(form, rows, blocks);

        blocks.add(new Heading(1, text.get("report.h4")));
        deviations(form, rows, blocks);

        blocks.add(new Heading(1, text.get("report.h5")));
        blocks.add(body(text.get("report.conclusion", points(form.getTotal()), points(form.executionScoreBinding().get()),
                general(indicatorScore(rows)), form.getGrade() == null ? or(null) : form.getGrade().label())));
        blocks.add(new Paragraph(or(form.implementingUnitProperty().get()), true));
        blocks.add(new Paragraph(text.get("report.date"), true));

        FormLayout layout = new LayoutPlanner(text).plan(form);
        blocks.add(new FormTable(text.get("report.attachment", profile.title()), layout));
        return blocks;
    }

    private void funds(FormModel form, Profile profile, List<Block> blocks) {
        String format = NumberFormats.decimals(profile.amountScale());
        String unit = profile.amountUnit();
        FundsRow total = form.funds(FundsLine.TOTAL);
        blocks.add(body(text.get("report.funds", amount(total.initialBudgetProperty().get(), format),
                amount(total.annualBudgetProperty().get(), format), amount(total.executedProperty().get(), format),
                unit, rate(total.rateBinding().get()), points(form.executionScoreBinding().get()),
                general(form.executionWeightProperty().get()))));
        for (FundsLine line : FundsLine.values()) {
            FundsRow row = form.funds(line);
            if (line == FundsLine.TOTAL || row.annualBudgetProperty().get() == null && row.executedProperty().get() == null) {
                continue; // an empty line (no 上年结转资金) is not worth a sentence
            }
            String label = profile.fundRowLabels().get(line.ordinal()).replaceFirst("^其中[:：]", "");
            blocks.add(body(text.get("report.fundsLine", label, amount(row.annualBudgetProperty().get(), format),
                    amount(row.executedProperty().get(), format), unit, rate(row.rateBinding().get()))));
        }
    }

    private void indicators(FormModel form, List<IndicatorRow> rows, List<Block> blocks) {
        blocks.add(body(text.get("report.indicatorsIntro", String.valueOf(rows.size()), general(weightSum(rows)),
                general(indicatorScore(rows)))));
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(text.get("sheet.level1"), text.get("sheet.level2"), text.get("sheet.indicatorName"),
                text.get("sheet.target"), text.get("sheet.actual"), text.get("sheet.weight"), text.get("sheet.score")));
        List<String> names = names(rows);
        String level1 = null;
        int group = 0;
        int number = 0;
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            if (level1 == null || !level1.equals(row.getLevel1())) {
                level1 = row.getLevel1();
                String label = level1.isEmpty() ? or(null) : level1;
                blocks.add(new Heading(2, text.get("report.level1", numeral(group++), label,
                        general(form.weightSubtotalProperty(level1).get()), general(form.subtotalProperty(level1).get()))));
                number = 0;
            }
            blocks.add(body(text.get("report.indicator", String.valueOf(++number), names.get(i), or(row.getLevel2()), or(row.getTarget()),
                    or(row.getActual()), general(row.getScore()), general(row.getWeight()))));
            table.add(List.of(row.getLevel1(), row.getLevel2(), names.get(i), row.getTarget(), row.getActual(),
                    general(row.getWeight()), general(row.getScore())));
        }
        blocks.add(new Table(text.get("report.indicatorTable"), table));
    }

    private void deviations(FormModel form, List<IndicatorRow> rows, List<Block> blocks) {
        boolean any = false;
        List<String> names = names(rows);
        BigDecimal executionWeight = form.executionWeightProperty().get();
        BigDecimal executionScore = form.executionScoreBinding().get();
        if (executionWeight != null && executionScore != null && executionScore.compareTo(executionWeight) < 0) {
            any = true;
            blocks.add(body(text.get("report.lowRate", rate(form.funds(FundsLine.TOTAL).rateBinding().get()),
                    points(executionScore), general(executionWeight))));
        }
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            if (row.getScore() != null && row.getWeight() != null && row.getScore().compareTo(row.getWeight()) < 0) {
                any = true;
                String reason = row.getReason().isBlank() ? text.get("report.fillIn") : row.getReason().strip();
                blocks.add(body(text.get("report.deviation", names.get(i), or(row.getLevel2()), general(row.getScore()),
                        general(row.getWeight()), reason)));
            }
        }
        if (!any) {
            blocks.add(body(text.get("report.noDeviation")));
        }
    }

    /**
     * Each row's 三级指标 name; a row without one takes the name above it in its 二级, as the printed form merges
     * that cell down over it (the 2021 reference's 项目预算控制数).
     */
    private static List<String> names(List<IndicatorRow> rows) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            boolean inherits = row.getName().isEmpty() && i > 0 && !row.getLevel2().isEmpty()
                    && row.getLevel2().equals(rows.get(i - 1).getLevel2());
            names.add(inherits ? names.get(i - 1) : row.getName());
        }
        return names;
    }

    private void paragraphs(String content, List<Block> blocks) {
        String all = content == null ? "" : content.strip();
        if (all.isEmpty()) {
            blocks.add(body(text.get("report.fillIn")));
            return;
        }
        for (String line : all.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(body(line.strip()));
            }
        }
    }

    private static BigDecimal weightSum(List<IndicatorRow> rows) {
        return rows.stream().map(IndicatorRow::getWeight).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal indicatorScore(List<IndicatorRow> rows) {
        return rows.stream().map(IndicatorRow::getScore).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Paragraph body(String s) {
        return new Paragraph(s, false);
    }

    private String numeral(int i) {
        return "（" + (i < NUMERALS.length() ? String.valueOf(NUMERALS.charAt(i)) : String.valueOf(i + 1)) + "）";
    }

    /** A blank to fill in where the form has nothing. */
    private String or(String s) {
        return s == null || s.isBlank() ? text.get("report.blank") : s.strip();
    }

    private String amount(BigDecimal v, String format) {
        return v == null ? or(null) : NumberFormats.format(v, format);
    }

    private String rate(BigDecimal v) {
        return v == null ? or(null) : NumberFormats.format(v, NumberFormats.PERCENT);
    }

    private String points(BigDecimal v) {
        return v == null ? or(null) : NumberFormats.format(v, NumberFormats.POINTS);
    }

    private String general(BigDecimal v) {
        return v == null ? or(null) : NumberFormats.format(v, LayoutCell.GENERAL);
    }
}
