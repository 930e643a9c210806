package org.portolan.rules;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Topology;

/** Terse topologies for rule tests: {@code topo(node("ex1", MULTI_ROLE), node("net", INTERNET))}. */
public final class Topologies {

    private Topologies() {
    }

    public static Node node(String id, NodeKind kind) {
        return Node.of(id, kind, id.toUpperCase());
    }

    public static Node node(String id, NodeKind kind, String site) {
        return Node.of(id, kind, id.toUpperCase()).withSite(site);
    }

    public static Topology topo(Node... nodes) {
        return topo(Options.DEFAULTS, nodes);
    }

    public static Topology topo(Options options, Node... nodes) {
        return new Topology("test", options, List.of(), Arrays.asList(nodes));
    }

    /** The flows of one rule as "source->target port", e.g. "net->ex1 443/TCP". */
    public static List<String> flowsOf(Topology t, RuleId rule) {
        return FlowEngine.flows(t).stream().filter(f -> f.ruleId() == rule)
                .map(f -> f.source().id() + "->" + f.target().id() + " " + f.port())
                .collect(Collectors.toList());
    }

    public static Flow firstFlowOf(Topology t, RuleId rule) {
        return FlowEngine.flows(t).stream().filter(f -> f.ruleId() == rule).findFirst().orElseThrow();
    }
}
