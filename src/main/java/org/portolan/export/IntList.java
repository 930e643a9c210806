package org.portolan.export;

import java.util.Arrays;

/** A growing list of ints, without boxing. */
final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    int removeLast() {
        return values[--size];
    }

    void addAll(IntList other) {
        for (int k = 0; k < other.size; k++) {
            add(other.values[k]);
        }
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
