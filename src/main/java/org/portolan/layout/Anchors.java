package org.portolan.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each arrow leaves and enters its cards. The ends on one side of a card are spread evenly along it,
 * in the order of where their other ends are: arrows from one card never start on top of each other, and the
 * arrows of different traffic classes between two cards run side by side instead of on one line.
 */
final class Anchors {

    /** One arrow, as its two cards and the order among arrows between the same cards. */
    record Arrow(Rect from, Rect to, int rank) {
    }

    private enum Side { LEFT, RIGHT, TOP, BOTTOM }

    /** One end of an arrow on a card. */
    private record End(int arrow, boolean start, Rect card, Rect other, int rank) {
    }

    private Anchors() {
    }

    /** For each arrow, its start and end point on the borders of its cards. */
    static List<Vec[]> of(List<Arrow> arrows) {
        Map<Rect, Map<Side, List<End>>> bySide = new HashMap<>();
        for (int i = 0; i < arrows.size(); i++) {
            Arrow a = arrows.get(i);
            for (End end : new End[] {new End(i, true, a.from(), a.to(), a.rank()), new End(i, false, a.to(), a.from(), a.rank())}) {
                bySide.computeIfAbsent(end.card(), c -> new HashMap<>())
                        .computeIfAbsent(side(end.card(), end.other()), s -> new ArrayList<>()).add(end);
            }
        }
        List<Vec[]> anchors = new ArrayList<>(arrows.size());
        arrows.forEach(a -> anchors.add(new Vec[2]));
        bySide.forEach((card, sides) -> sides.forEach((side, ends) -> {
            boolean vertical = side == Side.LEFT || side == Side.RIGHT;
            ends.sort(Comparator.<End>comparingDouble(e -> vertical ? e.other().centerY() : e.other().centerX())
                    .thenComparingDouble(e -> vertical ? e.other().centerX() : e.other().centerY())
                    .thenComparingInt(End::rank));
            for (int i = 0; i < ends.size(); i++) {
                double along = (i + 1.0) / (ends.size() + 1);
                Vec p = switch (side) {
                    case LEFT -> new Vec(card.x(), card.y() + card.height() * along);
                    case RIGHT -> new Vec(card.maxX(), card.y() + card.height() * along);
                    case TOP -> new Vec(card.x() + card.width() * along, card.y());
                    case BOTTOM -> new Vec(card.x() + card.width() * along, card.maxY());
                };
                End e = ends.get(i);
                anchors.get(e.arrow())[e.start() ? 0 : 1] = p;
            }
        }));
        return anchors;
    }

    /** The side of {@code card} that faces {@code other}, judged relative to the card's proportions. */
    private static Side side(Rect card, Rect other) {
        double dx = (other.centerX() - card.centerX()) / card.width();
        double dy = (other.centerY() - card.centerY()) / card.height();
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? Side.RIGHT : Side.LEFT;
        }
        return dy >= 0 ? Side.BOTTOM : Side.TOP;
    }
}
