package org.portolan.export;

import java.util.function.IntPredicate;

/**
 * A list of ints for each tile of an image, all in one array: {@link ArrowStack}'s lists of the arrows crossing
 * each tile, two and a half million entries in two thousand lists. As two thousand arrays they were made exactly full, so
 * the first edit grew most of them (57-90 ms), and every young collection after a stack was made copied them. A
 * list that fills up moves to the end of the array with twice the room; when the array runs out, every list is
 * packed again with half as much room again as it holds. Lists are made with that room, and a quarter of the
 * whole spare, when the stack is made in the background: a new array of 15 MB took up to 45 ms on the edit's
 * thread, its memory fresh from the system.
 */
final class TileLists {

    private int[] slots;
    private final int[] start;
    private final int[] room;
    private final int[] size;
    /** Where the room not given to any list starts. */
    private int end;

    /** Lists for {@code counts.length} tiles, each with room for its count and half as much again. */
    TileLists(int[] counts) {
        int n = counts.length;
        start = new int[n];
        room = new int[n];
        size = new int[n];
        pack(counts);
    }

    int tiles() {
        return start.length;
    }

    int size(int tile) {
        return size[tile];
    }

    /** The array the lists are in: tile {@code t}'s values are at {@link #start}{@code (t)} on. */
    int[] values() {
        return slots;
    }

    int start(int tile) {
        return start[tile];
    }

    void add(int tile, int value) {
        if (size[tile] == room[tile]) {
            moveToEnd(tile);
        }
        slots[start[tile] + size[tile]++] = value;
    }

    /** Drops the tile's values that {@code gone} holds for, keeping the others in order. */
    void removeIf(int tile, IntPredicate gone) {
        int from = start[tile];
        int kept = 0;
        for (int k = 0; k < size[tile]; k++) {
            int v = slots[from + k];
            if (!gone.test(v)) {
                slots[from + kept++] = v;
            }
        }
        size[tile] = kept;
    }

    /** Gives a full list twice the room at the end of the array, packing every list first when that runs out. */
    private void moveToEnd(int tile) {
        int wanted = Math.max(8, room[tile] * 2);
        if (end + wanted > slots.length) {
            pack(size.clone()); // every list, this one too, then has room
            return;
        }
        System.arraycopy(slots, start[tile], slots, end, size[tile]);
        start[tile] = end;
        room[tile] = wanted;
        end += wanted;
    }

    /** Lays the lists out again, each with room for its count and half as much again, and spare room at the end. */
    private void pack(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += roomFor(c);
        }
        long length = total + total / 4;
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("tile lists of " + length + " entries");
        }
        int[] packed = new int[(int) length];
        int at = 0;
        for (int t = 0; t < counts.length; t++) {
            if (slots != null) {
                System.arraycopy(slots, start[t], packed, at, size[t]);
            }
            start[t] = at;
            room[t] = roomFor(counts[t]);
            at += room[t];
        }
        slots = packed;
        end = at;
    }

    private static int roomFor(int count) {
        return count + count / 2 + 8;
    }
}
