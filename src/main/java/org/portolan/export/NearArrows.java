package org.portolan.export;

import java.util.List;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.Vec;

/**
 * The pixels a few arrows' drawings can touch on a pixel grid: each arrow's route widened by how far its line
 * and head reach ({@link Connector#reach()}), plus a pixel for lines thinner than one, which are widened to one,
 * and a pixel for rounding. Only those pixels change when those arrows change, and only the arrows passing
 * near enough to draw on them need drawing again to know what those pixels show.
 */
final class NearArrows {

    /** The most arrows worth looking near: every arrow drawn is compared with each of their segments. */
    static final int MOST = 64;

    /** The routes' segments on the grid, in pixels: x0, y0, x1, y1 each. */
    private final double[] segments;
    /** How far, in pixels, from its route any arrow's drawing can reach. */
    private final double radius;
    private final PixelGrid grid;
    /** The segments' bounds on the grid, widened by {@link #radius}: minX, minY, maxX, maxY. */
    private final double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};

    NearArrows(List<Connector> arrows, PixelGrid grid) {
        this.grid = grid;
        this.radius = (Connector.ARROW_HALF_WIDTH + 3) * grid.scale() + 2;
        int count = 0;
        for (Connector c : arrows) {
            count += c.points().size() - 1;
        }
        segments = new double[count * 4];
        int at = 0;
        for (Connector c : arrows) {
            List<Vec> points = c.points();
            for (int i = 0; i + 1 < points.size(); i++) {
                at = put(points.get(i), at);
                at = put(points.get(i + 1), at);
            }
        }
        for (int i = 0; i < segments.length; i += 2) {
            bounds[0] = Math.min(bounds[0], segments[i] - radius);
            bounds[1] = Math.min(bounds[1], segments[i + 1] - radius);
            bounds[2] = Math.max(bounds[2], segments[i] + radius);
            bounds[3] = Math.max(bounds[3], segments[i + 1] + radius);
        }
    }

    private int put(Vec p, int at) {
        segments[at] = p.x() * grid.scale() - grid.x();
        segments[at + 1] = p.y() * grid.scale() - grid.y();
        return at + 2;
    }

    /**
     * True when arrow {@code c}'s drawing can touch a pixel near these arrows: its route passes within two
     * reaches of theirs. Its bounds are looked at first, without making any object, as most arrows are far.
     */
    boolean reaches(Connector c) {
        List<Vec> points = c.points();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            Vec p = points.get(i);
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double s = grid.scale();
        if (maxX * s - grid.x() + radius < bounds[0] || minX * s - grid.x() - radius > bounds[2]
                || maxY * s - grid.y() + radius < bounds[1] || minY * s - grid.y() - radius > bounds[3]) {
            return false;
        }
        for (int i = 0; i + 1 < points.size(); i++) {
            double ax = points.get(i).x() * s - grid.x();
            double ay = points.get(i).y() * s - grid.y();
            double bx = points.get(i + 1).x() * s - grid.x();
            double by = points.get(i + 1).y() * s - grid.y();
            for (int k = 0; k < segments.length; k += 4) {
                if (distance(ax, ay, bx, by, segments[k], segments[k + 1], segments[k + 2], segments[k + 3])
                        <= 2 * radius) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pixels these arrows can touch, as {x0, y0, x1, y1} (x1, y1 exclusive) within an image of this size. */
    int[] pixelBounds(int width, int height) {
        return new int[] {Math.max(0, (int) Math.floor(bounds[0])), Math.max(0, (int) Math.floor(bounds[1])),
            Math.min(width, (int) Math.ceil(bounds[2]) + 1), Math.min(height, (int) Math.ceil(bounds[3]) + 1)};
    }

    /** Copies the pixels these arrows can touch from {@code from} to {@code to}, images {@code width} wide. */
    void copy(int[] from, int[] to, int width, int height) {
        for (int k = 0; k < segments.length; k += 4) {
            double ax = segments[k];
            double ay = segments[k + 1];
            double bx = segments[k + 2];
            double by = segments[k + 3];
            int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - radius));
            int x1 = Math.min(width, (int) Math.ceil(Math.max(ax, bx) + radius) + 1);
            int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - radius));
            int y1 = Math.min(height, (int) Math.ceil(Math.max(ay, by) + radius) + 1);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    if (pointToSegment(x + 0.5, y + 0.5, ax, ay, bx, by) <= radius) {
                        to[y * width + x] = from[y * width + x];
                    }
                }
            }
        }
    }

    /** The distance between two segments, AB and CD. */
    static double distance(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        if (crosses(ax, ay, bx, by, cx, cy, dx, dy)) {
            return 0;
        }
        return Math.min(Math.min(pointToSegment(ax, ay, cx, cy, dx, dy), pointToSegment(bx, by, cx, cy, dx, dy)),
                Math.min(pointToSegment(cx, cy, ax, ay, bx, by), pointToSegment(dx, dy, ax, ay, bx, by)));
    }

    private static boolean crosses(double ax, double ay, double bx, double by, double cx, double cy, double dx,
                                   double dy) {
        double d1 = cross(cx, cy, dx, dy, ax, ay);
        double d2 = cross(cx, cy, dx, dy, bx, by);
        double d3 = cross(ax, ay, bx, by, cx, cy);
        double d4 = cross(ax, ay, bx, by, dx, dy);
        return (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0) && d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0;
    }

    private static double cross(double ox, double oy, double ax, double ay, double bx, double by) {
        return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
    }

    static double pointToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double vx = bx - ax;
        double vy = by - ay;
        double lengthSquared = vx * vx + vy * vy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / lengthSquared));
        double dx = px - (ax + t * vx);
        double dy = py - (ay + t * vy);
        return Math.sqrt(dx * dx + dy * dy);
    }
}
