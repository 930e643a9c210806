package org.portolan.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portolan.model.Node;
import org.portolan.model.Topology;
import org.portolan.model.Zone;

/**
 * An edit that changed nothing the rules read: nodes were moved (on the canvas or into another zone) or
 * given other addresses, and the options, zones and every node's id, kind, name, site and subscription stayed
 * as they were. The flows after such an edit are the flows before it, in the same order, with the moved
 * nodes in place of their earlier selves and the crossings their zones now make. Dragging an Edge into
 * another zone is the commonest edit of all, and on a 1,000-node diagram this is a pass over the flows
 * instead of running the rule table again.
 *
 * <p>That holds because no rule of {@link RuleTable} reads a zone, a position or an address: a flow's
 * crossing is the only part of it that depends on where its ends sit ({@link FlowContext#crossing}).
 * {@code RelocationTest} checks the result against the engine from scratch.
 */
public final class Relocation {

    /** Each moved node of the topology before the edit, by identity, with the node that replaced it. */
    private final Map<Node, Node> moved;
    /** The same, as arrays: an edit usually moves one or a few nodes, and a scan beats hashing for those. */
    private final Node[] before;
    private final Node[] after;
    /** Where the moved nodes are in the topology, whose order a relocation keeps. */
    private final int[] places;

    private Relocation(Map<Node, Node> moved, int[] places) {
        this.moved = moved;
        this.places = places;
        this.before = moved.keySet().toArray(Node[]::new);
        this.after = new Node[before.length];
        for (int i = 0; i < before.length; i++) {
            after[i] = moved.get(before[i]);
        }
    }

    /**
     * The relocation that turns {@code before} into {@code after}, or empty when the edit changed anything
     * the rules read (or nothing at all). Nodes left alone must be the same objects in both topologies.
     */
    public static Optional<Relocation> between(Topology before, Topology after) {
        if (before == after || !before.options().equals(after.options()) || !before.zones().equals(after.zones())
                || before.nodes().size() != after.nodes().size()) {
            return Optional.empty();
        }
        Map<Node, Node> moved = new IdentityHashMap<>();
        java.util.List<Integer> places = new ArrayList<>();
        for (int i = 0; i < before.nodes().size(); i++) {
            Node was = before.nodes().get(i);
            Node now = after.nodes().get(i);
            if (was == now) {
                continue;
            }
            if (!sameForTheRules(was, now)) {
                return Optional.empty();
            }
            moved.put(was, now);
            places.add(i);
        }
        return moved.isEmpty() ? Optional.empty()
                : Optional.of(new Relocation(moved, places.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Everything a rule may read of a node: its id, kind, name, site and subscription. */
    private static boolean sameForTheRules(Node a, Node b) {
        return a.id().equals(b.id()) && a.kind() == b.kind() && a.name().equals(b.name())
                && java.util.Objects.equals(a.site(), b.site())
                && java.util.Objects.equals(a.subscribed(), b.subscribed());
    }

    /** The node that replaced {@code node}, or {@code node} itself when it did not move. */
    public Node now(Node node) {
        if (before.length <= 8) {
            for (int i = 0; i < before.length; i++) {
                if (before[i] == node) {
                    return after[i];
                }
            }
            return node;
        }
        return moved.getOrDefault(node, node);
    }

    /** True when {@code node}, of the topology before the edit, moved. */
    public boolean moved(Node node) {
        return now(node) != node;
    }

    /** The nodes that moved, as they were before the edit. */
    public List<Node> movedNodes() {
        return List.of(before);
    }

    /** Where the moved nodes are in the topology (the same before and after the edit), in ascending order. */
    public int[] places() {
        return places.clone();
    }

    /**
     * The flows of {@code topology}, the topology after the edit, from {@code earlier}, the flows before it, and
     * {@code index}, where each node's flows are in them: the same objects where neither end moved, and a flow
     * with the moved ends and their new crossing where one did. Only the moved nodes' flows are visited.
     */
    public Relocated apply(List<Flow> earlier, FlowIndex index, Topology topology) {
        Flow[] flows = earlier.toArray(new Flow[0]);
        Map<Flow, Flow> replaced = new IdentityHashMap<>();
        Map<String, Map<String, Crossing>> crossings = new java.util.HashMap<>();
        for (int place : places) {
            for (int k : index.of(place)) {
                Flow f = earlier.get(k);
                if (flows[k] != f) {
                    continue; // between two moved nodes, and relocated already
                }
                Node source = now(f.source());
                Node target = now(f.target());
                Crossing crossing = crossings.computeIfAbsent(source.zoneId(), z -> new java.util.HashMap<>())
                        .computeIfAbsent(target.zoneId(), z -> crossing(topology, source, target, f.crossing()));
                Flow relocated = new Flow(source, target, f.port(), f.rule(), f.services(), f.connectors(), crossing);
                flows[k] = relocated;
                replaced.put(f, relocated);
            }
        }
        return new Relocated(this, List.of(flows), Collections.unmodifiableMap(replaced), index);
    }

    /** The crossing between the zones of two nodes, the earlier one when the zones are the same. */
    private static Crossing crossing(Topology topology, Node source, Node target, Crossing earlier) {
        Zone from = topology.zoneOf(source);
        Zone to = topology.zoneOf(target);
        return earlier.from().equals(from) && earlier.to().equals(to) ? earlier : new Crossing(from, to);
    }

    /**
     * The flows after a relocation.
     *
     * @param flows    every flow of the topology after the edit, in the engine's order
     * @param replaced each flow before the edit that has a moved end, by identity, with the flow that replaced it
     * @param index    where each node's flows are in {@code flows}: the same as before the edit
     */
    public record Relocated(Relocation relocation, List<Flow> flows, Map<Flow, Flow> replaced, FlowIndex index) {

        /** The flow that replaced {@code earlier}, or {@code earlier} itself when neither of its ends moved. */
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
