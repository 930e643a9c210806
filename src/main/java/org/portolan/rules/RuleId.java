package org.portolan.rules;

/** Rule IDs of ../shared/reference/exchange-2013-rules.md; the wording of each rule lives in {@link RuleTable}. */
public enum RuleId {
    C1, C2, C3, C4, C5,
    N1, N2, N3, N4,
    E1, E2, E3, E4, E5, E6, E7,
    H1, H2, H3, H4,
    R1, R2
}
