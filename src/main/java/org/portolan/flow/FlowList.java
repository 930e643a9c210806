package org.portolan.flow;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.portolan.model.InStep;

/**
 * An immutable list of flows over an array handed over to it, not copied. A large diagram's flow list is
 * 100,000 references: made on every edit and copied once more by {@code List.copyOf}, it was half a megabyte
 * of fresh memory per edit for nothing, and fresh memory is what the first edits after opening pay most for
 * (the collector grows the heap, and every new page is faulted in on first touch). Sub-lists are views over
 * the same array, and copying out of either is one array copy, not a walk with an iterator.
 */
public final class FlowList extends AbstractList<Flow> implements RandomAccess {

    private final Flow[] flows;
    private final int from;
    private final int to;

    private FlowList(Flow[] flows, int from, int to) {
        this.flows = flows;
        this.from = from;
        this.to = to;
    }

    /** The flows, whose array the caller hands over and never changes again. */
    public static List<Flow> of(Flow[] flows) {
        return new FlowList(flows, 0, flows.length);
    }

    /** {@code flows} itself when it cannot change (a flow list), else an immutable copy. */
    public static List<Flow> copyOf(List<Flow> flows) {
        return flows instanceof FlowList ? flows : List.copyOf(flows);
    }

    /**
     * True when both lists hold the very same flow objects in the same order: what an edit left alone is the
     * same objects, and telling that by identity spares comparing flows field by field.
     */
    public static boolean sameObjects(List<Flow> a, List<Flow> b) {
        return InStep.same(a, b, (x, y) -> x == y);
    }

    /**
     * Copies the flows {@code from} up to {@code to} of {@code flows} into {@code into} from {@code at}: one array
     * copy for a flow list. Storing 100,000 references one by one cost a millisecond or more (each store passes
     * the collector's write barrier), where one copy of them all takes a fiftieth of that.
     */
    public static void copy(List<Flow> flows, int from, int to, Flow[] into, int at) {
        if (flows instanceof FlowList list) {
            Objects.checkFromToIndex(from, to, list.size());
            System.arraycopy(list.flows, list.from + from, into, at, to - from);
        } else {
            for (int i = from; i < to; i++) {
                into[at++] = flows.get(i);
            }
        }
    }

    @Override
    public Flow get(int index) {
        Objects.checkIndex(index, to - from);
        return flows[from + index];
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public List<Flow> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size());
        return new FlowList(flows, from + fromIndex, from + toIndex);
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOfRange(flows, from, to, Object[].class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = size();
        T[] out = a.length >= size ? a : (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size);
        System.arraycopy(flows, from, out, 0, size);
        if (out.length > size) {
            out[size] = null;
        }
        return out;
    }
}
