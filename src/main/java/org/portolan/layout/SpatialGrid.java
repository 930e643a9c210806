package org.portolan.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Buckets rectangles by grid cell so that "what is near here" stays cheap on 1,000-node diagrams. */
final class SpatialGrid<T> {

    /** The side of a cell: about the size of what is looked for, so that a cell holds few entries. */
    private final double cell;

    SpatialGrid(double cell) {
        this.cell = cell;
    }

    private record Entry<T>(Rect rect, T item) {
    }

    private final Map<Long, List<Entry<T>>> cells = new HashMap<>();

    void add(Rect rect, T item) {
        Entry<T> entry = new Entry<>(rect, item);
        for (long key : keys(rect)) {
            cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(entry);
        }
    }

    /**
     * The total area by which the rectangles intersect {@code area}, or any value above {@code enough} once
     * the total passes it. An entry spread over several cells is counted in the one cell that holds the
     * top-left corner of its intersection, so once, without a set.
     */
    double overlap(Rect area, double enough) {
        double total = 0;
        for (long key : keys(area)) {
            List<Entry<T>> bucket = cells.get(key);
            if (bucket == null) {
                continue;
            }
            for (Entry<T> e : bucket) {
                Rect r = e.rect();
                double left = Math.max(area.x(), r.x());
                double top = Math.max(area.y(), r.y());
                double w = Math.min(area.maxX(), r.maxX()) - left;
                double h = Math.min(area.maxY(), r.maxY()) - top;
                if (w > 0 && h > 0 && key == key(left, top)) {
                    total += w * h;
                    if (total > enough) {
                        return total;
                    }
                }
            }
        }
        return total;
    }

    private long key(double x, double y) {
        return cellKey((long) Math.floor(x / cell), (long) Math.floor(y / cell));
    }

    /**
     * A cell's key, its two indices mixed (multiplying by an odd constant is one-to-one): a Long's hash folds
     * its halves together, and unmixed, the cells along each diagonal had the same hash.
     */
    private static long cellKey(long cx, long cy) {
        return ((cx << 32) ^ (cy & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }

    /** Items whose cells the segment a–b passes through (exact cell walk, not the bounding box). */
    List<T> querySegment(Vec a, Vec b) {
        List<T> found = new ArrayList<>();
        java.util.Set<Entry<T>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        walk(a, b, key -> {
            List<Entry<T>> bucket = cells.get(key);
            if (bucket != null) {
                for (Entry<T> e : bucket) {
                    if (seen.add(e)) {
                        found.add(e.item());
                    }
                }
            }
        });
        return found;
    }

    /** Adds an item for a segment to the cells the segment passes through, not to every cell of its box. */
    void addAlong(Vec a, Vec b, T item) {
        Entry<T> entry = new Entry<>(new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()),
                Math.abs(b.x() - a.x()), Math.abs(b.y() - a.y())), item);
        walk(a, b, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(entry));
    }

    /**
     * How many items in the cells {@code area} covers match, counting up to {@code enough}; an item in several of
     * those cells counts once per cell, which is all a "fewest" comparison needs, without allocating.
     */
    int count(Rect area, java.util.function.Predicate<T> matches, int enough) {
        int n = 0;
        for (long key : keys(area)) {
            List<Entry<T>> bucket = cells.get(key);
            if (bucket == null) {
                continue;
            }
            for (Entry<T> e : bucket) {
                if (matches.test(e.item()) && ++n >= enough) {
                    return n;
                }
            }
        }
        return n;
    }

    /** The keys of the cells the segment a–b passes through, in order. */
    private void walk(Vec a, Vec b, java.util.function.LongConsumer visit) {
        long cx = (long) Math.floor(a.x() / cell);
        long cy = (long) Math.floor(a.y() / cell);
        long ex = (long) Math.floor(b.x() / cell);
        long ey = (long) Math.floor(b.y() / cell);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY : ((stepX > 0 ? (cx + 1) * cell : cx * cell) - a.x()) / dx;
        double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY : ((stepY > 0 ? (cy + 1) * cell : cy * cell) - a.y()) / dy;
        double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(dx);
        double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(dy);
        long limit = Math.abs(ex - cx) + Math.abs(ey - cy) + 2;
        for (long i = 0; i <= limit; i++) {
            visit.accept(cellKey(cx, cy));
            if (cx == ex && cy == ey) {
                break;
            }
            if (tMaxX < tMaxY) {
                tMaxX += tDeltaX;
                cx += stepX;
            } else {
                tMaxY += tDeltaY;
                cy += stepY;
            }
        }
    }

    /** The keys of the cells a rectangle covers. */
    private long[] keys(Rect r) {
        long x0 = (long) Math.floor(r.x() / cell);
        long x1 = (long) Math.floor(r.maxX() / cell);
        long y0 = (long) Math.floor(r.y() / cell);
        long y1 = (long) Math.floor(r.maxY() / cell);
        long[] keys = new long[(int) ((x1 - x0 + 1) * (y1 - y0 + 1))];
        int i = 0;
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                keys[i++] = cellKey(cx, cy);
            }
        }
        return keys;
    }
}
