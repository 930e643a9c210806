package org.portolan.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        List<List<Flow>> byRule = new ArrayList<>();
        List<Flow> independent = new ArrayList<>();
        // Rules that read other rules' flows (N4, N5, L2) run last, over the flows of all the others; the result
        // keeps rule table order.
        for (Rule rule : RuleTable.RULES) {
            List<Flow> own = new ArrayList<>();
            if (!rule.readsFlows() && rule.applies().test(context)) {
                rule.pairs().forEach(context, List.of(), (s, t) -> emit(own, context, rule, List.of(), s, t));
                independent.addAll(own);
            }
            byRule.add(own);
        }
        for (int i = 0; i < RuleTable.RULES.size(); i++) {
            Rule rule = RuleTable.RULES.get(i);
            if (rule.readsFlows() && rule.applies().test(context)) {
                List<Flow> own = byRule.get(i);
                rule.pairs().forEach(context, independent, (s, t) -> emit(own, context, rule, independent, s, t));
            }
        }
        List<Flow> flows = new ArrayList<>();
        byRule.forEach(flows::addAll);
        return List.copyOf(flows);
    }

    /** Adds one flow per port of the rule for the pair. */
    private static void emit(List<Flow> flows, FlowContext context, Rule rule, List<Flow> flowsSoFar,
                             List<Node> sources, List<Node> targets) {
        Node source = sources.get(0);
        Node target = targets.get(0);
        List<String> names = connectors(context, rule, source, target);
        Crossing crossing = context.crossing(source, target);
        for (Port port : rule.ports().of(context, flowsSoFar, source, target)) {
            flows.add(new Flow(source, target, port, rule, rule.services(), names, crossing, sources, targets));
        }
    }

    /** L1: a flow to a load balancer involves the connectors of every server it publishes. */
    private static List<String> connectors(FlowContext context, Rule rule, Node source, Node target) {
        if (!Flow.isPublished(rule, target)) {
            return rule.connectors().of(source, target);
        }
        Set<String> names = new LinkedHashSet<>();
        for (Node server : context.publishedBy(target)) {
            names.addAll(rule.connectors().of(source, server));
        }
        return List.copyOf(names);
    }
}
