package org.portolan.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portolan.model.Node;
import org.portolan.model.Topology;
import org.portolan.model.Zone;

/**
 * Where each node's flows, and each rule's, are in a topology's list of flows: positions by the node's place
 * in the topology, and the run of each rule (the engine emits flows rule by rule). A {@link NodeUpdate} keeps
 * both orders, so the index made once serves every edit that only moves or renames nodes, which then visits
 * those nodes' flows instead of all 100,000, and finds a rule's flows without reading the others.
 *
 * <p>The index is kept rule run by rule run, each run's ends and positions counted from its start. After an
 * {@link OptionChange} the runs of the rules it left alone are the same objects in the new index, wherever
 * their runs now start: only the changed rules' flows are read and indexed, and no array of all flows' ends is
 * made again (on a 1,000-node diagram that was 2.5 MB of fresh memory per option change).
 */
public final class FlowIndex {

    /**
     * One rule's run of flows, counted from its start: the places in the topology of each flow's source and
     * target, and for each node the positions of the flows from or to it, ascending.
     */
    private record Run(RuleId rule, int[] sources, int[] targets, int[][] positions) {
        int size() {
            return sources.length;
        }
    }

    private final Run[] runs;
    /** Where each run starts in the flows, ascending; {@code starts[runs.length]} is the number of flows. */
    private final int[] starts;
    /** Crossings to share with flows made later, each mapped to itself: those of the flows, and maybe more. */
    private final Map<Crossing, Crossing> crossings;

    private FlowIndex(Run[] runs, Map<Crossing, Crossing> crossings) {
        this.runs = runs;
        this.crossings = crossings;
        this.starts = new int[runs.length + 1];
        for (int r = 0; r < runs.length; r++) {
            starts[r + 1] = starts[r] + runs[r].size();
        }
    }

    public static FlowIndex of(Topology topology, List<Flow> flows) {
        return build(topology, flows, null, Set.of(), Map.of(), Map.of());
    }

    /**
     * The index of {@code flows}, made by an edit that left every node at its place in {@code topology} and the
     * run of every rule not in {@code changed} as it was in the flows {@code earlier} indexes: those runs are
     * taken over as they are, and only the changed rules' flows are read.
     */
    static FlowIndex after(FlowIndex earlier, Topology topology, List<Flow> flows, Set<RuleId> changed) {
        return build(topology, flows, earlier, changed, Map.of(), earlier.crossings);
    }

    /**
     * The ends of one rule's run, counted from its start, as places in the topology: what a {@link NodeSetChange}
     * works out for the runs it keeps, so that their flows need not be looked up again.
     */
    record Ends(int[] sources, int[] targets) {
    }

    /** The ends of a rule's run (arrays to read, never to change), or null when the rule has no flows. */
    Ends endsOf(RuleId rule) {
        Run run = runOf(rule);
        return run == null ? null : new Ends(run.sources(), run.targets());
    }

    /**
     * The index of {@code flows} in {@code topology} when the ends of the runs of the rules in {@code known} are
     * known already: only the other runs' flows are read. {@code crossings} are the crossings to share (those of
     * the known runs' flows among them), each mapped to itself.
     */
    static FlowIndex of(Topology topology, List<Flow> flows, Map<RuleId, Ends> known,
                        Map<Crossing, Crossing> crossings) {
        return build(topology, flows, null, Set.of(), known, crossings);
    }

    private static FlowIndex build(Topology topology, List<Flow> flows, FlowIndex earlier, Set<RuleId> changed,
                                   Map<RuleId, Ends> known, Map<Crossing, Crossing> sharedCrossings) {
        List<Node> nodes = topology.nodes();
        int n = flows.size();
        Map<String, Integer> places = null; // made when a run is read
        Map<Crossing, Crossing> crossings = new HashMap<>(sharedCrossings);
        List<Run> runs = new ArrayList<>();
        Set<RuleId> seen = java.util.EnumSet.noneOf(RuleId.class);
        int k = 0;
        while (k < n) {
            RuleId rule = flows.get(k).ruleId();
            if (!seen.add(rule)) {
                throw new IllegalArgumentException("the flows of rule " + rule + " are not all together");
            }
            Run was = earlier == null || changed.contains(rule) ? null : earlier.runOf(rule);
            int end;
            if (was != null) {
                end = k + was.size();
                if (end > n || flows.get(end - 1).ruleId() != rule || end < n && flows.get(end).ruleId() == rule) {
                    throw new IllegalArgumentException("the flows of rule " + rule + " are not as they were");
                }
                runs.add(was);
            } else if (known.containsKey(rule)) {
                Ends ends = known.get(rule);
                end = k + ends.sources().length;
                if (end > n || flows.get(end - 1).ruleId() != rule || end < n && flows.get(end).ruleId() == rule) {
                    throw new IllegalArgumentException(
                            "the flows of rule " + rule + " are not those whose ends are known");
                }
                runs.add(new Run(rule, ends.sources(), ends.targets(),
                        ByEnds.of(ends.sources(), ends.targets(), nodes.size())));
            } else {
                end = k + 1;
                while (end < n && flows.get(end).ruleId() == rule) {
                    end++;
                }
                if (places == null) {
                    places = places(nodes);
                }
                int[] sources = new int[end - k];
                int[] targets = new int[end - k];
                ends(places, flows.subList(k, end), sources, targets, crossings);
                runs.add(new Run(rule, sources, targets, ByEnds.of(sources, targets, nodes.size())));
            }
            k = end;
        }
        return new FlowIndex(runs.toArray(new Run[0]), Collections.unmodifiableMap(crossings));
    }

    /**
     * Where each flow's ends are among {@code nodes}: {@code sources[k]} and {@code targets[k]} become the places
     * of the source and target of the {@code k}-th flow.
     */
    public static void ends(List<Node> nodes, List<Flow> flows, int[] sources, int[] targets) {
        ends(places(nodes), flows, sources, targets, new HashMap<>());
    }

    private static Map<String, Integer> places(List<Node> nodes) {
        Map<String, Integer> places = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            places.put(nodes.get(i).id(), i);
        }
        return places;
    }

    /**
     * The ends of the flows, looked up by node id once per run (flows come in runs from one source, and often
     * to one target), and the crossings they share.
     */
    private static void ends(Map<String, Integer> places, List<Flow> flows, int[] sources, int[] targets,
                             Map<Crossing, Crossing> crossings) {
        Node lastSource = null;
        Node lastTarget = null;
        Crossing lastCrossing = null;
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

    private Run runOf(RuleId rule) {
        for (Run run : runs) {
            if (run.rule() == rule) {
                return run;
            }
        }
        return null;
    }

    /** The run holding the {@code k}-th flow. */
    private int runAt(int k) {
        int r = Arrays.binarySearch(starts, 0, runs.length, k);
        return r >= 0 ? r : -r - 2;
    }

    /** The start and end of each rule's run of flows, for the rules with flows. */
    Map<RuleId, int[]> runs() {
        Map<RuleId, int[]> byRule = new LinkedHashMap<>();
        for (int r = 0; r < runs.length; r++) {
            byRule.put(runs[r].rule(), new int[] {starts[r], starts[r + 1]});
        }
        return byRule;
    }

    /** The start and end of one rule's run of flows; both 0 when it has none. */
    public int[] run(RuleId rule) {
        for (int r = 0; r < runs.length; r++) {
            if (runs[r].rule() == rule) {
                return new int[] {starts[r], starts[r + 1]};
            }
        }
        return new int[2];
    }

    /** The run of one rule in {@code flows}, the list this index was made for; empty when it has none. */
    List<Flow> runOf(List<Flow> flows, RuleId rule) {
        int[] run = run(rule);
        return flows.subList(run[0], run[1]);
    }

    /** Crossings to share with flows made later, each mapped to itself: those of the flows, and maybe more. */
    Map<Crossing, Crossing> sharedCrossings() {
        return crossings;
    }

    /** The positions, in ascending order, of the flows from or to the {@code node}-th node of the topology. */
    public int[] of(int node) {
        int count = 0;
        for (Run run : runs) {
            count += run.positions()[node].length;
        }
        int[] positions = new int[count];
        int at = 0;
        for (int r = 0; r < runs.length; r++) {
            for (int k : runs[r].positions()[node]) {
                positions[at++] = starts[r] + k;
            }
        }
        return positions;
    }

    /**
     * The position of the first flow from the {@code source}-th to the {@code target}-th node of the topology,
     * or -1 when there is none: where the pair's arrow comes among arrows, which come in their first flows' order.
     */
    public int firstOf(int source, int target) {
        for (int r = 0; r < runs.length; r++) {
            Run run = runs[r];
            for (int k : run.positions()[source]) {
                if (run.sources()[k] == source && run.targets()[k] == target) {
                    return starts[r] + k;
                }
            }
        }
        return -1;
    }

    /** The place in the topology of the {@code k}-th flow's source. */
    public int sourceOf(int k) {
        int r = runAt(k);
        return runs[r].sources()[k - starts[r]];
    }

    /** The place in the topology of the {@code k}-th flow's target. */
    public int targetOf(int k) {
        int r = runAt(k);
        return runs[r].targets()[k - starts[r]];
    }

    /** The number of flows indexed. */
    public int size() {
        return starts[runs.length];
    }

    /**
     * Copies where each flow's ends are into the arrays given: {@code sources[k]} and {@code targets[k]} become
     * the places in the topology of the source and target of the {@code k}-th flow. The layout groups flows by
     * card with them, cards being in topology order, without looking each flow's ends up again.
     */
    public void copyEnds(int[] sourcesOut, int[] targetsOut) {
        for (int r = 0; r < runs.length; r++) {
            System.arraycopy(runs[r].sources(), 0, sourcesOut, starts[r], runs[r].size());
            System.arraycopy(runs[r].targets(), 0, targetsOut, starts[r], runs[r].size());
        }
    }

    /** The flows of any of these rules, in the order of {@code flows}, the list this index was made for. */
    public List<Flow> ofRules(List<Flow> flows, Set<RuleId> rules) {
        List<Flow> picked = new ArrayList<>();
        for (int r = 0; r < runs.length; r++) {
            if (rules.contains(runs[r].rule())) {
                picked.addAll(flows.subList(starts[r], starts[r + 1]));
            }
        }
        return picked;
    }

    /** True when a rule of these has flows. */
    public boolean anyOf(Set<RuleId> rules) {
        for (Run run : runs) {
            if (rules.contains(run.rule())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The distinct crossings of the flows this index was made for, in the order of {@code topology}'s zones:
     * read from where each flow's ends are and the zone each node is in, not from 100,000 flows. After a
     * {@link NodeUpdate}, whose index is the one before it, pass the topology after it.
     */
    public Set<Crossing> crossings(Topology topology) {
        List<Zone> zones = topology.zones();
        Map<String, Integer> zoneIndex = new HashMap<>();
        for (int z = 0; z < zones.size(); z++) {
            zoneIndex.put(zones.get(z).id(), z);
        }
        int[] zoneOf = new int[topology.nodes().size()];
        for (int i = 0; i < zoneOf.length; i++) {
            zoneOf[i] = zoneIndex.get(topology.nodes().get(i).zoneId());
        }
        boolean[] seen = new boolean[zones.size() * zones.size()];
        for (Run run : runs) {
            for (int k = 0; k < run.size(); k++) {
                seen[zoneOf[run.sources()[k]] * zones.size() + zoneOf[run.targets()[k]]] = true;
            }
        }
        Set<Crossing> distinct = new LinkedHashSet<>();
        for (int pair = 0; pair < seen.length; pair++) {
            if (seen[pair]) {
                distinct.add(new Crossing(zones.get(pair / zones.size()), zones.get(pair % zones.size())));
            }
        }
        return distinct;
    }

    /**
     * The flows from or to any of the given nodes (by their place in the topology), in the order of
     * {@code flows}, the list this index was made for.
     */
    public List<Flow> select(List<Flow> flows, int[] places) {
        return ByEnds.pick(flows, this::of, places);
    }
}
