package org.selfeval.layout;

/**
 * What a layout cell holds, so that a reader of the plan (tests, the importer of our own files) can find a
 * cell by meaning rather than by coordinates. Rows of repeated blocks carry their index separately.
 */
public enum Slot {
    TITLE, YEAR,
    LABEL,
    PROJECT_NAME, DEPARTMENT, IMPLEMENTING_UNIT, PROJECT_LEADER, PHONE,
    INITIAL_BUDGET, ANNUAL_BUDGET, EXECUTED, EXECUTION_WEIGHT, EXECUTION_RATE, EXECUTION_SCORE, PLACEHOLDER,
    EXPECTED_GOAL, ACHIEVED_GOAL,
    LEVEL1, LEVEL2, NAME, TARGET, ACTUAL, WEIGHT, SCORE, REASON,
    WEIGHT_TOTAL, TOTAL
}
