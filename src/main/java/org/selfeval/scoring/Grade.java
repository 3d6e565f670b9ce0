package org.selfeval.scoring;

import java.math.BigDecimal;

/** The grade of a total score, 财预〔2020〕10号 第十八条: 90(含)–100 优, 80(含)–90 良, 60(含)–80 中, below 60 差. */
public enum Grade {
    EXCELLENT("优", 90), GOOD("良", 80), FAIR("中", 60), POOR("差", 0);

    private final String label;
    private final BigDecimal from;

    Grade(String label, int from) {
        this.label = label;
        this.from = BigDecimal.valueOf(from);
    }

    /** The Chinese grade as printed: 优, 良, 中 or 差. */
    public String label() {
        return label;
    }

    /** The grade of a total. */
    public static Grade of(BigDecimal total) {
        for (Grade g : values()) {
            if (total.compareTo(g.from) >= 0) {
                return g;
            }
        }
        return POOR;
    }
}
