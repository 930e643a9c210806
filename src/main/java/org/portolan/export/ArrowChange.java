package org.portolan.export;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.portolan.layout.DiagramLayout.Connector;

/**
 * What an edit changed in the arrows an {@link ArrowStack} draws: the arrows no longer drawn, with their ids, the
 * places of those newly drawn, and each place's id ({@link ArrowStack#NONE} for an arrow not drawn, {@link #NEW}
 * for one newly drawn until the stack gives it its id).
 */
record ArrowChange(List<Connector> gone, int[] goneIds, int[] added, int[] idAt) {

    /** An arrow newly drawn, until it is given its id. */
    static final int NEW = -3;
    private static final int NONE = ArrowStack.NONE;

    /**
     * Follows each arrow of {@code before} (ids {@code idAt}) into {@code after}, walking both in step: the
     * same object, drawn in both, keeps its id; one drawn only after is added ({@link #NEW} until the stack
     * gives it an id). Null past {@code most} changes. Where they part, a few arrows ahead are looked at to tell
     * an arrow gone from one come; past that, where in {@code after} each arrow is is looked up instead, in a map
     * of all of them. An arrow taken for gone and come again, or two arrows that swapped places, come out right
     * all the same: drawn again, at its place.
     */
    static ArrowChange between(List<Connector> before, int[] idAt, List<Connector> after,
                               Predicate<Connector> drawnAfter, int most) {
        Connector[] was = before.toArray(new Connector[0]);
        Connector[] now = after.toArray(new Connector[0]);
        ArrowChange change = walk(was, idAt, now, drawnAfter, most, null);
        if (change != null) {
            return change;
        }
        Map<Connector, Integer> places = new IdentityHashMap<>(2 * now.length);
        for (int j = 0; j < now.length; j++) {
            places.put(now[j], j);
        }
        return walk(was, idAt, now, drawnAfter, most, places);
    }

    /** How far ahead a walk without {@code places} looks. */
    private static final int AHEAD = 64;
    /**
     * How many pairs in a row a walk without {@code places} takes for changed before it takes itself for lost:
     * a card's arrows are replaced in runs of hundreds (225 for an Edge of the 1,000-node diagram), while a
     * run of gone arrows longer than it looks ahead puts every later pair out of step.
     */
    private static final int UNMATCHED_IN_A_ROW = 1024;

    private static ArrowChange walk(Connector[] before, int[] idAt, Connector[] after,
                                    Predicate<Connector> drawnAfter, int most, Map<Connector, Integer> places) {
        int[] newIds = new int[after.length];
        List<Connector> gone = new ArrayList<>();
        IntList goneIds = new IntList();
        IntList added = new IntList();
        int unmatched = 0; // pairs taken for changed in a row
        int i = 0;
        int j = 0;
        while (i < before.length || j < after.length) {
            boolean old = i < before.length;
            boolean now = j < after.length;
            boolean goes;
            boolean comes;
            if (old && now && before[i] == after[j]) {
                goes = true;
                comes = true;
                unmatched = 0;
                Connector c = after[j];
                if (idAt[i] >= 0 && drawnAfter.test(c)) {
                    newIds[j++] = idAt[i++];
                    continue;
                }
            } else if (!now) {
                goes = true;
                comes = false;
            } else if (!old) {
                goes = false;
                comes = true;
            } else if (places != null) {
                Integer at = places.get(before[i]);
                goes = at == null || at < j;
                comes = !goes;
            } else if (found(after, j + 1, before[i])) {
                goes = false;
                comes = true;
            } else if (found(before, i + 1, after[j])) {
                goes = true;
                comes = false;
            } else {
                goes = true;
                comes = true;
                if (++unmatched > UNMATCHED_IN_A_ROW) {
                    return null;
                }
            }
            if (goes) {
                if (idAt[i] >= 0) {
                    gone.add(before[i]);
                    goneIds.add(idAt[i]);
                }
                i++;
            }
            if (comes) {
                if (drawnAfter.test(after[j])) {
                    newIds[j] = NEW;
                    added.add(j);
                } else {
                    newIds[j] = NONE;
                }
                j++;
            }
            if (gone.size() + added.size() > most) {
                return null;
            }
        }
        return new ArrowChange(gone, goneIds.toArray(), added.toArray(), newIds);
    }

    /** True when {@code c} is among the {@link #AHEAD} arrows of {@code arrows} from {@code from} on. */
    private static boolean found(Connector[] arrows, int from, Connector c) {
        int to = Math.min(arrows.length, from + AHEAD);
        for (int k = from; k < to; k++) {
            if (arrows[k] == c) {
                return true;
            }
        }
        return false;
    }
}
