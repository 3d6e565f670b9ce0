package org.selfeval.layout;

import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;

/** Forms with long texts, made at test time: numbered sentences, so that order and completeness can be checked. */
public final class LongTexts {

    private static final String FILLER = "项目按照年度计划组织实施，完成了调研、论证、采购、建设和验收等各项工作";

    private LongTexts() {
    }

    /**
     * A text of exactly {@code length} characters: sentences {@code <tag>-<n>：…。}, a paragraph break every
     * seventh sentence, a few Latin words among them.
     */
    public static String text(String tag, int length) {
        StringBuilder s = new StringBuilder();
        int n = 1;
        while (s.length() < length) {
            s.append(sentence(tag, n));
            if (n % 7 == 0) {
                s.append('\n');
            }
            n++;
        }
        s.setLength(length);
        return s.toString();
    }

    /** The n-th sentence of {@link #text}. */
    public static String sentence(String tag, int n) {
        String latin = n % 5 == 0 ? "（system upgrade, version " + n + "）" : "";
        return tag + "-" + n + "：" + FILLER.substring(0, 10 + n % 20) + latin + "。";
    }

    /** The 2021 reference form with 3,000-character goals and a 1,500-character reason in its fifth indicator. */
    public static FormModel longGoalsAndReason() throws Exception {
        FormModel form = ReferenceForms.load("reference-2021");
        form.expectedGoalProperty().set(text("预期", 3000));
        form.achievedGoalProperty().set(text("实际", 3000));
        IndicatorRow row = form.indicators().get(4);
        row.reasonProperty().set(text("原因", 1500));
        return form;
    }

    /** The 2022 reference form with a 30,000-character 预期目标. */
    public static FormModel hugeGoal() throws Exception {
        FormModel form = ReferenceForms.load("reference-2022");
        form.expectedGoalProperty().set(text("目标", 30_000));
        return form;
    }
}
