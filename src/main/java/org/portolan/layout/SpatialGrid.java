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
        List<Entry<T>> seen = new ArrayList<>();
        forCells(area, key -> {
            List<Entry<T>> bucket = cells.get(key);
            if (bucket != null) {
                for (Entry<T> e : bucket) {
                    if (e.rect().intersects(area) && !containsIdentity(seen, e)) {
                        seen.add(e);
                        found.add(e.item());
                    }
                }
            }
        });
        return found;
    }

    private static <T> boolean containsIdentity(List<Entry<T>> list, Entry<T> e) {
        for (Entry<T> x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
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
