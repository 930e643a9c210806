package org.portolan.analysis;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.portolan.rules.Crossing;
import org.portolan.rules.Flow;
import org.portolan.rules.FlowEngine;
import org.portolan.model.Topology;
import org.portolan.rules.Finding;
import org.portolan.rules.FindingRules;
import org.portolan.rules.Severity;

/**
 * Everything derived from a topology: the flows it requires and the findings about it, always derived
 * from scratch. Immutable; equal when topology, flows and findings are.
 */
public final class Analysis {

    private final Topology topology;
    private final List<Flow> flows;
    private final List<Finding> findings;

    private Analysis(Topology topology, List<Flow> flows, List<Finding> findings) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.flows = List.copyOf(flows);
        this.findings = List.copyOf(findings);
    }

    public static Analysis of(Topology topology) {
        List<Flow> flows = FlowEngine.flows(topology);
        return new Analysis(topology, flows, FindingRules.findings(topology, flows));
    }

    public Topology topology() {
        return topology;
    }

    public List<Flow> flows() {
        return flows;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The distinct crossings of the flows, in the order of the topology's zones. */
    public Set<Crossing> crossings() {
        Set<Crossing> seen = new java.util.HashSet<>();
        flows.forEach(f -> seen.add(f.crossing()));
        Set<Crossing> ordered = new LinkedHashSet<>();
        for (var from : topology.zones()) {
            for (var to : topology.zones()) {
                Crossing c = new Crossing(from, to);
                if (seen.contains(c)) {
                    ordered.add(c);
                }
            }
        }
        return ordered;
    }

    /** The flows from or to any of the nodes with these ids, in the order of {@link #flows()}. */
    public List<Flow> flowsOf(Collection<String> nodeIds) {
        return flowsOf(nodeIds, View.ALL);
    }

    /**
     * The flows of {@code view} from or to any of the nodes: chosen from the whole view, so that a load
     * balancer's forwarding (L2) stays in it when only its target is selected.
     */
    public List<Flow> flowsOf(Collection<String> nodeIds, View view) {
        Set<String> ids = Set.copyOf(nodeIds);
        return view.filter(flows).stream().filter(f -> f.sourceSide().stream().anyMatch(n -> ids.contains(n.id()))
                || f.targetSide().stream().anyMatch(n -> ids.contains(n.id()))).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Analysis other && topology.equals(other.topology) && flows.equals(other.flows)
                && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topology, flows, findings);
    }

    @Override
    public String toString() {
        return "Analysis[" + topology + ", " + flows.size() + " flows, " + findings.size() + " findings]";
    }
}
