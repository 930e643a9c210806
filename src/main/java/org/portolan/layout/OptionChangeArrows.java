package org.portolan.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.portolan.flow.Flow;
import org.portolan.flow.FlowIndex;
import org.portolan.flow.OptionChange;
import org.portolan.flow.Rule;
import org.portolan.flow.RuleId;
import org.portolan.flow.RuleTable;
import org.portolan.layout.DiagramLayout.Connector;

/**
 * An overview's arrows after an {@link OptionChange}, made from the arrows before it without grouping all
 * flows again. Only the pairs of cards with flows of a changed rule, before or after, get a new arrow: its
 * flows are the earlier ones of the rules left alone with the changed rules' new flows merged in by rule
 * order, along the same route.
 *
 * <p>That gives the arrows a full layout gives only when the arrows stay the same pairs in the same order:
 * arrows come in the order of their first flow, so each touched arrow's first flow must be of a rule left
 * alone, before and after, and no pair may gain or lose its arrow. IMAP4, POP3, HTTP and client SMTP
 * submission add ports to the pairs of C1, and so keep to that. When a change does not, the caller lays the
 * diagram out in full.
 */
final class OptionChangeArrows {

    private static final Map<RuleId, Integer> RANK = new EnumMap<>(RuleId.class);

    static {
        for (Rule rule : RuleTable.RULES) {
            RANK.put(rule.id(), RANK.size());
        }
    }

    private final DiagramLayout previous;
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
     * adds or removes an arrow, or changes the first flow of one.
     */
    static List<Connector> connectors(DiagramLayout previous, OptionChange.Updated updated) {
        return new OptionChangeArrows(previous).after(updated);
    }

    @SuppressWarnings("unchecked")
    private List<Connector> after(OptionChange.Updated updated) {
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
        for (int c = touched.nextSetBit(0); c >= 0; c = touched.nextSetBit(c + 1)) {
            Connector was = after.get(c);
            List<Flow> flows = merge(was.flows(), added[c] == null ? List.of() : added[c], updated);
            if (flows.isEmpty() || updated.changed().contains(flows.get(0).ruleId())
                    || updated.changed().contains(was.flows().get(0).ruleId())) {
                return null;
            }
            after.set(c, DiagramLayouter.withFlows(was.source(), was.target(), was, flows, labels));
        }
        return after;
    }

    /**
     * Marks the arrows of one rule's flows in {@code index}; when {@code added} is given, also collects each
     * arrow's flows of the rule, from {@code flows}. False when a flow's pair of cards has no arrow.
     */
    private boolean touch(FlowIndex index, RuleId rule, BitSet touched, List<Flow>[] added, List<Flow> flows) {
        int[] run = index.run(rule);
        for (int k = run[0]; k < run[1]; k++) {
            int c = arrow(index.sourceOf(k), index.targetOf(k));
            if (c < 0) {
                return false;
            }
            touched.set(c);
            if (added != null) {
                if (added[c] == null) {
                    added[c] = new ArrayList<>(4);
                }
                added[c].add(flows.get(k));
            }
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
    private static List<Flow> merge(List<Flow> earlier, List<Flow> added, OptionChange.Updated updated) {
        List<Flow> flows = new ArrayList<>(earlier.size() + added.size());
        int a = 0;
        for (Flow f : earlier) {
            if (updated.changed().contains(f.ruleId())) {
                continue;
            }
            while (a < added.size() && RANK.get(added.get(a).ruleId()) < RANK.get(f.ruleId())) {
                flows.add(added.get(a++));
            }
            flows.add(f);
        }
        flows.addAll(added.subList(a, added.size()));
        return flows;
    }
}
