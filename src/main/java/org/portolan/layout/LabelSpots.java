package org.portolan.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places arrow labels: each on its own arrow or just beside it, at the first spot along it that covers no
 * card, no other label and no other arrow; over another arrow only where no such spot exists, and over a card
 * or a label only where nothing else is left.
 */
final class LabelSpots {

    /** Between two spots tried along a segment, from its middle outwards. */
    private static final double STEP = 8;
    /**
     * How many free spots along one arrow are checked for other arrows before the one crossing fewest is taken:
     * in a crowded diagram every spot crosses some, and counting them all made a 150-card layout take 0.2 s.
     */
    private static final int CROSSING_CHECKS = 12;
    /** Between a label beside its arrow and the arrow. */
    private static final double GAP = 2;

    private record Segment(int owner, Vec a, Vec b) {
    }

    private final SpatialGrid<Rect> occupied = new SpatialGrid<>(DiagramLayouter.LABEL_HEIGHT * 4);
    private final SpatialGrid<Segment> lines = new SpatialGrid<>(DiagramLayouter.LABEL_HEIGHT * 4);
    private boolean crowded;

    /** Whether a label has had to go over a card or another label: no free spot was left for it. */
    boolean crowded() {
        return crowded;
    }

    /** Something no label may cover: a card, a zone's title. */
    void block(Rect area) {
        occupied.add(area, area);
    }

    /** The route of arrow {@code owner}: other arrows' labels keep off it where they can. */
    void addLine(int owner, List<Vec> points) {
        for (int i = 0; i + 1 < points.size(); i++) {
            lines.addAlong(points.get(i), points.get(i + 1), new Segment(owner, points.get(i), points.get(i + 1)));
        }
    }

    /** The spot for the label of arrow {@code owner} along {@code points}; it is then taken. */
    Rect place(int owner, List<Vec> points, double width, double height) {
        List<Integer> segments = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            segments.add(i);
        }
        segments.sort(Comparator.comparingDouble(i -> -points.get(i + 1).minus(points.get(i)).length()));
        Rect best = null;
        double bestOverlap = Double.MAX_VALUE;
        int bestCrossings = Integer.MAX_VALUE;
        int checks = 0;
        for (int i : segments) {
            if (checks >= CROSSING_CHECKS) {
                break;
            }
            Vec a = points.get(i);
            Vec b = points.get(i + 1);
            Vec normal = b.minus(a).unit().perpendicular();
            // How far the label's centre must move along the normal for its box to clear the line.
            double beside = Math.abs(normal.x()) * width / 2 + Math.abs(normal.y()) * height / 2 + GAP;
            for (double t : stops(b.minus(a).length())) {
                for (double shift : new double[] {0, beside, -beside}) {
                    Vec c = a.lerp(b, t).plus(normal.times(shift));
                    Rect candidate = new Rect(c.x() - width / 2, c.y() - height / 2, width, height);
                    if (shift != 0 && !touches(candidate, a, b)) {
                        continue; // beside the line's extension past its end, not beside the line
                    }
                    double overlap = occupied.overlap(candidate, bestOverlap);
                    if (overlap > 0) {
                        if (overlap < bestOverlap) {
                            best = candidate;
                            bestOverlap = overlap;
                        }
                        continue;
                    }
                    if (checks++ >= CROSSING_CHECKS) {
                        break;
                    }
                    int crossings = crossings(owner, candidate, bestCrossings);
                    if (crossings == 0) {
                        return take(candidate);
                    }
                    if (bestOverlap > 0 || crossings < bestCrossings) {
                        best = candidate;
                        bestOverlap = 0;
                        bestCrossings = crossings;
                    }
                }
            }
        }
        if (bestOverlap == 0) {
            return take(best); // free, over other arrows only
        }
        crowded = true;
        // Cards dragged close together leave no room along a short arrow: off the line, rather than over a card.
        for (int i : segments) {
            Vec a = points.get(i);
            Vec b = points.get(i + 1);
            Vec normal = b.minus(a).unit().perpendicular();
            for (int k = 1; k <= 5; k++) {
                for (int side : new int[] {1, -1}) {
                    Vec c = a.lerp(b, 0.5).plus(normal.times(side * k * (height + 3)));
                    Rect candidate = new Rect(c.x() - width / 2, c.y() - height / 2, width, height);
                    if (occupied.overlap(candidate, 0) == 0) {
                        return take(candidate);
                    }
                }
            }
        }
        return take(best);
    }

    /** Whether the box comes within {@link #GAP} (and a little) of the segment a–b. */
    private static boolean touches(Rect r, Vec a, Vec b) {
        Rect near = r.inflate(GAP + 0.5);
        return near.intersectsSegment(a, b);
    }

    /** Fractions along a segment this long, its middle first, then outwards both ways. */
    private static double[] stops(double length) {
        int each = Math.max(1, (int) (length * 0.45 / STEP));
        double[] stops = new double[2 * each + 1];
        stops[0] = 0.5;
        for (int i = 1; i <= each; i++) {
            double offset = i * STEP / Math.max(length, 1);
            stops[2 * i - 1] = 0.5 - offset;
            stops[2 * i] = 0.5 + offset;
        }
        return stops;
    }

    private Rect take(Rect spot) {
        occupied.add(spot.inflate(2), spot.inflate(2));
        return spot;
    }

    /** How many segments of other arrows cross the candidate; any number from {@code enough} up once it gets there. */
    private int crossings(int owner, Rect candidate, int enough) {
        return lines.count(candidate, s -> s.owner() != owner && candidate.intersectsSegment(s.a(), s.b()), enough);
    }
}
