package org.portolan.model;

import java.util.Arrays;

/** A growable list of ints, without boxing: the engine and the layout count positions in the hundred thousands. */
public final class IntList {

    private int[] values;
    private int size;

    public IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int get(int i) {
        java.util.Objects.checkIndex(i, size);
        return values[i];
    }

    public int size() {
        return size;
    }
}
