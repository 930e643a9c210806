package org.portolan.flow;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.portolan.model.Node;
import org.portolan.model.Topology;

/**
 * Where each node's flows are in a topology's list of flows: positions, by the node's place in the topology.
 * A relocation keeps both orders, so the index made once serves every edit that only moves nodes, which
 * then visits the moved nodes' flows instead of all 100,000.
 */
public final class FlowsByNode {

    private final int[][] positions;

    private FlowsByNode(int[][] positions) {
        this.positions = positions;
    }

    public static FlowsByNode of(Topology topology, List<Flow> flows) {
        List<Node> nodes = topology.nodes();
        Map<Node, Integer> index = new IdentityHashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        int[] counts = new int[nodes.size()];
        int[] sources = new int[flows.size()];
        int[] targets = new int[flows.size()];
        Node lastSource = null;
        Node lastTarget = null;
        int source = -1;
        int target = -1;
        for (int k = 0; k < flows.size(); k++) {
            Flow f = flows.get(k);
            if (f.source() != lastSource) { // flows come in runs from one source
                lastSource = f.source();
                source = indexOf(index, lastSource);
            }
            if (f.target() != lastTarget) {
                lastTarget = f.target();
                target = indexOf(index, lastTarget);
            }
            sources[k] = source;
            targets[k] = target;
            counts[source]++;
            if (target != source) {
                counts[target]++;
            }
        }
        int[][] positions = new int[nodes.size()][];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int k = 0; k < sources.length; k++) {
            positions[sources[k]][counts[sources[k]]++] = k;
            if (targets[k] != sources[k]) {
                positions[targets[k]][counts[targets[k]]++] = k;
            }
        }
        return new FlowsByNode(positions);
    }

    private static int indexOf(Map<Node, Integer> index, Node node) {
        Integer i = index.get(node);
        if (i == null) {
            throw new IllegalArgumentException("flow of " + node.id() + ", which is not a node of the topology");
        }
        return i;
    }

    /** The positions, in ascending order, of the flows from or to the {@code node}-th node of the topology. */
    int[] of(int node) {
        return positions[node];
    }

    /**
     * The flows from or to any of the given nodes (by their place in the topology), in the order of
     * {@code flows}, the list this index was made for.
     */
    public List<Flow> select(List<Flow> flows, int[] nodes) {
        if (nodes.length == 1) {
            int[] at = positions[nodes[0]];
            Flow[] picked = new Flow[at.length];
            for (int i = 0; i < at.length; i++) {
                picked[i] = flows.get(at[i]);
            }
            return Arrays.asList(picked);
        }
        java.util.BitSet wanted = new java.util.BitSet(flows.size());
        for (int n : nodes) {
            for (int k : positions[n]) {
                wanted.set(k);
            }
        }
        List<Flow> picked = new java.util.ArrayList<>(wanted.cardinality());
        for (int k = wanted.nextSetBit(0); k >= 0; k = wanted.nextSetBit(k + 1)) {
            picked.add(flows.get(k));
        }
        return picked;
    }
}
