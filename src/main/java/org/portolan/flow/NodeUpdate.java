package org.portolan.flow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.portolan.model.Node;
import org.portolan.model.Topology;
import org.portolan.model.Zone;

/**
 * An edit that changed nodes without changing which flows they have: nodes were moved (on the canvas or into
 * another zone), renamed or given other addresses, and the options, the zones and every node's id, kind, site
 * and subscription stayed as they were. The flows after such an edit are the flows before it, in the same
 * order, with the updated nodes in place of their earlier selves, the crossings their zones now make and the
 * connector names their names now give. Dragging a server into another zone is the commonest edit of all,
 * and on a 1,000-node diagram this is a visit of that server's flows instead of running the rule table again.
 *
 * <p>That holds because what {@link RuleTable} reads of a node to choose pairs, ports and services is its
 * kind, site and subscription; a flow's crossing is the only part of it that depends on where its ends sit
 * ({@link FlowContext#crossing}), and its connector names ({@link Rule.Connectors}) depend on its two ends
 * alone. {@code NodeUpdateTest} and {@code IncrementalLayoutProperties} check the result against the engine.
 */
public final class NodeUpdate {

    /** Where the updated nodes are in the topology, whose order such an edit keeps, ascending. */
    private final int[] places;
    /** The same places, to ask of any one. */
    private final BitSet updated = new BitSet();
    /** True when a node was renamed: its flows' connector names are then named again. */
    private final boolean renamed;

    private NodeUpdate(int[] places, boolean renamed) {
        this.places = places;
        this.renamed = renamed;
        for (int place : places) {
            updated.set(place);
        }
    }

    /**
     * The node update that turns {@code before} into {@code after}, or empty when the edit changed anything
     * else the rules read (or nothing at all). Nodes left alone must be the same objects in both topologies.
     */
    public static Optional<NodeUpdate> between(Topology before, Topology after) {
        if (before == after || !before.options().equals(after.options()) || !before.zones().equals(after.zones())
                || before.nodes().size() != after.nodes().size()) {
            return Optional.empty();
        }
        List<Integer> places = new ArrayList<>();
        boolean renamed = false;
        for (int i = 0; i < before.nodes().size(); i++) {
            Node was = before.nodes().get(i);
            Node now = after.nodes().get(i);
            if (was == now) {
                continue;
            }
            if (!sameFlows(was, now)) {
                return Optional.empty();
            }
            places.add(i);
            renamed |= !was.name().equals(now.name());
        }
        return places.isEmpty() ? Optional.empty()
                : Optional.of(new NodeUpdate(places.stream().mapToInt(Integer::intValue).toArray(), renamed));
    }

    /** True when the rules give both nodes the same flows: same id, kind, site and subscription. */
    private static boolean sameFlows(Node a, Node b) {
        return a.id().equals(b.id()) && a.kind() == b.kind() && Objects.equals(a.site(), b.site())
                && Objects.equals(a.subscribed(), b.subscribed());
    }

    /** True when the node at {@code place} in the topology was updated. */
    public boolean updatedAt(int place) {
        return updated.get(place);
    }

    /** Where the updated nodes are in the topology (the same before and after the edit), ascending. */
    public int[] places() {
        return places.clone();
    }

    /**
     * The flows of {@code topology}, the topology after the edit, from {@code earlier}, the flows before it, and
     * {@code index}, where each node's flows are in them: the same objects where neither end was updated, and a
     * flow with the new ends, their crossing and their connector names where one was. Only the updated nodes'
     * flows are visited; the index says where their ends are, and the topology which nodes stand there now.
     */
    public Updated apply(List<Flow> earlier, FlowIndex index, Topology topology) {
        Flow[] flows = earlier.toArray(new Flow[0]);
        Map<Flow, Flow> replaced = new IdentityHashMap<>();
        Map<String, Map<String, Crossing>> crossings = new java.util.HashMap<>();
        for (int place : places) {
            for (int k : index.of(place)) {
                Flow f = earlier.get(k);
                if (flows[k] != f) {
                    continue; // between two updated nodes, and replaced already
                }
                Node source = topology.nodes().get(index.sourceOf(k));
                Node target = topology.nodes().get(index.targetOf(k));
                Crossing crossing = crossings.computeIfAbsent(source.zoneId(), z -> new java.util.HashMap<>())
                        .computeIfAbsent(target.zoneId(), z -> crossing(topology, source, target, f.crossing(), index));
                List<String> connectors = renamed ? f.rule().connectors().of(source, target) : f.connectors();
                Flow now = new Flow(source, target, f.port(), f.rule(), f.services(), connectors, crossing);
                flows[k] = now;
                replaced.put(f, now);
            }
        }
        return new Updated(this, FlowList.of(flows), Collections.unmodifiableMap(replaced), index);
    }

    /**
     * The crossing between the zones of two nodes: the earlier one when the zones are the same, else the one
     * the other flows share. Equal crossings stay the same object, which {@link EarlierFlows} tells flows by.
     */
    private static Crossing crossing(Topology topology, Node source, Node target, Crossing earlier, FlowIndex index) {
        Zone from = topology.zoneOf(source);
        Zone to = topology.zoneOf(target);
        if (earlier.from().equals(from) && earlier.to().equals(to)) {
            return earlier;
        }
        Crossing crossing = new Crossing(from, to);
        return index.sharedCrossings().getOrDefault(crossing, crossing);
    }

    /**
     * The flows after a node update.
     *
     * @param replaced each flow before the edit that has an updated end, by identity, with the flow that replaced it
     * @param index    where each node's and rule's flows are in {@code flows}: the same as before the edit
     */
    public record Updated(NodeUpdate update, List<Flow> flows, Map<Flow, Flow> replaced, FlowIndex index) {

        /** The flow that replaced {@code earlier}, or {@code earlier} itself when neither of its ends was updated. */
        public Flow now(Flow earlier) {
            Flow f = replaced.get(earlier);
            return f == null ? earlier : f;
        }

        /** Copies a list of earlier flows with each replaced flow swapped for its replacement. */
        public List<Flow> now(List<Flow> earlier) {
            List<Flow> out = new ArrayList<>(earlier.size());
            for (Flow f : earlier) {
                out.add(now(f));
            }
            return out;
        }
    }
}
