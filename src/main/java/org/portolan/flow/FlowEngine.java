package org.portolan.flow;

import java.util.ArrayList;
import java.util.EnumMap;
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
        Map<RuleId, List<Flow>> byRule = new EnumMap<>(RuleId.class);
        List<Flow> independent = new ArrayList<>();
        // Rules that read other rules' flows (N4 reads the Internet and Exchange Online SMTP flows) go last.
        for (boolean readsFlows : new boolean[] {false, true}) {
            for (Rule rule : RuleTable.RULES) {
                if (rule.readsFlows() == readsFlows && rule.applies().test(context)) {
                    List<Flow> own = new ArrayList<>();
                    rule.pairs().forEach(context, independent, emitter(own, context, rule));
                    byRule.put(rule.id(), own);
                    if (!readsFlows) {
                        independent.addAll(own);
                    }
                }
            }
        }
        List<Flow> flows = new ArrayList<>(independent.size() + 64);
        for (Rule rule : RuleTable.RULES) {
            flows.addAll(byRule.getOrDefault(rule.id(), List.of()));
        }
        return flows;
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
