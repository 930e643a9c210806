package org.portolan.export;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.Rect;

/**
 * Where two drawings of a diagram's arrows differ: the arrows drawn in one and not in the other, compared by
 * identity (a layout made from the one before keeps the arrows an edit left alone as the same objects). An
 * image of the earlier arrows then needs only that area drawn again ({@link PngExporter#redrawArrows}) to show
 * the later ones, as long as the arrows drawn in both keep their order among themselves, which layouts made
 * after an edit do.
 */
public final class ChangedArrows {

    private ChangedArrows() {
    }

    /**
     * The area covering every arrow that {@code drawnBefore} accepts in {@code before} or {@code drawnAfter} in
     * {@code after}, but not both; null when more than {@code most} arrows differ (drawing everything is then
     * as quick), and an empty area at the origin when none do.
     */
    public static Rect area(List<Connector> before, Predicate<Connector> drawnBefore, List<Connector> after,
                            Predicate<Connector> drawnAfter, int most) {
        List<Connector> changed = of(before, drawnBefore, after, drawnAfter, most);
        return changed == null ? null : area(changed);
    }

    /** The area the drawings of these arrows cover; an empty area at the origin for none. */
    public static Rect area(List<Connector> changed) {
        Rect area = null;
        for (Connector c : changed) {
            area = area == null ? c.reach() : area.union(c.reach());
        }
        return area == null ? new Rect(0, 0, 0, 0) : area;
    }

    /**
     * The arrows that {@code drawnBefore} accepts in {@code before} or {@code drawnAfter} in {@code after}, but not
     * both (those of the earlier drawing first); null when more than {@code most} differ.
     */
    public static List<Connector> of(List<Connector> before, Predicate<Connector> drawnBefore, List<Connector> after,
                                     Predicate<Connector> drawnAfter, int most) {
        // Arrows at the same place in both lists, the same object, are passed over without hashing them.
        int common = Math.min(before.size(), after.size());
        int head = 0;
        while (head < common && before.get(head) == after.get(head)) {
            head++;
        }
        int tail = 0;
        while (tail < common - head
                && before.get(before.size() - 1 - tail) == after.get(after.size() - 1 - tail)) {
            tail++;
        }
        Map<Connector, Boolean> earlier = new IdentityHashMap<>();
        for (int i = head; i < before.size() - tail; i++) {
            Connector c = before.get(i);
            if (drawnBefore.test(c)) {
                earlier.put(c, Boolean.TRUE);
            }
        }
        List<Connector> added = new ArrayList<>();
        for (int i = head; i < after.size() - tail; i++) {
            Connector c = after.get(i);
            if (drawnAfter.test(c) && earlier.remove(c) == null) {
                added.add(c);
                if (added.size() > most) {
                    return null;
                }
            }
        }
        List<Connector> changed = new ArrayList<>(earlier.keySet());
        changed.addAll(added);
        // Arrows in the common head and tail are drawn in one list and not the other only if the predicates
        // differ there, which they do when the selection changed: those count too.
        for (int i = 0; i < head; i++) {
            Connector c = before.get(i);
            if (drawnBefore.test(c) != drawnAfter.test(c)) {
                changed.add(c);
            }
        }
        for (int i = 0; i < tail; i++) {
            Connector c = after.get(after.size() - 1 - i);
            if (drawnBefore.test(c) != drawnAfter.test(c)) {
                changed.add(c);
            }
        }
        return changed.size() > most ? null : changed;
    }
}
