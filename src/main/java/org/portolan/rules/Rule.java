package org.portolan.rules;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.portolan.model.Node;

/**
 * One entry of the rule table: which pairs of nodes open which ports, when, and why.
 *
 * @param title      short purpose, as the article's "용도" column states it
 * @param applies    organisation-level condition (options, presence of an Edge …)
 * @param pairs      the (source, target) pairs, in a deterministic order
 * @param ports      every port the rule opens for each pair (E7 takes its port from the options)
 * @param connectors the connector names for one pair
 * @param note       what a firewall engineer should know about the rule
 * @param readsFlows its pairs come from the flows of the other rules (N4), so it is evaluated after them
 */
public record Rule(RuleId id, String title, TrafficClass trafficClass, Predicate<FlowContext> applies,
                   Pairs pairs, Function<FlowContext, List<Port>> ports, List<String> services, Connectors connectors,
                   String note, boolean readsFlows) {

    /** Produces the (source, target) pairs of a rule. */
    @FunctionalInterface
    public interface Pairs {
        void forEach(FlowContext context, List<Flow> flowsSoFar, BiConsumer<Node, Node> sink);
    }

    /** Names the connectors of one pair. */
    @FunctionalInterface
    public interface Connectors {
        List<String> of(Node source, Node target);

        Connectors NONE = (s, t) -> List.of();

        /** Connectors named after the target alone. */
        static Connectors ofTarget(Function<Node, List<String>> naming) {
            return (source, target) -> naming.apply(target);
        }

        /** Connectors named after the source alone. */
        static Connectors ofSource(Function<Node, List<String>> naming) {
            return (source, target) -> naming.apply(source);
        }
    }

    public boolean isUnrestricted() {
        return trafficClass == TrafficClass.UNRESTRICTED;
    }
}
