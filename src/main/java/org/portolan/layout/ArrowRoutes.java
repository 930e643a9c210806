package org.portolan.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.portolan.layout.DiagramLayout.NodeBox;

/** Arrow routes that bend around cards in their way, and label spots along them that cover nothing. */
final class ArrowRoutes {

    static final double LANE_OFFSET = 6;
    private static final double DETOUR_MARGIN = 18;
    private static final double[] LABEL_STOPS = {0.5, 0.38, 0.62, 0.27, 0.73, 0.17, 0.83};
    /**
     * Label offsets from the arrow, in label heights: on it first, then beside it; the farther ones only when
     * cards dragged close together leave no room along a short arrow, where a label would cover a card.
     */
    private static final double[] LABEL_SHIFTS = {0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5};

    private ArrowRoutes() {
    }

    /** From border to border, bending around the cards of {@code obstacles} (null: straight). */
    static List<Vec> route(Rect from, Rect to, boolean twoWay, SpatialGrid<Rect> obstacles) {
        Vec a = from.center();
        Vec b = to.center();
        if (twoWay) {
            Vec shift = b.minus(a).unit().perpendicular().times(LANE_OFFSET);
            a = a.plus(shift);
            b = b.plus(shift);
        }
        List<Vec> points = new ArrayList<>();
        points.add(a);
        detour(a, b, from, to, obstacles, points, 0);
        // Start and end on the cards' borders rather than their centres.
        points.set(0, exit(from, points.get(0), points.get(1)));
        int last = points.size() - 1;
        points.set(last, exit(to, points.get(last), points.get(last - 1)));
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
        detour(a, first, from, to, obstacles, points, depth + 1);
        detour(first, second, from, to, obstacles, points, depth + 1);
        detour(second, b, from, to, obstacles, points, depth + 1);
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

    /** Where the segment from {@code inside} towards {@code outside} leaves {@code r}. */
    private static Vec exit(Rect r, Vec inside, Vec outside) {
        boolean starts = r.contains(inside);
        boolean leaves = !r.contains(outside);
        if (!starts || !leaves) {
            return inside;
        }
        double dx = outside.x() - inside.x();
        double dy = outside.y() - inside.y();
        double t = 1;
        if (dx > 0) {
            t = Math.min(t, (r.maxX() - inside.x()) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (r.x() - inside.x()) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (r.maxY() - inside.y()) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (r.y() - inside.y()) / dy);
        }
        return inside.lerp(outside, t);
    }

    /**
     * The first spot along the arrow, longest segment first, where a label {@code width} wide covers nothing
     * in {@code occupied}; when there is none, the spot with the least overlap.
     */
    static Rect placeLabel(List<Vec> points, double width, double height, SpatialGrid<Rect> occupied) {
        List<Integer> segments = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            segments.add(i);
        }
        segments.sort(Comparator.comparingDouble(i -> -points.get(i + 1).minus(points.get(i)).length()));
        Rect best = null;
        double bestOverlap = Double.MAX_VALUE;
        for (double shift : LABEL_SHIFTS) {
            for (int i : segments) {
                Vec a = points.get(i);
                Vec b = points.get(i + 1);
                Vec normal = b.minus(a).unit().perpendicular().times(shift * (height + 3));
                for (double t : LABEL_STOPS) {
                    Vec c = a.lerp(b, t).plus(normal);
                    Rect candidate = new Rect(c.x() - width / 2, c.y() - height / 2, width, height);
                    double overlap = occupied.overlap(candidate, bestOverlap);
                    if (overlap == 0) {
                        return candidate;
                    }
                    if (overlap < bestOverlap) {
                        bestOverlap = overlap;
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    /** The cards as obstacles for routes. */
    static SpatialGrid<Rect> obstacles(List<NodeBox> boxes) {
        SpatialGrid<Rect> grid = new SpatialGrid<>(240);
        boxes.forEach(b -> grid.add(b.rect().inflate(4), b.rect()));
        return grid;
    }
}
