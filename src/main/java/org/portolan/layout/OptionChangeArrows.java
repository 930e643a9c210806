package org.portolan.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.portolan.flow.Flow;
import org.portolan.flow.FlowIndex;
import org.portolan.flow.FlowList;
import org.portolan.flow.OptionChange;
import org.portolan.flow.Rule;
import org.portolan.flow.RuleId;
import org.portolan.flow.RuleTable;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramLayout.Connector;

/**
 * An overview's arrows after an {@link OptionChange}, made from the arrows before it without grouping all
 * flows again. Only the pairs of cards with flows of a changed rule, before or after, get a new arrow: its
 * flows are the earlier ones of the rules left alone with the changed rules' new flows merged in by rule
 * order, along the same route.
 *
 * <p>That gives the arrows a full layout gives when no pair of cards gains or loses its arrow (so that every
 * arrow keeps its route, which depends on whether the opposite arrow exists). Arrows come in the order of
 * their first flow: those whose first flow is still the same object keep their order among themselves, and
 * those whose first flow changed (turning the Internet Send connector off leaves the Edges' arrows to the
 * Internet with E7's first, not E4's) are put back among them by where that flow now is. When a pair gains
 * or loses its arrow, the caller lays the diagram out in full.
 */
final class OptionChangeArrows {

    /** Each rule's place in the rule table, by rule ordinal: the engine emits flows in that order. */
    private static final int[] RANK = new int[RuleId.values().length];

    static {
        for (int i = 0; i < RuleTable.RULES.size(); i++) {
            RANK[RuleTable.RULES.get(i).id().ordinal()] = i;
        }
    }

    private final DiagramLayout previous;
    /** The changed rules, by rule ordinal. */
    private final boolean[] changed = new boolean[RuleId.values().length];
    /** The arrow from the current source card to each card, or -1; filled for one source card at a time. */
    private final int[] slots;
    private int slotSource = -1;

    private OptionChangeArrows(DiagramLayout previous) {
        this.previous = previous;
        this.slots = new int[previous.nodes().size()];
        java.util.Arrays.fill(slots, -1);
    }

    /**
     * The arrows after the change, the same objects where no flow of theirs changed; null when the change
     * adds or removes an arrow.
     */
    static ArrowOrder.Arrows arrows(DiagramLayout previous, OptionChange.Updated updated) {
        OptionChangeArrows arrows = new OptionChangeArrows(previous);
        updated.changed().forEach(rule -> arrows.changed[rule.ordinal()] = true);
        return arrows.after(updated);
    }

    @SuppressWarnings("unchecked")
    private ArrowOrder.Arrows after(OptionChange.Updated updated) {
        List<Connector> connectors = previous.connectors();
        BitSet touched = new BitSet(connectors.size());
        List<Flow>[] added = new List[connectors.size()];
        for (Rule rule : RuleTable.RULES) { // in rule order, so that each arrow's added flows are in flow order
            if (updated.changed().contains(rule.id())
                    && (!touch(updated.earlierIndex(), rule.id(), touched, null, null)
                    || !touch(updated.index(), rule.id(), touched, added, updated.flows()))) {
                return null;
            }
        }
        PortLabels labels = new PortLabels();
        List<Connector> after = new ArrayList<>(connectors);
        BitSet moved = new BitSet();
        Set<TrafficClass> made = EnumSet.noneOf(TrafficClass.class);
        Set<TrafficClass> replaced = EnumSet.noneOf(TrafficClass.class);
        for (int c = touched.nextSetBit(0); c >= 0; c = touched.nextSetBit(c + 1)) {
            Connector was = after.get(c);
            List<Flow> flows = merge(was.flows(), added[c] == null ? List.of() : added[c]);
            if (flows.isEmpty()) {
                return null; // the pair lost its arrow
            }
            Connector now = DiagramLayouter.withFlows(was.source(), was.target(), was, flows, labels);
            after.set(c, now);
            if (flows.get(0) != was.flows().get(0)) {
                moved.set(c);
            }
            made.add(now.trafficClass());
            replaced.add(was.trafficClass());
        }
        Set<TrafficClass> classes = made.equals(replaced) ? previous.trafficClasses()
                : ArrowOrder.classes(previous.trafficClasses(), made, replaced, after);
        if (moved.isEmpty()) {
            return new ArrowOrder.Arrows(after, previous.connectorsByCard(), previous.connectorSources(),
                    previous.connectorTargets(), classes);
        }
        return reordered(after, moved, updated.index(), classes);
    }

    /**
     * The arrows in the order of their first flows now. Those not {@code moved} are in that order already; the
     * moved ones are put in among them ({@link ArrowOrder#merge}).
     */
    private ArrowOrder.Arrows reordered(List<Connector> arrows, BitSet moved, FlowIndex index,
                                        Set<TrafficClass> classes) {
        int[] from = previous.connectorSources();
        int[] to = previous.connectorTargets();
        return ArrowOrder.merge(ArrowOrder.pick(arrows, from, to, c -> !moved.get(c), card -> card),
                ArrowOrder.pick(arrows, from, to, moved::get, card -> card),
                moved.stream().map(c -> index.firstOf(from[c], to[c])).toArray(), index, previous.nodes().size(),
                classes);
    }

    /**
     * Marks the arrows of one rule's flows in {@code index}; when {@code added} is given, also collects each
     * arrow's flows of the rule from {@code flows}, as a view of their run there (a rule emits a pair's flows
     * one after the other). False when a flow's pair of cards has no arrow.
     */
    private boolean touch(FlowIndex index, RuleId rule, BitSet touched, List<Flow>[] added, List<Flow> flows) {
        int[] run = index.run(rule);
        int start = run[0];
        while (start < run[1]) {
            int source = index.sourceOf(start);
            int target = index.targetOf(start);
            int end = start + 1;
            while (end < run[1] && index.sourceOf(end) == source && index.targetOf(end) == target) {
                end++;
            }
            int c = arrow(source, target);
            if (c < 0) {
                return false;
            }
            touched.set(c);
            if (added != null) {
                List<Flow> more = flows.subList(start, end);
                if (added[c] == null) {
                    added[c] = more;
                } else { // a pair with flows of two changed rules: rare
                    List<Flow> both = new ArrayList<>(added[c]);
                    both.addAll(more);
                    added[c] = both;
                }
            }
            start = end;
        }
        return true;
    }

    /** The arrow from card {@code source} to card {@code target}, or -1. */
    private int arrow(int source, int target) {
        if (source != slotSource) {
            fill(slotSource, false);
            slotSource = source;
            fill(source, true);
        }
        return slots[target];
    }

    /** Sets the slots of the arrows from card {@code source} to their positions, or clears them. */
    private void fill(int source, boolean set) {
        if (source < 0) {
            return;
        }
        int[] from = previous.connectorSources();
        int[] to = previous.connectorTargets();
        for (int c : previous.connectorsByCard()[source]) {
            if (from[c] == source) {
                slots[to[c]] = set ? c : -1;
            }
        }
    }

    /**
     * An arrow's flows after the change: its earlier flows of rules left alone, with {@code added} (flows of
     * changed rules, in flow order) merged in by rule order, as the engine orders all flows.
     */
    private List<Flow> merge(List<Flow> earlier, List<Flow> added) {
        int kept = 0;
        for (int i = 0; i < earlier.size(); i++) {
            if (!changed[earlier.get(i).ruleId().ordinal()]) {
                kept++;
            }
        }
        Flow[] flows = new Flow[kept + added.size()];
        int n = 0;
        int a = 0;
        for (int i = 0; i < earlier.size(); i++) {
            Flow f = earlier.get(i);
            if (changed[f.ruleId().ordinal()]) {
                continue;
            }
            while (a < added.size() && RANK[added.get(a).ruleId().ordinal()] < RANK[f.ruleId().ordinal()]) {
                flows[n++] = added.get(a++);
            }
            flows[n++] = f;
        }
        while (a < added.size()) {
            flows[n++] = added.get(a++);
        }
        return flows.length == 1 ? List.of(flows[0]) : FlowList.of(flows);
    }
}
