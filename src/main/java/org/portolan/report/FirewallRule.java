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

    public String rules() {
        return join(flows.stream().map(f -> f.ruleId().name()).toList(), ", ");
    }

    public String notes() {
        return join(flows.stream().map(Flow::note).filter(n -> !n.isEmpty()).toList(), " ");
    }

    /** Distinct values in first-seen order. */
    private static String join(List<String> values, String separator) {
        return String.join(separator, values.stream().distinct().toList());
    }
}
