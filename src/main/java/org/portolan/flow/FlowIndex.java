package org.portolan.flow;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The crossings the flows share, each mapped to itself: the engine gives flows made later the same ones. */
    private final Map<Crossing, Crossing> crossings;

    private FlowIndex(int[][] positions, Map<RuleId, int[]> runs, int[] sources, int[] targets,
                      Map<Crossing, Crossing> crossings) {
        this.positions = positions;
        this.runs = runs;
        this.sources = sources;
        this.targets = targets;
        this.crossings = crossings;
    }

    public static FlowIndex of(Topology topology, List<Flow> flows) {
        return build(topology, flows, null, Set.of());
    }

    /**
     * The index of {@code flows}, made by an edit that left every node at its place in {@code topology} and the
     * run of every rule not in {@code changed} as it was in the flows {@code earlier} indexes: the ends of those
     * runs are copied from it, and only the changed rules' flows are read.
     */
    static FlowIndex after(FlowIndex earlier, Topology topology, List<Flow> flows, Set<RuleId> changed) {
        return build(topology, flows, earlier, changed);
    }

    private static FlowIndex build(Topology topology, List<Flow> flows, FlowIndex earlier, Set<RuleId> changed) {
        List<Node> nodes = topology.nodes();
        int n = flows.size();
        int[] sources = new int[n];
        int[] targets = new int[n];
        Map<String, Integer> places = places(nodes);
        Map<Crossing, Crossing> crossings = earlier == null ? new HashMap<>() : new HashMap<>(earlier.crossings);
        Map<RuleId, int[]> runs = new LinkedHashMap<>();
        int k = 0;
        while (k < n) {
            RuleId rule = flows.get(k).ruleId();
            int[] was = earlier == null || changed.contains(rule) ? null : earlier.runs.get(rule);
            int end;
            if (was != null) {
                end = k + was[1] - was[0];
                if (end > n || flows.get(end - 1).ruleId() != rule || end < n && flows.get(end).ruleId() == rule) {
                    throw new IllegalArgumentException("the flows of rule " + rule + " are not as they were");
                }
                System.arraycopy(earlier.sources, was[0], sources, k, end - k);
                System.arraycopy(earlier.targets, was[0], targets, k, end - k);
            } else {
                end = k + 1;
                while (end < n && flows.get(end).ruleId() == rule) {
                    end++;
                }
                ends(places, flows, k, end, sources, targets, crossings);
            }
            if (runs.put(rule, new int[] {k, end}) != null) {
                throw new IllegalArgumentException("the flows of rule " + rule + " are not all together");
            }
            k = end;
        }
        return new FlowIndex(ByEnds.of(sources, targets, nodes.size()), Collections.unmodifiableMap(runs),
                sources, targets, Collections.unmodifiableMap(crossings));
    }

    /**
     * Where each flow's ends are among {@code nodes}: {@code sources[k]} and {@code targets[k]} become the places
     * of the source and target of the {@code k}-th flow.
     */
    public static void ends(List<Node> nodes, List<Flow> flows, int[] sources, int[] targets) {
        ends(places(nodes), flows, 0, flows.size(), sources, targets, new HashMap<>());
    }

    private static Map<String, Integer> places(List<Node> nodes) {
        Map<String, Integer> places = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            places.put(nodes.get(i).id(), i);
        }
        return places;
    }

    /**
     * The ends of the flows from {@code from} up to {@code to}, looked up by node id once per run (flows come in
     * runs from one source, and often to one target), and the crossings they share.
     */
    private static void ends(Map<String, Integer> places, List<Flow> flows, int from, int to, int[] sources,
                             int[] targets, Map<Crossing, Crossing> crossings) {
        Node lastSource = null;
        Node lastTarget = null;
        Crossing lastCrossing = null;
        int source = -1;
        int target = -1;
        for (int k = from; k < to; k++) {
            Flow f = flows.get(k);
            if (f.source() != lastSource) {
                lastSource = f.source();
                source = placeOf(places, lastSource);
            }
            if (f.target() != lastTarget) {
                lastTarget = f.target();
                target = placeOf(places, lastTarget);
            }
            if (f.crossing() != lastCrossing) {
                lastCrossing = f.crossing();
                crossings.putIfAbsent(lastCrossing, lastCrossing);
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

    /** The start and end of each rule's run of flows, for the rules with flows. */
    Map<RuleId, int[]> runs() {
        return runs;
    }

    /** The start and end of one rule's run of flows; both 0 when it has none. */
    public int[] run(RuleId rule) {
        int[] run = runs.get(rule);
        return run == null ? new int[2] : run.clone();
    }

    /** The run of one rule in {@code flows}, the list this index was made for; empty when it has none. */
    List<Flow> runOf(List<Flow> flows, RuleId rule) {
        int[] run = runs.get(rule);
        return run == null ? List.of() : flows.subList(run[0], run[1]);
    }

    /** Crossings to share with flows made later, each mapped to itself: those of the flows, and maybe more. */
    Map<Crossing, Crossing> sharedCrossings() {
        return crossings;
    }

    /** The positions, in ascending order, of the flows from or to the {@code node}-th node of the topology. */
    int[] of(int node) {
        return positions[node];
    }

    /** The place in the topology of the {@code k}-th flow's source. */
    public int sourceOf(int k) {
        return sources[k];
    }

    /** The place in the topology of the {@code k}-th flow's target. */
    public int targetOf(int k) {
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
     * The distinct crossings of the flows this index was made for, in the order of {@code topology}'s zones:
     * read from where each flow's ends are and the zone each node is in, not from 100,000 flows. After a
     * {@link NodeUpdate}, whose index is the one before it, pass the topology after it.
     */
    public java.util.Set<Crossing> crossings(Topology topology) {
        java.util.List<org.portolan.model.Zone> zones = topology.zones();
        Map<String, Integer> zoneIndex = new HashMap<>();
        for (int z = 0; z < zones.size(); z++) {
            zoneIndex.put(zones.get(z).id(), z);
        }
        int[] zoneOf = new int[topology.nodes().size()];
        for (int i = 0; i < zoneOf.length; i++) {
            zoneOf[i] = zoneIndex.get(topology.nodes().get(i).zoneId());
        }
        boolean[] seen = new boolean[zones.size() * zones.size()];
        for (int k = 0; k < sources.length; k++) {
            seen[zoneOf[sources[k]] * zones.size() + zoneOf[targets[k]]] = true;
        }
        java.util.Set<Crossing> crossings = new java.util.LinkedHashSet<>();
        for (int pair = 0; pair < seen.length; pair++) {
            if (seen[pair]) {
                crossings.add(new Crossing(zones.get(pair / zones.size()), zones.get(pair % zones.size())));
            }
        }
        return crossings;
    }

    /**
     * The flows from or to any of the given nodes (by their place in the topology), in the order of
     * {@code flows}, the list this index was made for.
     */
    public List<Flow> select(List<Flow> flows, int[] nodes) {
        return ByEnds.pick(flows, positions, nodes);
    }

}
