package org.portolan.layout;

import java.util.ArrayList;
import java.util.List;
import org.portolan.layout.DiagramLayout.NodeBox;

/** Arrow routes that bend around cards in their way. */
final class ArrowRoutes {

    private static final double DETOUR_MARGIN = 18;

    private ArrowRoutes() {
    }

    /** From {@code start} on one card's border to {@code end} on the other's, bending around the cards of
     * {@code obstacles} (null: straight). */
    static List<Vec> route(Vec start, Vec end, Rect from, Rect to, SpatialGrid<Rect> obstacles) {
        List<Vec> points = new ArrayList<>();
        points.add(start);
        detour(start, end, from, to, obstacles, points, 0);
        return points;
    }

    /** Appends the route from a (already added) to b, bending around any card in the way. */
    private static void detour(Vec a, Vec b, Rect from, Rect to, SpatialGrid<Rect> obstacles, List<Vec> points,
                               int depth) {
        Rect blocker = depth > 4 || obstacles == null ? null : firstBlocker(a, b, from, to, obstacles);
        if (blocker == null) {
            points.add(b);
            return;
        }
        // Go around the card along its nearer side, corner to corner.
        Rect r = blocker.inflate(DETOUR_MARGIN);
        Vec first;
        Vec second;
        if (Math.abs(b.x() - a.x()) >= Math.abs(b.y() - a.y())) {
            double t = (r.centerX() - a.x()) / (b.x() - a.x());
            double side = a.y() + (b.y() - a.y()) * t <= r.centerY() ? r.y() : r.maxY();
            boolean rightwards = a.x() < b.x();
            first = new Vec(rightwards ? r.x() : r.maxX(), side);
            second = new Vec(rightwards ? r.maxX() : r.x(), side);
        } else {
            double t = (r.centerY() - a.y()) / (b.y() - a.y());
            double side = a.x() + (b.x() - a.x()) * t <= r.centerX() ? r.x() : r.maxX();
            boolean downwards = a.y() < b.y();
            first = new Vec(side, downwards ? r.y() : r.maxY());
            second = new Vec(side, downwards ? r.maxY() : r.y());
        }
        if (alreadyBeside(a, first, second)) {
            // The arrow starts above, below or beside the card already: only its far corner is in the way.
            detour(a, second, from, to, obstacles, points, depth + 1);
        } else {
            detour(a, first, from, to, obstacles, points, depth + 1);
            detour(first, second, from, to, obstacles, points, depth + 1);
        }
        detour(second, b, from, to, obstacles, points, depth + 1);
    }

    /** Whether {@code a} lies between the two corners along the side they share: past the first already. */
    private static boolean alreadyBeside(Vec a, Vec first, Vec second) {
        if (first.y() == second.y()) {
            return a.x() > Math.min(first.x(), second.x()) && a.x() < Math.max(first.x(), second.x());
        }
        return a.y() > Math.min(first.y(), second.y()) && a.y() < Math.max(first.y(), second.y());
    }

    private static Rect firstBlocker(Vec a, Vec b, Rect from, Rect to, SpatialGrid<Rect> obstacles) {
        Rect nearest = null;
        double best = Double.MAX_VALUE;
        for (Rect card : obstacles.querySegment(a, b)) {
            if (card.equals(from) || card.equals(to)) {
                continue;
            }
            Rect r = card.inflate(4);
            if (r.intersectsSegment(a, b)) {
                double d = r.center().minus(a).length();
                if (d < best) {
                    best = d;
                    nearest = card;
                }
            }
        }
        return nearest;
    }

    /** The cards as obstacles for routes. */
    static SpatialGrid<Rect> obstacles(List<NodeBox> boxes) {
        SpatialGrid<Rect> grid = new SpatialGrid<>(240);
        boxes.forEach(b -> grid.add(b.rect().inflate(4), b.rect()));
        return grid;
    }
}
