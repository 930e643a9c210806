package org.portolan.flow;

import java.util.ArrayList;
import java.util.List;
import org.portolan.model.Node;
import org.portolan.model.Topology;

/**
 * Derives every connection a topology requires from {@link RuleTable}. A pure function: same topology,
 * same flows, in the same order (rule table order, then source and target in file order, then port).
 */
public final class FlowEngine {

    private FlowEngine() {
    }

    public static List<Flow> flows(Topology topology) {
        FlowContext context = new FlowContext(topology);
        List<Flow> flows = new ArrayList<>();
        for (Rule rule : RuleTable.RULES) {
            if (!rule.applies().test(context)) {
                continue;
            }
            List<Port> ports = rule.ports().apply(context);
            // N4 reads the flows of the rules before it; H1/H2 come after it in the table but count too.
            List<Flow> evidence = rule.id() == RuleId.N4 ? flowsOfHybridSmtp(context, flows) : flows;
            rule.pairs().forEach(context, evidence, (source, target) -> add(flows, context, rule, ports, source, target));
        }
        return flows;
    }

    private static List<Flow> flowsOfHybridSmtp(FlowContext context, List<Flow> soFar) {
        List<Flow> evidence = new ArrayList<>(soFar);
        for (RuleId id : List.of(RuleId.H1, RuleId.H2)) {
            Rule rule = RuleTable.rule(id);
            if (rule.applies().test(context)) {
                List<Port> ports = rule.ports().apply(context);
                rule.pairs().forEach(context, evidence, (s, t) -> add(evidence, context, rule, ports, s, t));
            }
        }
        return evidence;
    }

    private static void add(List<Flow> flows, FlowContext context, Rule rule, List<Port> ports, Node source, Node target) {
        List<String> connectors = rule.connectors().of(source, target);
        Crossing crossing = context.crossing(source, target);
        for (Port port : ports) {
            flows.add(new Flow(source, target, port, rule, rule.services(), connectors, crossing));
        }
    }
}
