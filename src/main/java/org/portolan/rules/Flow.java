package org.portolan.rules;

import java.util.List;
import org.portolan.model.Node;

/**
 * One connection the deployment requires: opened by {@code source} towards {@code target} on one port
 * (or range) and protocol, because of rule {@code rule}.
 *
 * @param connectors Exchange connector names involved, with the real server and site names filled in
 */
public record Flow(Node source, Node target, Port port, Rule rule, List<String> services,
                   List<String> connectors, Crossing crossing) {

    public RuleId ruleId() {
        return rule.id();
    }

    public String note() {
        return rule.note();
    }

    public TrafficClass trafficClass() {
        return rule.trafficClass();
    }

    @Override
    public String toString() {
        return rule.id() + " " + source.id() + " -> " + target.id() + " " + port;
    }
}
