package org.portolan.flow;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of flows over an array handed over to it, not copied. A large diagram's flow list is
 * 100,000 references: made on every edit and copied once more by {@code List.copyOf}, it was half a megabyte
 * of fresh memory per edit for nothing, and fresh memory is what the first edits after opening pay most for
 * (the collector grows the heap, and every new page is faulted in on first touch).
 */
public final class FlowList extends AbstractList<Flow> implements RandomAccess {

    private final Flow[] flows;

    private FlowList(Flow[] flows) {
        this.flows = flows;
    }

    /** The flows, whose array the caller hands over and never changes again. */
    static List<Flow> of(Flow[] flows) {
        return new FlowList(flows);
    }

    /** {@code flows} itself when it cannot change (a flow list or one of the JDK's), else an immutable copy. */
    public static List<Flow> copyOf(List<Flow> flows) {
        return flows instanceof FlowList ? flows : List.copyOf(flows);
    }

    @Override
    public Flow get(int index) {
        return flows[index];
    }

    @Override
    public int size() {
        return flows.length;
    }
}
