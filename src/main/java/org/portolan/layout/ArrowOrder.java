package org.portolan.layout;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.portolan.flow.ByEnds;
import org.portolan.flow.FlowIndex;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramLayout.Connector;

/**
 * Arrows come in the order of their first flows. After an edit that leaves most arrows in that order among
 * themselves, the others are put in among them by halving, which asks the index where a few arrows' first
 * flows are instead of grouping 100,000 flows again.
 */
final class ArrowOrder {

    private ArrowOrder() {
    }

    /**
     * An overview's arrows with each one's cards by index (as in {@link DiagramLayout#connectorSources()}),
     * the arrows of each card, and the traffic classes drawn.
     */
    record Arrows(List<Connector> connectors, int[][] byCard, int[] sources, int[] targets,
                  Set<TrafficClass> classes) {
    }

    /** Arrows with their cards, by index: {@code from[i]} and {@code to[i]} are the cards of {@code arrows[i]}. */
    record Placed(Connector[] arrows, int[] from, int[] to) {
        int size() {
            return arrows.length;
        }
    }

    /**
     * The arrows {@code c} of {@code arrows} (from card {@code from[c]} to card {@code to[c]}) that {@code keep}
     * holds for, in order, with their cards renumbered by {@code card}. Runs of them are copied at once: storing
     * 66,000 references one by one took a millisecond or more (each store passes the collector's write
     * barrier), one copy a fiftieth of that.
     */
    static Placed pick(List<Connector> arrows, int[] from, int[] to, IntPredicate keep, IntUnaryOperator card) {
        Connector[] all = arrows.toArray(new Connector[0]);
        int n = 0;
        for (int c = 0; c < all.length; c++) {
            if (keep.test(c)) {
                n++;
            }
        }
        Connector[] kept = n == all.length ? all : new Connector[n];
        int[] keptFrom = new int[n];
        int[] keptTo = new int[n];
        int at = 0;
        int runStart = 0; // where the arrows kept since the last one left out start
        for (int c = 0; c <= all.length; c++) {
            if (c < all.length && keep.test(c)) {
                keptFrom[at + c - runStart] = card.applyAsInt(from[c]);
                keptTo[at + c - runStart] = card.applyAsInt(to[c]);
                continue;
            }
            if (kept != all) {
                System.arraycopy(all, runStart, kept, at, c - runStart);
            }
            at += c - runStart;
            runStart = c + 1;
        }
        return new Placed(kept, keptFrom, keptTo);
    }

    /**
     * {@code kept}, in the order of their first flows already, and {@code extra} put in among them where their
     * first flows are: {@code first[i]} is the position of the first flow of {@code extra}'s i-th arrow in the
     * flows {@code index} indexes. Each extra arrow goes before the first kept one whose first flow comes after
     * its own.
     */
    static Arrows merge(Placed kept, Placed extra, int[] first, FlowIndex index, int cards,
                        Set<TrafficClass> classes) {
        long[] byFirst = new long[extra.size()]; // first flow's position, then arrow, in one long
        for (int i = 0; i < byFirst.length; i++) {
            byFirst[i] = (long) first[i] << 32 | i;
        }
        java.util.Arrays.sort(byFirst);
        int n = kept.size() + extra.size();
        Placed out = new Placed(new Connector[n], new int[n], new int[n]);
        int at = 0;
        int s = 0;
        for (long key : byFirst) {
            int position = (int) (key >>> 32);
            int lo = s;
            int hi = kept.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (index.firstOf(kept.from()[mid], kept.to()[mid]) < position) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            at = copy(kept, s, lo, out, at);
            s = lo;
            at = copy(extra, (int) key, (int) key + 1, out, at);
        }
        copy(kept, s, kept.size(), out, at);
        return arrows(out, cards, classes);
    }

    /** Copies arrows {@code from} up to {@code to} of {@code in} into {@code out} at {@code at}; returns the end. */
    private static int copy(Placed in, int from, int to, Placed out, int at) {
        System.arraycopy(in.arrows(), from, out.arrows(), at, to - from);
        System.arraycopy(in.from(), from, out.from(), at, to - from);
        System.arraycopy(in.to(), from, out.to(), at, to - from);
        return at + to - from;
    }

    /**
     * The traffic classes {@code arrows} draw, from those drawn before an edit that changed some arrows: those
     * before, plus {@code added} (the classes of the arrows made), less any of {@code maybeGone} (the classes of
     * the arrows replaced or dropped) that no arrow draws any more. Each of those is looked for among the arrows,
     * which mostly finds it at once, instead of reading 66,000 arrows for their classes.
     */
    static Set<TrafficClass> classes(Set<TrafficClass> before, Set<TrafficClass> added, Set<TrafficClass> maybeGone,
                                     List<Connector> arrows) {
        Set<TrafficClass> classes = java.util.EnumSet.noneOf(TrafficClass.class);
        classes.addAll(before);
        classes.addAll(added);
        for (TrafficClass t : maybeGone) {
            if (!added.contains(t) && arrows.stream().noneMatch(c -> c.trafficClass() == t)) {
                classes.remove(t);
            }
        }
        return java.util.Collections.unmodifiableSet(classes);
    }

    /** The layout's arrows: these, in this order, each card's, and the classes they draw. */
    static Arrows arrows(Placed placed, int cards, Set<TrafficClass> classes) {
        return new Arrows(java.util.Collections.unmodifiableList(java.util.Arrays.asList(placed.arrows())),
                ByEnds.of(placed.from(), placed.to(), cards), placed.from(), placed.to(), classes);
    }
}
