package org.selfeval.model;

/** The four rows of the 项目资金 block, in printed order; their labels come from the edition. */
public enum FundsLine {
    /** 年度资金总额: the only row with 分值 and 得分. */
    TOTAL,
    /** 其中:当年财政拨款. */
    CURRENT_YEAR,
    /** 上年结转资金. */
    CARRIED_OVER,
    /** 其他资金. */
    OTHER
}
