package org.portolan.layout;

import java.util.List;
import org.portolan.flow.ByEnds;
import org.portolan.flow.Flow;
import org.portolan.flow.FlowIndex;
import org.portolan.flow.FlowList;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.model.IntList;

/** The flows of a layout grouped by directed pair of cards: one arrow per pair. */
final class FlowPairs {

    /** The most cards whose pair keys (source × cards + target) fit an int, as {@link EarlierArrows} makes them. */
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
                    : FlowList.of(java.util.Arrays.copyOfRange(sorted, start, ends[pair]));
        }

        /**
         * For each of {@code cards} cards, the pairs from or to it, ascending: the layout's arrows by card
         * ({@link DiagramLayout#connectorsOf}), made from the pairs' ends without reading an arrow.
         */
        int[][] byCard(int cards) {
            return ByEnds.of(from, to, cards);
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
     * Groups flows by directed node pair, in order of each pair's first flow, each pair's flows in their
     * order. Counting sorts, not a hash table of pairs: flow indices sorted by target then, stably, by source
     * make each pair a run; the runs are then put in order of their first flow. Every pass reads or writes
     * arrays in order, where looking 130,000 pairs up in a 2 MB table missed the cache nearly every time.
     * {@code index}, when not null, is the index of {@code flows} in the topology of {@code boxes}, whose cards
     * are in topology order: the ends of each flow are then taken from it rather than looked up.
     */
    static Pairs group(List<NodeBox> boxes, List<Flow> flows, FlowIndex index) {
        int cards = boxes.size();
        if (cards > MAX_CARDS) {
            throw new IllegalArgumentException("A diagram can hold up to " + MAX_CARDS + " nodes; this one has " + cards);
        }
        int n = flows.size();
        int[] source = new int[n];
        int[] target = new int[n];
        if (index != null && index.size() == n) {
            index.copyEnds(source, target); // the cards are in topology order
        } else {
            FlowIndex.ends(boxes.stream().map(NodeBox::node).toList(), flows, source, target);
        }
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        int[] bySourceAndTarget = sortBy(sortBy(identity, target, cards), source, cards);

        // The runs, in (source, target) order; each run's first flow is its lowest index, the sorts being stable.
        int[] runAtFirstFlow = identity; // reused: -1, or the run whose first flow this is
        java.util.Arrays.fill(runAtFirstFlow, -1);
        IntList runStarts = new IntList(Math.max(16, n * 2 / 3));
        for (int k = 0; k < n; k++) {
            int i = bySourceAndTarget[k];
            if (k == 0 || source[i] != source[bySourceAndTarget[k - 1]] || target[i] != target[bySourceAndTarget[k - 1]]) {
                runAtFirstFlow[i] = runStarts.size();
                runStarts.add(k);
            }
        }
        int runs = runStarts.size();
        int[] runSource = new int[runs];
        int[] runTarget = new int[runs];
        int[] sourceRuns = new int[cards + 1]; // the runs of source s are sourceRuns[s] up to sourceRuns[s + 1]
        for (int r = 0; r < runs; r++) {
            int first = bySourceAndTarget[runStarts.get(r)];
            runSource[r] = source[first];
            runTarget[r] = target[first];
            sourceRuns[runSource[r] + 1]++;
        }
        for (int c = 0; c < cards; c++) {
            sourceRuns[c + 1] += sourceRuns[c];
        }

        // Pairs in order of their first flow.
        int[] from = new int[runs];
        int[] to = new int[runs];
        boolean[] twoWay = new boolean[runs];
        int[] ends = new int[runs];
        Flow[] sorted = new Flow[n];
        int pair = 0;
        int at = 0;
        for (int i = 0; i < n; i++) {
            int r = runAtFirstFlow[i];
            if (r < 0) {
                continue;
            }
            from[pair] = runSource[r];
            to[pair] = runTarget[r];
            twoWay[pair] = java.util.Arrays.binarySearch(runTarget, sourceRuns[runTarget[r]],
                    sourceRuns[runTarget[r] + 1], runSource[r]) >= 0;
            int end = r + 1 < runs ? runStarts.get(r + 1) : n;
            for (int k = runStarts.get(r); k < end; k++) {
                sorted[at++] = flows.get(bySourceAndTarget[k]);
            }
            ends[pair++] = at;
        }
        return new Pairs(from, to, twoWay, sorted, ends);
    }

    /** The indices {@code in}, stably sorted by {@code key[index]}, a key below {@code range}. */
    private static int[] sortBy(int[] in, int[] key, int range) {
        int[] next = new int[range + 1];
        for (int i : in) {
            next[key[i] + 1]++;
        }
        for (int k = 0; k < range; k++) {
            next[k + 1] += next[k];
        }
        int[] out = new int[in.length];
        for (int i : in) {
            out[next[key[i]]++] = i;
        }
        return out;
    }
}
