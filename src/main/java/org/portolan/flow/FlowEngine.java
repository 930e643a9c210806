package org.portolan.flow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
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
            // N4 reads the flows of the rules before it; H1/H2 come after it in the table but count too.
            List<Flow> evidence = rule.id() == RuleId.N4 ? flowsOfHybridSmtp(context, flows) : flows;
            rule.pairs().forEach(context, evidence, emitter(flows, context, rule));
        }
        return flows;
    }

    private static List<Flow> flowsOfHybridSmtp(FlowContext context, List<Flow> soFar) {
        List<Flow> evidence = new ArrayList<>(soFar);
        for (RuleId id : List.of(RuleId.H1, RuleId.H2)) {
            Rule rule = RuleTable.rule(id);
            if (rule.applies().test(context)) {
                rule.pairs().forEach(context, evidence, emitter(evidence, context, rule));
            }
        }
        return evidence;
    }

    /** Adds one flow per port of the rule for each pair it is given. */
    private static BiConsumer<Node, Node> emitter(List<Flow> flows, FlowContext context, Rule rule) {
        List<Port> ports = rule.ports().apply(context);
        Rule.Connectors connectors = rule.connectors();
        Function<Node, List<String>> named = null;
        if (connectors instanceof Rule.PerNode perNode) {
            Map<Node, List<String>> memo = new IdentityHashMap<>();
            named = n -> memo.computeIfAbsent(n, perNode.naming());
        }
        Function<Node, List<String>> perNode = named;
        boolean bySource = connectors instanceof Rule.PerNode p && p.bySource();
        return (source, target) -> {
            List<String> names = perNode == null ? connectors.of(source, target)
                    : perNode.apply(bySource ? source : target);
            Crossing crossing = context.crossing(source, target);
            for (Port port : ports) {
                flows.add(new Flow(source, target, port, rule, rule.services(), names, crossing));
            }
        };
    }
}
