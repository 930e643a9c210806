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
        return flows(topology, List.of());
    }

    /**
     * The same flows as {@link #flows(Topology)}; a flow equal to one of {@code earlier} (the flows of the
     * topology before an edit) is that very object. See {@link EarlierFlows}.
     */
    public static List<Flow> flows(Topology topology, List<Flow> earlier) {
        return flows(topology, EarlierFlows.of(earlier, topology), earlier.size());
    }

    /**
     * The same, with {@code index}, the index of {@code earlier}, saying where each rule's earlier flows are
     * and which crossings they share: no pass over the earlier flows to find out.
     */
    public static List<Flow> flows(Topology topology, List<Flow> earlier, FlowIndex index) {
        return flows(topology, EarlierFlows.of(earlier, topology, index), earlier.size());
    }

    private static List<Flow> flows(Topology topology, EarlierFlows before, int expected) {
        return concat(runs(new FlowContext(topology, before.crossings()), before, rule -> null, expected));
    }

    /**
     * The flows of each rule that applies in {@code context}, by rule: {@code kept.apply(rule)} when that gives
     * them (an edit that cannot have changed the rule's flows hands on its earlier run), else the rule run
     * again with {@code before} offering its earlier flows.
     *
     * @param expected about how many flows there will be, to size the list a rule reading flows is given
     */
    static Map<RuleId, List<Flow>> runs(FlowContext context, EarlierFlows before, Function<Rule, List<Flow>> kept,
                                        int expected) {
        Map<RuleId, List<Flow>> byRule = new EnumMap<>(RuleId.class);
        List<Flow> independent = null; // made when a rule reading flows runs: the flows of every other rule
        // Rules that read other rules' flows (N4 reads the Internet and Exchange Online SMTP flows) go last.
        for (boolean readsFlows : new boolean[] {false, true}) {
            for (Rule rule : RuleTable.RULES) {
                if (rule.readsFlows() != readsFlows || !rule.applies().test(context)) {
                    continue;
                }
                List<Flow> own = kept.apply(rule);
                if (own == null) {
                    if (readsFlows && independent == null) {
                        independent = concat(byRule, expected + 64);
                    }
                    EarlierFlows.Cursor earlier = before.of(rule);
                    // About as many as before: grown from ten, a run of 80,000 flows was copied twenty times.
                    own = new ArrayList<>(earlier.remaining() + 16);
                    rule.pairs().forEach(context, readsFlows ? independent : List.of(),
                            emitter(own, context, rule, earlier));
                }
                byRule.put(rule.id(), own);
            }
        }
        return byRule;
    }

    /** The flows of all rules, in rule table order. */
    static List<Flow> concat(Map<RuleId, List<Flow>> byRule) {
        Flow[] flows = new Flow[byRule.values().stream().mapToInt(List::size).sum()];
        int at = 0;
        for (Rule rule : RuleTable.RULES) {
            List<Flow> run = byRule.getOrDefault(rule.id(), List.of());
            FlowList.copy(run, 0, run.size(), flows, at);
            at += run.size();
        }
        return FlowList.of(flows);
    }

    // Sized up front: grown step by step, the array of a large diagram's flows passes the size at which G1
    // allocates it apart ("humongous"), and each such allocation starts a collection cycle.
    private static List<Flow> concat(Map<RuleId, List<Flow>> byRule, int size) {
        List<Flow> flows = new ArrayList<>(size);
        for (Rule rule : RuleTable.RULES) {
            flows.addAll(byRule.getOrDefault(rule.id(), List.of()));
        }
        return flows;
    }

    /** Adds one flow per port of the rule for each pair it is given. */
    private static BiConsumer<Node, Node> emitter(List<Flow> flows, FlowContext context, Rule rule,
                                                  EarlierFlows.Cursor earlier) {
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
                Flow same = earlier.take(source, target, port, names, crossing);
                flows.add(same != null ? same : new Flow(source, target, port, rule, rule.services(), names, crossing));
            }
        };
    }
}
