package org.portolan.analysis;

import java.util.List;
import java.util.Objects;
import org.portolan.flow.ByEnds;
import org.portolan.flow.Flow;
import org.portolan.flow.FlowEngine;
import org.portolan.flow.FlowIndex;
import org.portolan.flow.FlowList;
import org.portolan.model.Topology;
import org.portolan.validation.Finding;
import org.portolan.validation.FindingRules;
import org.portolan.validation.Severity;

/**
 * Everything derived from a topology: the flows it requires and the findings about it. Immutable; equal
 * when topology, flows and findings are.
 */
public final class Analysis {

    private final Topology topology;
    private final List<Flow> flows;
    private final List<Finding> findings;
    /** Where each node's and rule's flows are; handed on to the analysis after a node update. */
    private final FlowIndex index;

    private Analysis(Topology topology, List<Flow> flows, List<Finding> findings, FlowIndex index) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.flows = FlowList.copyOf(flows);
        this.findings = List.copyOf(findings);
        this.index = Objects.requireNonNull(index, "index");
    }

    public static Analysis of(Topology topology) {
        return of(topology, null);
    }

    /**
     * The analysis of {@code topology}, made after an edit of the topology {@code earlier} analysed: the
     * same as {@link #of(Topology)}, with the flows the edit left alone the same objects as before.
     */
    public static Analysis of(Topology topology, Analysis earlier) {
        List<Flow> flows = earlier == null ? FlowEngine.flows(topology)
                : FlowEngine.flows(topology, earlier.flows(), earlier.index());
        return withFlows(topology, flows, FlowIndex.of(topology, flows));
    }

    /**
     * The analysis of {@code topology} whose flows are known to be {@code flows}, with {@code index} saying
     * where each node's and rule's flows are in them: the findings are made from the flows.
     */
    public static Analysis withFlows(Topology topology, List<Flow> flows, FlowIndex index) {
        return new Analysis(topology, flows, FindingRules.findings(topology, flows, index), index);
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

    /** Where each node's and each rule's flows are in {@link #flows()}. */
    public FlowIndex index() {
        return index;
    }

    /** The distinct crossings of the flows, in the order of the topology's zones. */
    public java.util.Set<org.portolan.flow.Crossing> crossings() {
        return index.crossings(topology);
    }

    /** The flows from or to any of the nodes with these ids, in the order of {@link #flows()}. */
    public List<Flow> flowsOf(java.util.Collection<String> nodeIds) {
        return index.select(flows, ByEnds.placesOf(topology.nodes(), org.portolan.model.Node::id, nodeIds));
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
