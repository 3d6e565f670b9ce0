package org.selfeval.scoring;

/** How an actual value is compared with a target: at least (正向), at most (反向) or equal (等于). */
public enum Relation {
    /** ≥, >, 不低于, 不少于, 达到, 以上 and bare numbers: more is better. */
    AT_LEAST,
    /** ≤, <, 不超过, 不高于, 以内, 以下: cost and time limits, less is better. */
    AT_MOST,
    /** =: the value is to be hit exactly. */
    EQUAL
}
