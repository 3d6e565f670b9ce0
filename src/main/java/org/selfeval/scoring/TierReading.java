package org.selfeval.scoring;

/**
 * Infers a qualitative indicator's tier from what the officer wrote as its actual: the words of 附1
 * (达成 / 部分达成 / 未达成), a grade on the 优良中低差 scale, or the target's own words repeated.
 */
public final class TierReading {

    private TierReading() {
    }

    /** The tier the actual's text states, or {@code null} when it does not say. */
    public static Tier infer(String targetText, String actualText) {
        String actual = actualText == null ? "" : NumberText.stripSpaces(NumberText.toHalfWidth(actualText));
        if (actual.isEmpty()) {
            return null;
        }
        if (actual.contains("未达成") || actual.contains("未完成") || actual.contains("未达到")) {
            return Tier.NOT_MET;
        }
        if (actual.contains("部分达成") || actual.contains("部分完成") || actual.contains("基本达成")
                || actual.contains("基本完成")) {
            return Tier.PARTIAL;
        }
        if (actual.contains("达成") || actual.contains("完成") || actual.contains("达到")) {
            return Tier.MET;
        }
        String target = targetText == null ? "" : NumberText.stripSpaces(NumberText.toHalfWidth(targetText));
        if (actual.equals(target)) {
            return Tier.MET;
        }
        return fromGrade(actual);
    }

    /** 优/良 → 达成, 中 → 部分达成, 低/差 → 未达成, when the actual is just the grade. */
    private static Tier fromGrade(String actual) {
        String grade = actual.replaceAll("[,，。.;；、]", "");
        return switch (grade) {
            case "优", "优秀", "良", "良好", "好", "满意", "是", "及时", "按时" -> Tier.MET;
            case "中", "一般", "较好", "基本满意" -> Tier.PARTIAL;
            case "低", "差", "较差", "不满意", "否", "未" -> Tier.NOT_MET;
            default -> null;
        };
    }
}
