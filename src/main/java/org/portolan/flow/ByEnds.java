package org.portolan.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Items with two ends (flows, arrows), listed by end: for each end, the positions of the items from or to
 * it, ascending. Counting sorts over int arrays, as large diagrams have 100,000 flows and 66,000 arrows.
 */
public final class ByEnds {

    private static final int[] NONE = new int[0];

    private ByEnds() {
    }

    /**
     * For each of {@code ends} ends, the positions {@code k} whose {@code sources[k]} or {@code targets[k]} it
     * is; an item whose two ends are the same is listed once.
     */
    public static int[][] of(int[] sources, int[] targets, int ends) {
        int[] counts = new int[ends];
        for (int k = 0; k < sources.length; k++) {
            counts[sources[k]]++;
            if (targets[k] != sources[k]) {
                counts[targets[k]]++;
            }
        }
        int[][] positions = new int[ends][];
        for (int e = 0; e < ends; e++) {
            positions[e] = counts[e] == 0 ? NONE : new int[counts[e]]; // most ends of one rule's flows have none
        }
        Arrays.fill(counts, 0);
        for (int k = 0; k < sources.length; k++) {
            positions[sources[k]][counts[sources[k]]++] = k;
            if (targets[k] != sources[k]) {
                positions[targets[k]][counts[targets[k]]++] = k;
            }
        }
        return positions;
    }

    /** The places in {@code ends} of those whose id is one of {@code ids}, ascending. */
    public static <E> int[] placesOf(List<E> ends, java.util.function.Function<E, String> id,
                                     java.util.Collection<String> ids) {
        int[] places = new int[Math.min(ids.size(), ends.size())];
        int count = 0;
        for (int i = 0; i < ends.size() && count < places.length; i++) {
            if (ids.contains(id.apply(ends.get(i)))) {
                places[count++] = i;
            }
        }
        return Arrays.copyOf(places, count);
    }

    /**
     * The items from or to any of {@code ends}, once each, in the order of {@code items}; {@code positions}
     * gives the positions of each end's items, ascending.
     */
    public static <T> List<T> pick(List<T> items, java.util.function.IntFunction<int[]> positions, int[] ends) {
        if (ends.length == 0) {
            return List.of();
        }
        if (ends.length == 1) {
            int[] at = positions.apply(ends[0]);
            List<T> picked = new ArrayList<>(at.length);
            for (int k : at) {
                picked.add(items.get(k));
            }
            return picked;
        }
        BitSet wanted = new BitSet(items.size());
        for (int e : ends) {
            for (int k : positions.apply(e)) {
                wanted.set(k);
            }
        }
        List<T> picked = new ArrayList<>(wanted.cardinality());
        for (int k = wanted.nextSetBit(0); k >= 0; k = wanted.nextSetBit(k + 1)) {
            picked.add(items.get(k));
        }
        return picked;
    }
}
