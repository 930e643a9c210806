package org.portolan.analysis;

import java.util.List;
import org.portolan.flow.Flow;
import org.portolan.flow.FlowEngine;
import org.portolan.model.Topology;
import org.portolan.validation.Finding;
import org.portolan.validation.FindingRules;
import org.portolan.validation.Severity;

/** Everything derived from a topology: the flows it requires and the findings about it. */
public record Analysis(Topology topology, List<Flow> flows, List<Finding> findings) {

    public Analysis {
        flows = List.copyOf(flows);
        findings = List.copyOf(findings);
    }

    public static Analysis of(Topology topology) {
        return of(topology, null);
    }

    /**
     * The analysis of {@code topology}, made after an edit of the topology {@code earlier} analysed: the
     * same as {@link #of(Topology)}, with the flows the edit left alone the same objects as before.
     */
    public static Analysis of(Topology topology, Analysis earlier) {
        List<Flow> flows = FlowEngine.flows(topology, earlier == null ? List.of() : earlier.flows());
        return new Analysis(topology, flows, FindingRules.findings(topology, flows));
    }

    /** The analysis of {@code topology} whose flows are known to be {@code flows}: the findings are made from them. */
    public static Analysis withFlows(Topology topology, List<Flow> flows) {
        return new Analysis(topology, flows, FindingRules.findings(topology, flows));
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
