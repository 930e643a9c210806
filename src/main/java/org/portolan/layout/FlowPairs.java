package org.portolan.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portolan.flow.Flow;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.model.Node;

/** The flows of a layout grouped by directed pair of cards: one arrow per pair. */
final class FlowPairs {

    /** The most cards whose pair keys (source × cards + target) fit the pair table. */
    static final int MAX_CARDS = 46_340;

    private FlowPairs() {
    }

    /**
     * The directed card pairs with flows, by card index, each with its flows (a run of {@code sorted} up to
     * {@code ends}); {@code twoWay} when flows also go the other way. Arrays rather than an object per pair:
     * a 1,000-node layout has 66,000 pairs.
     */
    record Pairs(int[] from, int[] to, boolean[] twoWay, Flow[] sorted, int[] ends) {
        int size() {
            return from.length;
        }

        private int start(int pair) {
            return pair == 0 ? 0 : ends[pair - 1];
        }

        /**
         * The flows of a pair, in a list of their own: an arrow kept over later edits must not hold on to
         * this layout's array of all flows.
         */
        List<Flow> flows(int pair) {
            int start = start(pair);
            return ends[pair] - start == 1 ? List.of(sorted[start])
                    : new FlowSlice(java.util.Arrays.copyOfRange(sorted, start, ends[pair]));
        }

        /** True when {@code flows} are the pair's flows, the same objects in the same order. */
        boolean hasFlows(int pair, List<Flow> flows) {
            int start = start(pair);
            if (flows.size() != ends[pair] - start) {
                return false;
            }
            for (int i = 0; i < flows.size(); i++) {
                if (flows.get(i) != sorted[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Groups flows by directed node pair, in order of each pair's first flow. Two passes over the flows:
     * one numbers the pairs (keyed by source index × cards + target index in an open-addressing table) and
     * counts their flows, the other sorts the flows into one array, of which each pair gets a read-only
     * slice. A list per pair, grown flow by flow, made a 1,000-node layout allocate and keep 66,000 lists.
     */
    static Pairs group(List<NodeBox> boxes, List<Flow> flows) {
        int cards = boxes.size();
        if (cards > MAX_CARDS) {
            throw new IllegalArgumentException("A diagram can hold up to " + MAX_CARDS + " nodes; this one has " + cards);
        }
        Map<String, Integer> index = new HashMap<>(cards * 2);
        for (int i = 0; i < cards; i++) {
            index.put(boxes.get(i).node().id(), i);
        }
        PairSlots slot = PairSlots.scratch(flows.size());
        int[] pairOf = new int[flows.size()];
        int expected = Math.max(16, flows.size() * 2 / 3); // pairs, about 60 % of flows when diagrams are large
        IntList counts = new IntList(expected);
        IntList sources = new IntList(expected);
        IntList targets = new IntList(expected);
        Node lastSource = null;
        Node lastTarget = null;
        int sourceIndex = -1;
        int targetIndex = -1;
        int at = -1;
        for (int i = 0; i < pairOf.length; i++) {
            Flow f = flows.get(i);
            boolean samePair = f.target() == lastTarget && f.source() == lastSource;
            if (!samePair) { // flows come in runs from one source, and often in runs for one pair
                if (f.source() != lastSource) {
                    lastSource = f.source();
                    sourceIndex = index.get(lastSource.id());
                }
                if (f.target() != lastTarget) {
                    lastTarget = f.target();
                    targetIndex = index.get(lastTarget.id());
                }
                long key = (long) sourceIndex * cards + targetIndex;
                at = slot.get(key);
                if (at < 0) {
                    at = counts.size();
                    slot.put(key, at);
                    counts.add(0);
                    sources.add(sourceIndex);
                    targets.add(targetIndex);
                }
            }
            pairOf[i] = at;
            counts.increment(at);
        }
        int[] next = new int[counts.size()];
        for (int p = 1; p < next.length; p++) {
            next[p] = next[p - 1] + counts.get(p - 1);
        }
        Flow[] sorted = new Flow[pairOf.length];
        for (int i = 0; i < pairOf.length; i++) {
            sorted[next[pairOf[i]]++] = flows.get(i);
        }
        int n = counts.size();
        int[] from = java.util.Arrays.copyOf(sources.values, n);
        int[] to = java.util.Arrays.copyOf(targets.values, n);
        boolean[] twoWay = new boolean[n];
        for (int p = 0; p < n; p++) {
            twoWay[p] = slot.get((long) to[p] * cards + from[p]) >= 0;
        }
        return new Pairs(from, to, twoWay, sorted, next); // each pair's cursor has moved to its end
    }

    /** A growable list of ints, without boxing. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[capacity];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void increment(int i) {
            values[i]++;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    /** One pair's flows, read-only, over an array of its own (no copy of it, unlike {@code List.of}). */
    private static final class FlowSlice extends java.util.AbstractList<Flow> implements java.util.RandomAccess {
        private final Flow[] flows;

        FlowSlice(Flow[] flows) {
            this.flows = flows;
        }

        @Override
        public Flow get(int i) {
            return flows[i];
        }

        @Override
        public int size() {
            return flows.length;
        }
    }
}
