package org.selfeval.check;

/** The columns of the 绩效指标 table, in printed order. */
public enum IndicatorColumn {
    LEVEL1("column.level1"),
    LEVEL2("column.level2"),
    NAME("column.name"),
    TARGET("column.target"),
    ACTUAL("column.actual"),
    WEIGHT("column.weight"),
    SCORE("column.score"),
    REASON("column.reason");

    private final String messageKey;

    IndicatorColumn(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
