package org.portolan.rules;

/**
 * Rule IDs of ../shared/reference/exchange-2013-rules.md; the wording of each rule lives in {@link RuleTable}.
 * L1 has no entry of its own: it is the routing of C1–C5, N1, H1 and H3 to a load balancer's virtual IP, which
 * those entries state by targeting {@link FlowContext#publishedClientAccess()}.
 */
public enum RuleId {
    C1, C2, C3, C4, C5,
    N1, N2, N3, N4, N5,
    E1, E2, E3, E4, E5, E6, E7,
    H1, H2, H3, H4,
    L1, L2,
    R1, R2
}
