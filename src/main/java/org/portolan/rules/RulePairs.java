package org.portolan.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Zone;

/** The pair generators of the rule table that are more than "every source with every target". */
final class RulePairs {

    /** SMTP rules whose Exchange end is "Internet-facing" for N4. */
    static final Set<RuleId> INTERNET_SMTP = EnumSet.of(RuleId.N1, RuleId.N2, RuleId.N3, RuleId.H1, RuleId.H2);

    private RulePairs() {
    }

    /** E2 (edge → M(e)) or, reversed, E3 (M(e) → edge). */
    static Rule.Pairs edgesToTheirMailboxes(boolean reversed) {
        return (context, flows, sink) -> {
            for (Node edge : context.edges()) {
                for (Node m : context.mailboxEndpointsServedBy(edge)) {
                    if (reversed) {
                        sink.accept(m, edge);
                    } else {
                        sink.accept(edge, m);
                    }
                }
            }
        };
    }

    /** E5: only a subscribed Edge synchronises. */
    static Rule.Pairs subscribedEdgesFromTheirMailboxes() {
        return (context, flows, sink) -> {
            for (Node edge : context.edges()) {
                if (edge.isSubscribed()) {
                    for (Node m : context.mailboxEndpointsServedBy(edge)) {
                        sink.accept(m, edge);
                    }
                }
            }
        };
    }

    /** N4: the Exchange servers at either end of an Internet or Exchange Online SMTP flow, to each DNS server. */
    static Rule.Pairs internetFacingServersToDns() {
        return (context, flows, sink) -> {
            Set<Node> facing = internetFacing(flows);
            for (Node server : context.topology().nodes()) {
                if (facing.contains(server)) {
                    for (Node dns : context.ofKind(NodeKind.DNS)) {
                        sink.accept(server, dns);
                    }
                }
            }
        };
    }

    /** N5: every internal Exchange server to the internal DNS servers, except the pairs N4 already gives. */
    static Rule.Pairs internalServersToInternalDns() {
        return (context, flows, sink) -> {
            Set<Node> byN4 = context.hasEdge() ? Set.of() : internetFacing(flows);
            for (Node server : context.internalExchange()) {
                if (!byN4.contains(server)) {
                    for (Node dns : context.internalDns()) {
                        sink.accept(server, dns);
                    }
                }
            }
        };
    }

    private static Set<Node> internetFacing(List<Flow> flows) {
        Set<Node> facing = new LinkedHashSet<>();
        for (Flow flow : flows) {
            if (INTERNET_SMTP.contains(flow.ruleId())) {
                if (flow.source().kind().isExchangeServer()) {
                    facing.add(flow.source());
                }
                if (flow.target().kind().isExchangeServer()) {
                    facing.add(flow.target());
                }
            }
        }
        return facing;
    }

    /** L2: each load balancer that some flow reaches (L1) to each Client Access server it publishes. */
    static Rule.Pairs loadBalancersToTheirServers() {
        return (context, flows, sink) -> {
            for (Node lb : context.ofKind(NodeKind.LOAD_BALANCER)) {
                if (!context.portsReaching(lb, flows).isEmpty()) {
                    for (Node x : context.publishedBy(lb)) {
                        sink.accept(lb, x);
                    }
                }
            }
        };
    }

    /** L2's ports for one pair: those that reach its load balancer. */
    static List<Port> portsReaching(FlowContext context, List<Flow> flows, Node loadBalancer, Node server) {
        return context.portsReaching(loadBalancer, flows);
    }

    /**
     * R1: one pair per pair of zones holding internal Exchange servers on both sides, a zone with itself included
     * when it holds two servers or more (a group counts its members).
     */
    static Rule.Pairs exchangeZonePairs() {
        return (context, flows, sink) -> {
            List<Map.Entry<Zone, List<Node>>> zones = new ArrayList<>(context.byZone(context.internalExchange()).entrySet());
            for (int i = 0; i < zones.size(); i++) {
                List<Node> a = zones.get(i).getValue();
                if (a.size() > 1 || a.get(0).isGroup()) {
                    sink.accept(a, a);
                }
                for (int j = i + 1; j < zones.size(); j++) {
                    sink.accept(a, zones.get(j).getValue());
                }
            }
        };
    }

    /** R2: the Exchange servers of each zone with the domain controllers of each zone, the same one included. */
    static Rule.Pairs exchangeToDomainControllerZones() {
        return (context, flows, sink) -> {
            Map<Zone, List<Node>> dcs = context.byZone(context.ofKind(NodeKind.DOMAIN_CONTROLLER));
            for (List<Node> exchange : context.byZone(context.internalExchange()).values()) {
                for (List<Node> inZone : dcs.values()) {
                    sink.accept(exchange, inZone);
                }
            }
        };
    }
}
