package org.portolan.flow;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portolan.model.Topology;

/**
 * An edit that changed the organisation's options and nothing else the rules read: the nodes are the very same
 * objects, in the same order, and the zones are equal. Turning IMAP4 on or off is such an edit.
 *
 * <p>An option decides only whether a rule applies and, for E7, which port it opens: {@link RuleTable} chooses
 * pairs from the nodes alone, and names connectors after them. So the flows after the edit are the earlier
 * runs of every rule whose applicability and ports stayed, and the changed rules run again: on a 1,000-node
 * diagram, IMAP4 makes 44,000 flows of C3 instead of running all rules over 112,000. A rule that reads other
 * rules' flows (N4) runs again whenever another rule changed. {@code OptionChangeTest} and
 * {@code IncrementalLayoutProperties} check the result against the engine.
 */
public final class OptionChange {

    private final Topology before;

    private OptionChange(Topology before) {
        this.before = before;
    }

    /**
     * The option change that turns {@code before} into {@code after}, or empty when the edit changed anything
     * else (or nothing at all).
     */
    public static Optional<OptionChange> between(Topology before, Topology after) {
        if (before == after || before.options().equals(after.options()) || !before.zones().equals(after.zones())
                || before.nodes().size() != after.nodes().size()) {
            return Optional.empty();
        }
        for (int i = 0; i < before.nodes().size(); i++) {
            if (before.nodes().get(i) != after.nodes().get(i)) {
                return Optional.empty();
            }
        }
        return Optional.of(new OptionChange(before));
    }

    /**
     * The flows of {@code topology}, the topology after the edit, from {@code earlier}, the flows before it,
     * and {@code index}, its index: the runs of the rules the options leave alone are handed on as they are.
     */
    public Updated apply(List<Flow> earlier, FlowIndex index, Topology topology) {
        FlowContext was = new FlowContext(before);
        FlowContext now = new FlowContext(topology, index.sharedCrossings());
        Set<RuleId> changed = EnumSet.noneOf(RuleId.class);
        for (Rule rule : RuleTable.RULES) {
            if (!rule.readsFlows() && !sameFlows(rule, was, now)) {
                changed.add(rule.id());
            }
        }
        for (Rule rule : RuleTable.RULES) {
            if (rule.readsFlows() && (!changed.isEmpty() || !sameFlows(rule, was, now))) {
                changed.add(rule.id());
            }
        }
        Map<RuleId, List<Flow>> runs = FlowEngine.runs(now, EarlierFlows.of(earlier, topology, index),
                rule -> changed.contains(rule.id()) ? null : index.runOf(earlier, rule.id()), earlier.size());
        // A rule run again may give the very flows it gave before (N4, when no Internet SMTP flow changed).
        changed.removeIf(id -> FlowList.sameObjects(runs.getOrDefault(id, List.of()), index.runOf(earlier, id)));
        List<Flow> flows = FlowEngine.concat(runs);
        return new Updated(flows, FlowIndex.after(index, topology, flows, changed), earlier, index,
                java.util.Collections.unmodifiableSet(changed));
    }

    /** True when the rule gives the same flows in both contexts, whose nodes are the same. */
    private static boolean sameFlows(Rule rule, FlowContext was, FlowContext now) {
        boolean applies = rule.applies().test(now);
        return applies == rule.applies().test(was) && (!applies || rule.ports().apply(was).equals(rule.ports().apply(now)));
    }

    /**
     * The flows after an option change.
     *
     * @param earlier      the flows before it
     * @param earlierIndex their index
     * @param changed      the rules whose flows are not the very same as before: the rest keep their runs, in
     *                     the same order
     */
    public record Updated(List<Flow> flows, FlowIndex index, List<Flow> earlier, FlowIndex earlierIndex,
                          Set<RuleId> changed) {
    }
}
