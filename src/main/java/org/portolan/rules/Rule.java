package org.portolan.rules;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.portolan.model.Node;

/**
 * One entry of the rule table: which pairs of nodes open which ports, when, and why.
 *
 * @param title        short purpose, as the article's "용도" column states it
 * @param applies      organisation-level condition (options, presence of an Edge …)
 * @param pairs        the (source, target) pairs, in a deterministic order
 * @param ports        every port the rule opens for one pair (E7 takes its port from the options, L2 from the
 *                     flows that reach the load balancer)
 * @param connectors   the connector names for one pair
 * @param note         what a firewall engineer should know about the rule
 * @param readsFlows   its pairs come from the flows of the other rules (N4, N5, L2), so it is evaluated after them
 * @param office365Set the Microsoft 365 endpoint set an Office 365 end of its flows stands for, or 0
 * @param serviceSet   the named group of ports firewall rules write it with ("SMTP", "DNS" …); L2 takes the set
 *                     of the flow it forwards
 */
public record Rule(RuleId id, String title, TrafficClass trafficClass, Predicate<FlowContext> applies,
                   Pairs pairs, Ports ports, List<String> services, Connectors connectors,
                   String note, boolean readsFlows, int office365Set, ServiceSetName serviceSet) {

    private static final Port SMTP = Port.tcp(25);

    /** A service set's vendor-safe name and what it carries, in words. */
    public record ServiceSetName(String name, String description) {
    }

    /** Produces the (source, target) pairs of a rule. */
    @FunctionalInterface
    public interface Pairs {
        void forEach(FlowContext context, List<Flow> flowsSoFar, Sink sink);
    }

    /**
     * Receives the pairs: one node at each end, or (R1, R2) the servers of one zone on each side, which the
     * flow reports as one line.
     */
    @FunctionalInterface
    public interface Sink {
        void accept(List<Node> sources, List<Node> targets);

        default void accept(Node source, Node target) {
            accept(List.of(source), List.of(target));
        }
    }

    /** The ports of one pair. */
    @FunctionalInterface
    public interface Ports {
        List<Port> of(FlowContext context, List<Flow> flowsSoFar, Node source, Node target);
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

    /**
     * The class of the rule's flow on {@code port}: a rule that forwards what reaches a load balancer (L2)
     * carries mail on 25/TCP and client access on every other port, and the diagram draws each in its style.
     */
    public TrafficClass trafficClass(Port port) {
        return readsFlows && port.equals(SMTP) ? TrafficClass.MAIL : trafficClass;
    }

    public boolean isUnrestricted() {
        return trafficClass == TrafficClass.UNRESTRICTED;
    }
}
