package org.portolan.report;

import java.util.ArrayList;
import java.util.List;
import org.portolan.rules.Crossing;
import org.portolan.rules.Flow;
import org.portolan.model.Node;

/**
 * What a firewall team creates: one rule from a source to a destination, opening every port the
 * flows between them need.
 */
public record FirewallRule(int number, Node source, Node target, Crossing crossing, List<Flow> flows) {

    /** "25/TCP, 50636/TCP". */
    public String ports() {
        return join(flows.stream().map(f -> f.port().toString()).toList(), ", ");
    }

    public String services() {
        List<String> all = new ArrayList<>();
        flows.forEach(f -> all.addAll(f.services()));
        return join(all, "; ");
    }

    public String connectors() {
        List<String> all = new ArrayList<>();
        flows.forEach(f -> all.addAll(f.connectors()));
        return join(all, "; ");
    }

    /** "C1, C2, N1, L1": the rule IDs it comes from, L1 when it reaches a load balancer. */
    public String rules() {
        List<String> ids = new ArrayList<>(flows.stream().map(f -> f.ruleId().name()).toList());
        if (flows.stream().anyMatch(Flow::isPublished)) {
            ids.add("L1");
        }
        return join(ids, ", ");
    }

    public String notes() {
        return join(flows.stream().map(FlowEnds::notes).filter(n -> !n.isEmpty()).toList(), " ");
    }

    /** The source as the sheet names it: a node, a group "DAG01 ×4", or the servers of a zone. */
    public String sourceName() {
        return FlowEnds.name(flows.get(0), true);
    }

    public String targetName() {
        return FlowEnds.name(flows.get(0), false);
    }

    public List<String> sourceAddresses() {
        return FlowEnds.addresses(flows.get(0), true);
    }

    public List<String> targetAddresses() {
        return FlowEnds.addresses(flows.get(0), false);
    }

    /** Distinct values in first-seen order. */
    private static String join(List<String> values, String separator) {
        return String.join(separator, values.stream().distinct().toList());
    }
}
