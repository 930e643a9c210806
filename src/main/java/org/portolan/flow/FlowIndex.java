package org.portolan.flow;

import java.util.IdentityHashMap;
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
        // By identity first (the engine's flows hold the topology's own nodes), by id for flows made from an
        // equal topology read or built apart.
        Map<Node, Integer> index = new IdentityHashMap<>(nodes.size() * 2);
        Map<String, Integer> byId = new java.util.HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
            byId.put(nodes.get(i).id(), i);
        }
        int[] sources = new int[flows.size()];
        int[] targets = new int[flows.size()];
        Node lastSource = null;
        Node lastTarget = null;
        int source = -1;
        int target = -1;
        Map<RuleId, int[]> runs = new java.util.LinkedHashMap<>();
        int[] run = null;
        RuleId lastRule = null;
        for (int k = 0; k < flows.size(); k++) {
            Flow f = flows.get(k);
            if (f.ruleId() != lastRule) {
                lastRule = f.ruleId();
                run = new int[] {k, k};
                if (runs.put(f.ruleId(), run) != null) {
                    throw new IllegalArgumentException("the flows of rule " + f.ruleId() + " are not all together");
                }
            }
            run[1] = k + 1;
            if (f.source() != lastSource) { // flows come in runs from one source
                lastSource = f.source();
                source = indexOf(index, byId, lastSource);
            }
            if (f.target() != lastTarget) {
                lastTarget = f.target();
                target = indexOf(index, byId, lastTarget);
            }
            sources[k] = source;
            targets[k] = target;
        }
        return new FlowIndex(ByEnds.of(sources, targets, nodes.size()), java.util.Collections.unmodifiableMap(runs),
                sources, targets);
    }

    private static int indexOf(Map<Node, Integer> index, Map<String, Integer> byId, Node node) {
        Integer i = index.get(node);
        if (i == null) {
            i = byId.get(node.id());
        }
        if (i == null) {
            throw new IllegalArgumentException("flow of " + node.id() + ", which is not a node of the topology");
        }
        return i;
    }

    /** The positions, in ascending order, of the flows from or to the {@code node}-th node of the topology. */
    int[] of(int node) {
        return positions[node];
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
