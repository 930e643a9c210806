package org.portolan.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portolan.model.Node;
import org.portolan.model.Topology;

/**
 * Where each node's flows, and each rule's, are in a topology's list of flows: positions by the node's place
 * in the topology, and the run of each rule (the engine emits flows rule by rule). A {@link NodeUpdate} keeps
 * both orders, so the index made once serves every edit that only moves or renames nodes, which then visits
 * those nodes' flows instead of all 100,000, and finds a rule's flows without reading the others.
 */
public final class FlowIndex {

    private final int[][] positions;
    /** For each rule with flows, the start and end of its run; rules appear in flow order. */
    private final Map<RuleId, int[]> runs;

    /** The place in the topology of each flow's source and target, by the flow's position. */
    private final int[] sources;
    private final int[] targets;

    private FlowIndex(int[][] positions, Map<RuleId, int[]> runs, int[] sources, int[] targets) {
        this.positions = positions;
        this.runs = runs;
        this.sources = sources;
        this.targets = targets;
    }

    public static FlowIndex of(Topology topology, List<Flow> flows) {
        List<Node> nodes = topology.nodes();
        int[] sources = new int[flows.size()];
        int[] targets = new int[flows.size()];
        ends(nodes, flows, sources, targets);
        Map<RuleId, int[]> runs = new java.util.LinkedHashMap<>();
        int[] run = null;
        RuleId lastRule = null;
        for (int k = 0; k < flows.size(); k++) {
            RuleId rule = flows.get(k).ruleId();
            if (rule != lastRule) {
                lastRule = rule;
                run = new int[] {k, k};
                if (runs.put(rule, run) != null) {
                    throw new IllegalArgumentException("the flows of rule " + rule + " are not all together");
                }
            }
            run[1] = k + 1;
        }
        return new FlowIndex(ByEnds.of(sources, targets, nodes.size()), java.util.Collections.unmodifiableMap(runs),
                sources, targets);
    }

    /**
     * Where each flow's ends are among {@code nodes}: {@code sources[k]} and {@code targets[k]} become the places
     * of the source and target of the {@code k}-th flow. Looked up by node id, once per run (flows come in
     * runs from one source, and often to one target).
     */
    public static void ends(List<Node> nodes, List<Flow> flows, int[] sources, int[] targets) {
        Map<String, Integer> places = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            places.put(nodes.get(i).id(), i);
        }
        Node lastSource = null;
        Node lastTarget = null;
        int source = -1;
        int target = -1;
        for (int k = 0; k < flows.size(); k++) {
            Flow f = flows.get(k);
            if (f.source() != lastSource) {
                lastSource = f.source();
                source = placeOf(places, lastSource);
            }
            if (f.target() != lastTarget) {
                lastTarget = f.target();
                target = placeOf(places, lastTarget);
            }
            sources[k] = source;
            targets[k] = target;
        }
    }

    private static int placeOf(Map<String, Integer> places, Node node) {
        Integer i = places.get(node.id());
        if (i == null) {
            throw new IllegalArgumentException("flow of " + node.id() + ", which is not a node of the topology");
        }
        return i;
    }

    /** The positions, in ascending order, of the flows from or to the {@code node}-th node of the topology. */
    int[] of(int node) {
        return positions[node];
    }

    /** The place in the topology of the {@code k}-th flow's source. */
    int sourceOf(int k) {
        return sources[k];
    }

    /** The place in the topology of the {@code k}-th flow's target. */
    int targetOf(int k) {
        return targets[k];
    }

    /** The number of flows indexed. */
    public int size() {
        return sources.length;
    }

    /**
     * Copies where each flow's ends are into the arrays given: {@code sources[k]} and {@code targets[k]} become
     * the places in the topology of the source and target of the {@code k}-th flow. The layout groups flows by
     * card with them, cards being in topology order, without looking each flow's ends up again.
     */
    public void copyEnds(int[] sourcesOut, int[] targetsOut) {
        System.arraycopy(sources, 0, sourcesOut, 0, sources.length);
        System.arraycopy(targets, 0, targetsOut, 0, targets.length);
    }

    /** The flows of any of these rules, in the order of {@code flows}, the list this index was made for. */
    public List<Flow> ofRules(List<Flow> flows, java.util.Set<RuleId> rules) {
        List<Flow> picked = new java.util.ArrayList<>();
        for (Map.Entry<RuleId, int[]> run : runs.entrySet()) {
            if (rules.contains(run.getKey())) {
                picked.addAll(flows.subList(run.getValue()[0], run.getValue()[1]));
            }
        }
        return picked;
    }

    /** True when a rule of these has flows. */
    public boolean anyOf(java.util.Set<RuleId> rules) {
        return runs.keySet().stream().anyMatch(rules::contains);
    }

    /**
     * The flows from or to any of the given nodes (by their place in the topology), in the order of
     * {@code flows}, the list this index was made for.
     */
    public List<Flow> select(List<Flow> flows, int[] nodes) {
        return ByEnds.pick(flows, positions, nodes);
    }

}
