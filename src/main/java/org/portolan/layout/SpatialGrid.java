package org.portolan.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Buckets rectangles by grid cell so that "what is near here" stays cheap on 1,000-node diagrams. */
final class SpatialGrid<T> {

    private static final double CELL = 240;

    private record Entry<T>(Rect rect, T item) {
    }

    private final Map<Long, List<Entry<T>>> cells = new HashMap<>();

    void add(Rect rect, T item) {
        Entry<T> entry = new Entry<>(rect, item);
        forCells(rect, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(entry));
    }

    /** Items whose rectangle intersects {@code area}, each once. */
    List<T> query(Rect area) {
        List<T> found = new ArrayList<>();
        java.util.Set<Entry<T>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        forCells(area, key -> {
            List<Entry<T>> bucket = cells.get(key);
            if (bucket != null) {
                for (Entry<T> e : bucket) {
                    if (e.rect().intersects(area) && seen.add(e)) {
                        found.add(e.item());
                    }
                }
            }
        });
        return found;
    }

    /** Items whose cells the segment a–b passes through (exact cell walk, not the bounding box). */
    List<T> querySegment(Vec a, Vec b) {
        List<T> found = new ArrayList<>();
        java.util.Set<Entry<T>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long cx = (long) Math.floor(a.x() / CELL);
        long cy = (long) Math.floor(a.y() / CELL);
        long ex = (long) Math.floor(b.x() / CELL);
        long ey = (long) Math.floor(b.y() / CELL);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY : ((stepX > 0 ? (cx + 1) * CELL : cx * CELL) - a.x()) / dx;
        double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY : ((stepY > 0 ? (cy + 1) * CELL : cy * CELL) - a.y()) / dy;
        double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : CELL / Math.abs(dx);
        double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : CELL / Math.abs(dy);
        long limit = Math.abs(ex - cx) + Math.abs(ey - cy) + 2;
        for (long i = 0; i <= limit; i++) {
            List<Entry<T>> bucket = cells.get((cx << 32) ^ (cy & 0xffffffffL));
            if (bucket != null) {
                for (Entry<T> e : bucket) {
                    if (seen.add(e)) {
                        found.add(e.item());
                    }
                }
            }
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
        return found;
    }

    private static void forCells(Rect r, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor(r.x() / CELL);
        long x1 = (long) Math.floor(r.maxX() / CELL);
        long y0 = (long) Math.floor(r.y() / CELL);
        long y1 = (long) Math.floor(r.maxY() / CELL);
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                action.accept((cx << 32) ^ (cy & 0xffffffffL));
            }
        }
    }
}
