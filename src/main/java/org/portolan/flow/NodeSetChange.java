package org.portolan.flow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portolan.model.IntList;
import org.portolan.model.Node;
import org.portolan.model.Topology;

/**
 * An edit that removed nodes, or added them (an undone deletion puts them back where they were, a drop or a
 * paste adds them at the end), and changed nothing else: the options and zones are equal and every other node
 * is the same object, in the same order. Deleting a server and undoing it are such edits; on a 1,000-node
 * diagram this is a pass over the rules' earlier runs instead of making 112,000 flows again.
 *
 * <p>That holds while the nodes that came or went leave every rule applying as before (removing the last Edge
 * does not: N1 to N4 and E1 to E7 trade places; nor does removing the Office 365 node, which ends H1 to H4) and
 * while a rule's pairs among the other nodes do not depend on them. {@link RuleTable} takes its pairs from node
 * sets (X, M, E, C, M(e) …) in topology order, so a node removed from the topology leaves the same pairs among
 * the others, in the same order, and a node added only adds its own; ports depend on the options, connector
 * names on a pair's two ends and crossings on their zones. N4, which reads the other rules' flows (a server may
 * have been Internet-facing only through a node that went), runs again. {@code NodeSetChangeTest} and
 * {@code IncrementalLayoutProperties} check the result against the engine.
 */
public final class NodeSetChange {

    private final Topology before;
    private final Topology after;
    /** True when nodes were added, false when removed. */
    private final boolean added;
    /** The nodes that came or went. */
    private final List<Node> changed;
    /**
     * For each place in the topology with fewer nodes, its place in the one with more: where the nodes that
     * stayed were before a deletion, or are after an addition.
     */
    private final int[] stayed;

    private NodeSetChange(Topology before, Topology after, boolean added, List<Node> changed, int[] stayed) {
        this.before = before;
        this.after = after;
        this.added = added;
        this.changed = changed;
        this.stayed = stayed;
    }

    /**
     * The change that turns {@code before} into {@code after}, or empty when the edit did anything but add
     * or remove nodes.
     */
    public static Optional<NodeSetChange> between(Topology before, Topology after) {
        int was = before.nodes().size();
        int now = after.nodes().size();
        if (was == now || !before.options().equals(after.options()) || !before.zones().equals(after.zones())) {
            return Optional.empty();
        }
        boolean added = now > was;
        List<Node> more = added ? after.nodes() : before.nodes();
        List<Node> fewer = added ? before.nodes() : after.nodes();
        int[] stayed = new int[fewer.size()];
        List<Node> changed = new ArrayList<>(more.size() - fewer.size());
        int j = 0;
        for (int i = 0; i < more.size(); i++) {
            if (j < fewer.size() && more.get(i) == fewer.get(j)) {
                stayed[j++] = i;
            } else {
                changed.add(more.get(i));
            }
        }
        return j == fewer.size() ? Optional.of(new NodeSetChange(before, after, added, changed, stayed))
                : Optional.empty();
    }

    /** True when nodes were added, false when they were removed. */
    public boolean added() {
        return added;
    }

    /** The nodes that came or went, in topology order. */
    public List<Node> changed() {
        return changed;
    }

    /**
     * For each place in the topology with fewer nodes (after a deletion, before an addition), the place of the
     * same node in the other one.
     */
    public int[] stayed() {
        return stayed.clone();
    }

    /**
     * The flows after the edit, from {@code earlier}, the flows before it, and {@code index}, their index; empty
     * when the nodes that came or went change which rules apply, which only running every rule answers.
     */
    public Optional<Updated> apply(List<Flow> earlier, FlowIndex index) {
        FlowContext was = new FlowContext(before, index.sharedCrossings());
        FlowContext now = new FlowContext(after, index.sharedCrossings());
        // Besides choosing which rules apply, these two choose the hybrid transport servers (T) of H1 and H2.
        if (was.hasEdge() != now.hasEdge() || was.isHybrid() != now.isHybrid()) {
            return Optional.empty();
        }
        for (Rule rule : RuleTable.RULES) {
            if (rule.applies().test(was) != rule.applies().test(now)) {
                return Optional.empty();
            }
        }
        Map<RuleId, List<Flow>> kept = new EnumMap<>(RuleId.class);
        Map<RuleId, FlowIndex.Ends> ends = new EnumMap<>(RuleId.class);
        Map<Crossing, Crossing> crossings = new java.util.HashMap<>(index.sharedCrossings());
        for (Rule rule : RuleTable.RULES) {
            if (rule.readsFlows() || !rule.applies().test(now)) {
                continue;
            }
            List<Flow> run = index.runOf(earlier, rule.id());
            FlowIndex.Ends runEnds = index.endsOf(rule.id());
            if (runEnds == null) {
                runEnds = new FlowIndex.Ends(new int[0], new int[0]);
            }
            if (!added) {
                removeFrom(rule.id(), run, runEnds, kept, ends);
            } else if (!addTo(rule, now, run, runEnds, kept, ends, crossings)) {
                return Optional.empty(); // a rule whose pairs among the other nodes changed: see the class comment
            }
        }
        // N4 runs again over the others' flows, offered its earlier flows.
        Map<RuleId, List<Flow>> runs = FlowEngine.runs(now, EarlierFlows.of(earlier, after, index),
                rule -> rule.readsFlows() ? null : kept.get(rule.id()), earlier.size());
        List<Flow> flows = FlowEngine.concat(runs);
        boolean othersKept = true;
        for (Rule rule : RuleTable.RULES) {
            if (rule.readsFlows() && rule.applies().test(now)) {
                othersKept &= FlowList.sameObjects(withoutChanged(index.runOf(earlier, rule.id())),
                        withoutChanged(runs.getOrDefault(rule.id(), List.of())));
            }
        }
        return Optional.of(new Updated(this, flows, FlowIndex.of(after, flows, ends, crossings), othersKept));
    }

    /** The flows between nodes that neither came nor went. */
    private List<Flow> withoutChanged(List<Flow> flows) {
        return flows.stream().filter(f -> !isChanged(f.source()) && !isChanged(f.target())).toList();
    }

    /** The run without the flows from or to the removed nodes, with the ends of those that stay. */
    private void removeFrom(RuleId rule, List<Flow> run, FlowIndex.Ends was, Map<RuleId, List<Flow>> kept,
                            Map<RuleId, FlowIndex.Ends> ends) {
        int[] place = placesAfterRemoval(); // earlier place -> place now, -1 for a removed node
        int count = 0;
        for (int k = 0; k < run.size(); k++) {
            if (place[was.sources()[k]] >= 0 && place[was.targets()[k]] >= 0) {
                count++;
            }
        }
        Flow[] flows = new Flow[count];
        int[] sources = new int[count];
        int[] targets = new int[count];
        int at = 0;
        int keptFrom = 0; // where the flows kept since the last removed one start
        for (int k = 0; k <= run.size(); k++) {
            if (k < run.size() && place[was.sources()[k]] >= 0 && place[was.targets()[k]] >= 0) {
                sources[at + k - keptFrom] = place[was.sources()[k]];
                targets[at + k - keptFrom] = place[was.targets()[k]];
                continue;
            }
            FlowList.copy(run, keptFrom, k, flows, at); // the flows kept since the last removed one, at once
            at += k - keptFrom;
            keptFrom = k + 1;
        }
        kept.put(rule, FlowList.of(flows));
        ends.put(rule, new FlowIndex.Ends(sources, targets));
    }

    private int[] placeAfterRemoval;

    private int[] placesAfterRemoval() {
        if (placeAfterRemoval == null) {
            placeAfterRemoval = new int[before.nodes().size()];
            java.util.Arrays.fill(placeAfterRemoval, -1);
            for (int j = 0; j < stayed.length; j++) {
                placeAfterRemoval[stayed[j]] = j;
            }
        }
        return placeAfterRemoval;
    }

    /**
     * The run with the added nodes' flows put in among the earlier ones, in the order the rule emits its pairs.
     * The rule's pairs are walked once to find where each new pair's flows go; a pair between nodes that were
     * there only counts its ports, for its earlier flows are the next ones of the run (the class comment says
     * why), and the runs of those are copied as they are, without reading a flow. False when the earlier flows
     * are not as many as the pairs say.
     */
    private boolean addTo(Rule rule, FlowContext context, List<Flow> run, FlowIndex.Ends was,
                          Map<RuleId, List<Flow>> kept, Map<RuleId, FlowIndex.Ends> ends,
                          Map<Crossing, Crossing> crossings) {
        List<Port> ports = rule.ports().apply(context);
        Map<Node, Integer> places = placesAfterAddition();
        List<Flow> newFlows = new ArrayList<>();
        IntList addedAt = new IntList(64); // the earlier flow each new one goes before
        IntList addedSources = new IntList(64);
        IntList addedTargets = new IntList(64);
        int[] at = {0};
        rule.pairs().forEach(context, List.of(), (s, t) -> {
            if (!isChanged(s) && !isChanged(t)) {
                at[0] += ports.size();
                return;
            }
            List<String> names = rule.connectors().of(s, t);
            Crossing crossing = context.crossing(s, t);
            crossings.putIfAbsent(crossing, crossing);
            for (Port port : ports) {
                newFlows.add(new Flow(s, t, port, rule, rule.services(), names, crossing));
                addedAt.add(at[0]);
                addedSources.add(places.get(s));
                addedTargets.add(places.get(t));
            }
        });
        if (at[0] != run.size()) {
            return false;
        }
        int n = run.size() + newFlows.size();
        Flow[] flows = new Flow[n];
        int[] sources = new int[n];
        int[] targets = new int[n];
        int k = 0; // the next earlier flow
        int out = 0;
        for (int i = 0; i <= newFlows.size(); i++) {
            int until = i < newFlows.size() ? addedAt.get(i) : run.size();
            FlowList.copy(run, k, until, flows, out); // the earlier flows up to the next new one, at once
            for (; k < until; k++, out++) {
                sources[out] = stayed[was.sources()[k]];
                targets[out] = stayed[was.targets()[k]];
            }
            if (i < newFlows.size()) {
                flows[out] = newFlows.get(i);
                sources[out] = addedSources.get(i);
                targets[out++] = addedTargets.get(i);
            }
        }
        kept.put(rule.id(), FlowList.of(flows));
        ends.put(rule.id(), new FlowIndex.Ends(sources, targets));
        return true;
    }

    private Map<Node, Integer> placeAfterAddition;

    /** The place of each node after an addition, by identity. */
    private Map<Node, Integer> placesAfterAddition() {
        if (placeAfterAddition == null) {
            placeAfterAddition = new IdentityHashMap<>(after.nodes().size() * 2);
            for (int i = 0; i < after.nodes().size(); i++) {
                placeAfterAddition.put(after.nodes().get(i), i);
            }
        }
        return placeAfterAddition;
    }

    /** The nodes that came or went, by identity, when there are too many to scan. */
    private java.util.Set<Node> changedSet;

    /** By identity: by a scan when an edit adds a few nodes, as it mostly does, else in a set. */
    private boolean isChanged(Node node) {
        if (changed.size() <= 8) {
            for (int i = 0; i < changed.size(); i++) {
                if (changed.get(i) == node) {
                    return true;
                }
            }
            return false;
        }
        if (changedSet == null) {
            changedSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            changedSet.addAll(changed);
        }
        return changedSet.contains(node);
    }

    /**
     * The flows after the change.
     *
     * @param index      where each node's and rule's flows are in {@code flows}, in the topology after the change
     * @param othersKept true when the flows between nodes that neither came nor went are the very flows before
     *                   the change, in the same order: false only when N4 changed for them (a server that was
     *                   Internet-facing only through a node that went)
     */
    public record Updated(NodeSetChange change, List<Flow> flows, FlowIndex index, boolean othersKept) {
    }
}
