package org.portolan.rules;

import java.util.List;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;

/**
 * One connection the deployment requires: opened by {@code source} towards {@code target} on one port
 * (or range) and protocol, because of rule {@code rule}.
 *
 * @param connectors Exchange connector names involved, with the real server and site names filled in
 * @param sourceSide the nodes the source end stands for: the source alone, or for R1 and R2 every server of
 *                   its zone (the source is then the first of them, the card the diagram draws from)
 * @param targetSide the same for the target end
 */
public record Flow(Node source, Node target, Port port, Rule rule, List<String> services,
                   List<String> connectors, Crossing crossing, List<Node> sourceSide, List<Node> targetSide) {

    public Flow {
        sourceSide = List.copyOf(sourceSide);
        targetSide = List.copyOf(targetSide);
    }

    public RuleId ruleId() {
        return rule.id();
    }

    public String note() {
        return rule.note();
    }

    public TrafficClass trafficClass() {
        return rule.trafficClass(port());
    }

    /** A rule of a zone pair (R1, R2): each end is every server of its zone. */
    public boolean isZoneLink() {
        return rule.isUnrestricted();
    }

    /** L1: the flow reaches the virtual IP of a load balancer that publishes Client Access servers. */
    public boolean isPublished() {
        return isPublished(rule, target);
    }

    /** L1: a flow of {@code rule} towards {@code target} reaches a load balancer's virtual IP. */
    static boolean isPublished(Rule rule, Node target) {
        return target.kind() == NodeKind.LOAD_BALANCER && rule.id() != RuleId.L2;
    }

    /** Whether a node is at either end, including among the servers of a zone link. */
    public boolean involves(Node node) {
        return sourceSide.contains(node) || targetSide.contains(node);
    }

    @Override
    public String toString() {
        return rule.id() + " " + source.id() + " -> " + target.id() + " " + port;
    }
}
