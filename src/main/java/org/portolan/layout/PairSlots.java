package org.portolan.layout;

/**
 * Open-addressing map from pair key to arrow index, for finding an earlier arrow by its ends: no boxing, no
 * collision chains, and key and value in one {@code long}, so that a lookup touches one cache line. Pair
 * keys are below 2³¹ for diagrams of up to 46,340 cards.
 */
final class PairSlots {

    private static final long EMPTY = -1;
    private final long[] slots;
    private final int mask;

    PairSlots(int expected) {
        int capacity = capacity(expected);
        slots = new long[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(slots, EMPTY);
    }

    private static int capacity(int expected) {
        return Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    }

    private int find(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ h >>> 32) & mask;
        while (slots[i] != EMPTY && slots[i] >>> 32 != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The group index of {@code key}, or -1. */
    int get(long key) {
        long slot = slots[find(key)];
        return slot == EMPTY ? -1 : (int) slot;
    }

    void put(long key, int value) {
        slots[find(key)] = key << 32 | (value & 0xFFFFFFFFL);
    }
}
