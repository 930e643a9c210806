package org.portolan.model;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Two lists compared element by element, in step, by index: {@code List.equals} makes an iterator for each
 * comparison, and the designer compares lists of flows, names and arrows on every edit.
 */
public final class InStep {

    private InStep() {
    }

    /** True when both lists have the same size and {@code same} holds for each pair of elements at one index. */
    public static <T> boolean same(List<? extends T> a, List<? extends T> b, BiPredicate<? super T, ? super T> same) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same.test(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
