package org.portolan.rules;

import static org.portolan.rules.FindingId.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;

/**
 * The findings table: one check per finding ID of the rules file, in ID order. Checks read the topology
 * and the flows the engine derived, never the canvas.
 */
public final class FindingRules {

    /** One row of the table. */
    record Check(FindingId id, CheckBody body) {
    }

    @FunctionalInterface
    interface CheckBody {
        void run(FlowContext context, List<Flow> flows, Consumer<Finding> out);
    }

    private static final Set<RuleId> INTERNET_MAIL = EnumSet.of(RuleId.N1, RuleId.N2, RuleId.N3, RuleId.E1, RuleId.E4);

    static final List<Check> CHECKS = List.of(
            new Check(F1, FindingRules::unrestrictedPairsAcrossZones),
            new Check(F2, (c, flows, out) -> {
                for (Node n : c.internalExchange()) {
                    Zone zone = c.topology().zoneOf(n);
                    if (zone.kind() != ZoneKind.INTERNAL) {
                        out.accept(new Finding(F2, n.name() + " (" + n.kind().displayName() + ") sits in the "
                                + zone.kind().name().toLowerCase() + " zone \"" + zone.name() + "\": Client Access and"
                                + " Mailbox servers belong in the internal network; only Edge Transport servers may sit"
                                + " in the perimeter.", List.of(n)));
                    }
                }
            }),
            new Check(F3, (c, flows, out) -> {
                for (Node edge : c.edges()) {
                    Zone zone = c.topology().zoneOf(edge);
                    if (zone.kind() != ZoneKind.PERIMETER) {
                        out.accept(new Finding(F3, "Edge Transport server " + edge.name() + " sits in the "
                                + zone.kind().name().toLowerCase() + " zone \"" + zone.name() + "\": place it in a"
                                + " perimeter network, where its traffic to the Internet and to the organisation can be"
                                + " restricted.", List.of(edge)));
                    }
                }
            }),
            new Check(F4, (c, flows, out) -> {
                List<Node> senders = endpoints(ofRules(flows, EnumSet.of(RuleId.N2, RuleId.N3)), true);
                if (!senders.isEmpty()) {
                    out.accept(new Finding(F4, "There is no Edge Transport server, and Exchange creates no Send"
                            + " connector to the Internet by default: create one by hand (New-SendConnector -Internet)"
                            + " on " + names(senders) + ".", senders));
                }
            }),
            new Check(F5, (c, flows, out) -> {
                for (Node edge : c.edges()) {
                    if (c.mailboxEndpointsServedBy(edge).isEmpty()) {
                        out.accept(new Finding(F5, "Edge Transport server " + edge.name() + " is subscribed to site \""
                                + edge.effectiveSite() + "\", which has no Mailbox server: no mail can flow between the"
                                + " Edge and the organisation and EdgeSync has no source.", List.of(edge)));
                    }
                }
            }),
            new Check(F6, (c, flows, out) -> {
                if (c.ofKind(NodeKind.DNS).isEmpty() && flows.stream().anyMatch(f -> INTERNET_MAIL.contains(f.ruleId()))) {
                    out.accept(new Finding(F6, "Mail flows to or from the Internet but the diagram has no DNS server:"
                            + " Internet-facing servers need DNS (53/UDP and 53/TCP) to resolve the next hop, so the"
                            + " port list is incomplete.", List.of()));
                }
            }),
            new Check(F7, (c, flows, out) -> {
                if (c.mailboxEndpoints().isEmpty()) {
                    for (Node cas : c.ofKind(NodeKind.CAS)) {
                        out.accept(new Finding(F7, "Client Access server " + cas.name() + " has no Mailbox server to"
                                + " proxy to: add a Mailbox or multi-role server to the organisation.", List.of(cas)));
                    }
                }
            }),
            new Check(F8, (c, flows, out) -> {
                List<String> on = new ArrayList<>();
                if (c.options().imap4()) {
                    on.add("IMAP4");
                }
                if (c.options().pop3()) {
                    on.add("POP3");
                }
                if (!on.isEmpty()) {
                    String services = String.join(" and ", on);
                    out.accept(new Finding(F8, services + (on.size() > 1 ? " are" : " is") + " disabled by default in"
                            + " Exchange 2013: start the " + services + " services (front end and back end) on every"
                            + " Client Access and Mailbox server before opening these ports.", List.of()));
                }
            }),
            new Check(F9, (c, flows, out) -> {
                if (c.options().http()) {
                    out.accept(new Finding(F9, "Unencrypted HTTP (80/TCP) to Client Access is allowed: prefer"
                            + " encrypted 443/TCP wherever possible; keep 80/TCP only for Internet calendar publishing,"
                            + " the Outlook Web App redirect and the Autodiscover fallback.", List.of()));
                }
            }),
            new Check(F10, (c, flows, out) -> {
                if (c.isHybrid()) {
                    out.accept(new Finding(F10, "Hybrid deployment: Office 365 source and destination addresses, and"
                            + " the Azure AD Connect and AD FS endpoints, are published by Microsoft separately"
                            + " (\"Microsoft 365 URLs and IP address ranges\"); write the Office 365 rules against that"
                            + " list and keep it current.", c.ofKind(NodeKind.OFFICE_365)));
                }
            }),
            new Check(F11, (c, flows, out) -> {
                if (c.isHybrid() && c.clientAccess().isEmpty()) {
                    out.accept(new Finding(F11, "Hybrid deployment without a Client Access server: Autodiscover and"
                            + " EWS must be published to Exchange Online by an Exchange 2013 Client Access server.",
                            c.ofKind(NodeKind.OFFICE_365)));
                }
            }));

    private FindingRules() {
    }

    /** The findings about {@code topology}, whose flows are {@code flows}. */
    public static List<Finding> findings(Topology topology, List<Flow> flows) {
        FlowContext context = new FlowContext(topology);
        List<Finding> findings = new ArrayList<>();
        for (Check check : CHECKS) {
            check.body().run(context, flows, findings::add);
        }
        return findings;
    }

    /**
     * F1: R1 applies between every two internal Exchange servers and R2 between each of them and every domain
     * controller, drawn or not; one finding per pair of zones that splits them.
     */
    private static void unrestrictedPairsAcrossZones(FlowContext c, List<Flow> flows, Consumer<Finding> out) {
        Topology t = c.topology();
        Map<Zone, List<Node>> exchangeByZone = byZone(t, c.internalExchange());
        Map<Zone, List<Node>> dcsByZone = byZone(t, c.ofKind(NodeKind.DOMAIN_CONTROLLER));
        List<Zone> zones = new ArrayList<>(exchangeByZone.keySet());
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                reportSplit(out, "R1", "Exchange servers", zones.get(i), exchangeByZone.get(zones.get(i)),
                        zones.get(j), exchangeByZone.get(zones.get(j)));
            }
        }
        for (Map.Entry<Zone, List<Node>> ex : exchangeByZone.entrySet()) {
            for (Map.Entry<Zone, List<Node>> dc : dcsByZone.entrySet()) {
                if (!ex.getKey().equals(dc.getKey())) {
                    reportSplit(out, "R2", "Exchange servers and domain controllers", ex.getKey(), ex.getValue(),
                            dc.getKey(), dc.getValue());
                }
            }
        }
    }

    private static void reportSplit(Consumer<Finding> out, String rule, String what, Zone a, List<Node> inA,
                                    Zone b, List<Node> inB) {
        List<Node> nodes = new ArrayList<>(inA);
        nodes.addAll(inB);
        out.accept(new Finding(F1, what + " are split between zones \"" + a.name() + "\" (" + names(inA)
                + ") and \"" + b.name() + "\" (" + names(inB) + "): restricting this traffic is not supported ("
                + rule + "); the firewall between " + a.id() + " and " + b.id() + " must allow all ports and"
                + " protocols, including dynamic RPC, in both directions, without inspection.", nodes));
    }

    private static Map<Zone, List<Node>> byZone(Topology t, List<Node> nodes) {
        Map<Zone, List<Node>> map = new LinkedHashMap<>();
        for (Node n : nodes) {
            map.computeIfAbsent(t.zoneOf(n), z -> new ArrayList<>()).add(n);
        }
        return map;
    }

    private static List<Flow> ofRules(List<Flow> flows, Set<RuleId> rules) {
        return flows.stream().filter(f -> rules.contains(f.ruleId())).toList();
    }

    /** The distinct sources (or targets) of some flows, in first-seen order. */
    private static List<Node> endpoints(List<Flow> flows, boolean sources) {
        return flows.stream().map(f -> sources ? f.source() : f.target()).distinct().toList();
    }

    static String names(List<Node> nodes) {
        int shown = Math.min(nodes.size(), 5);
        String list = nodes.subList(0, shown).stream().map(Node::name).collect(Collectors.joining(", "));
        return nodes.size() > shown ? list + " and " + (nodes.size() - shown) + " more" : list;
    }
}
