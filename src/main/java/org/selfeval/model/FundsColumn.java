package org.selfeval.model;

/** The three amount columns of the 项目资金 block. */
public enum FundsColumn {
    /** 年初预算数. */
    INITIAL_BUDGET,
    /** 全年预算数. */
    ANNUAL_BUDGET,
    /** 全年执行数. */
    EXECUTED
}
