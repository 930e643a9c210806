package org.portolan.flow;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portolan.model.InStep;
import org.portolan.model.Node;
import org.portolan.model.Topology;

/**
 * The flows of the topology before an edit, offered back to the engine so that a flow the edit left as it
 * was stays the very same object. What is derived from flows (the layout's arrows, the port table) can then
 * tell unchanged flows by identity, and a large diagram's edit no longer makes 100,000 new flows that the
 * garbage collector must copy.
 *
 * <p>The engine emits flows in a fixed order (rule, then pairs, then ports), so each rule's earlier flows are
 * read with a cursor that moves along as its flows are emitted again: no lookup per flow.
 */
final class EarlierFlows {

    private static final EarlierFlows NONE = new EarlierFlows(List.of(), Map.of(), Map.of(), null);

    private final List<Flow> flows;
    /** Start and end, in {@link #flows}, of each rule's run. */
    private final Map<RuleId, int[]> runs;
    /** The crossings the earlier flows share, each mapped to itself. */
    private final Map<Crossing, Crossing> crossings;
    private final Topology topology;
    /** The nodes of the new topology, by identity; made on first need. */
    private Set<Node> present;

    private EarlierFlows(List<Flow> flows, Map<RuleId, int[]> runs, Map<Crossing, Crossing> crossings,
                         Topology topology) {
        this.flows = flows;
        this.runs = runs;
        this.crossings = crossings;
        this.topology = topology;
    }

    static EarlierFlows of(List<Flow> earlier, Topology topology) {
        if (earlier.isEmpty()) {
            return NONE;
        }
        // One pass: every pass over 100,000 flows costs, as they are rarely in the cache after an edit.
        Map<RuleId, int[]> runs = new java.util.EnumMap<>(RuleId.class);
        Map<Crossing, Crossing> crossings = new HashMap<>();
        Crossing last = null;
        int start = 0;
        for (int i = 0; i < earlier.size(); i++) {
            Flow f = earlier.get(i);
            if (f.crossing() != last) { // neighbouring flows mostly share theirs
                last = f.crossing();
                crossings.putIfAbsent(last, last);
            }
            if (i + 1 == earlier.size() || earlier.get(i + 1).rule() != f.rule()) {
                runs.putIfAbsent(f.ruleId(), new int[] {start, i + 1});
                start = i + 1;
            }
        }
        return new EarlierFlows(earlier, runs, crossings, topology);
    }

    /**
     * The same, with the runs and crossings taken from {@code index}, the index of {@code earlier}, instead of
     * a pass over the flows.
     */
    static EarlierFlows of(List<Flow> earlier, Topology topology, FlowIndex index) {
        return earlier.isEmpty() ? NONE : new EarlierFlows(earlier, index.runs(), index.sharedCrossings(), topology);
    }

    /** The crossings the earlier flows share, so that equal crossings stay the same objects too. */
    Map<Crossing, Crossing> crossings() {
        return crossings;
    }

    /** Reads the earlier flows of {@code rule} in step with its new ones. */
    Cursor of(Rule rule) {
        int[] run = runs.get(rule.id());
        return run == null ? new Cursor(0, 0) : new Cursor(run[0], run[1]);
    }

    private boolean present(Node node) {
        if (present == null) {
            present = Collections.newSetFromMap(new IdentityHashMap<>());
            present.addAll(topology.nodes());
        }
        return present.contains(node);
    }

    /** One rule's earlier flows, read front to back as the rule emits its flows again. */
    final class Cursor {
        private int at;
        private final int end;

        private Cursor(int start, int end) {
            this.at = start;
            this.end = end;
        }

        /** How many earlier flows are left to offer. */
        int remaining() {
            return end - at;
        }

        /**
         * The earlier flow equal to the one about to be made, or null. Earlier flows of nodes that changed or
         * went are passed over; a new flow between nodes that were there leaves the cursor where it is.
         */
        Flow take(Node source, Node target, Port port, List<String> connectors, Crossing crossing) {
            while (at < end) {
                Flow f = flows.get(at);
                if (f.source() == source && f.target() == target && (f.port() == port || f.port().equals(port))) {
                    at++;
                    return f.crossing() == crossing && InStep.same(f.connectors(), connectors, String::equals) ? f : null;
                }
                if (present(f.source()) && present(f.target())) {
                    return null;
                }
                at++;
            }
            return null;
        }
    }
}
