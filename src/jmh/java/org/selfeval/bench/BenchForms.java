package org.selfeval.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.io.FormDocument;

/** Forms of a chosen size for the benchmarks: the 2022 reference form's rows repeated with varied figures. */
final class BenchForms {

    private BenchForms() {
    }

    /** A Beijing form with {@code indicators} rows whose weights add up to 90. */
    static FormDocument withIndicators(int indicators) {
        List<FormDocument.Indicator> rows = new ArrayList<>(indicators);
        String[][] kinds = {
            {"产出指标", "数量指标", "≥%d个", "%d个"},
            {"产出指标", "质量指标", "优良中低差", "优，达成年度指标"},
            {"产出指标", "时效指标", "≤11月", "2022.11月完成"},
            {"产出指标", "成本指标", "≤%d万元", "全年执行数%d万元"},
            {"效益指标", "社会效益指标", "≥%d次", "%d次"},
            {"满意度指标", "服务对象满意度指标", "≥85%%", "%d%%"},
        };
        BigDecimal weight = new BigDecimal("90").divide(BigDecimal.valueOf(indicators), 6,
                java.math.RoundingMode.DOWN);
        for (int i = 0; i < indicators; i++) {
            String[] k = kinds[i % kinds.length];
            int target = 3 + i % 17;
            int actual = 1 + (i * 7) % 23;
            rows.add(new FormDocument.Indicator(k[0], k[1], "指标" + (i + 1), String.format(k[2], target),
                    String.format(k[3], actual), weight, null, false, null, actual < target ? "原因" : ""));
        }
        FormDocument.Amounts amounts = new FormDocument.Amounts(new BigDecimal("112.511000"),
                new BigDecimal("112.511000"), new BigDecimal("69.655900"));
        FormDocument.Amounts empty = new FormDocument.Amounts(null, null, null);
        return new FormDocument(FormDocument.FORMAT, FormDocument.VERSION, "beijing-2021", null,
                new FormDocument.Header(2022, "实验室科研协作与成果落地保障", "北京市科学技术委员会", "北京市实验室服务保障中心",
                        "贾净", "55571297"),
                new FormDocument.Funds(BigDecimal.TEN, amounts, amounts, empty, empty),
                new FormDocument.Goals("预期目标".repeat(50), "实际完成情况".repeat(50)), rows);
    }
}
