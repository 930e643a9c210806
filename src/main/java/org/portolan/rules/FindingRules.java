package org.portolan.rules;

import static org.portolan.rules.FindingId.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

    /** Mail to or from the Internet or Exchange Online: what needs next-hop name resolution (F6). */
    private static final Set<RuleId> EXTERNAL_MAIL = EnumSet.of(RuleId.N1, RuleId.N2, RuleId.N3, RuleId.E1, RuleId.E4,
            RuleId.H1, RuleId.H2);

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
                if (ofRules(flows, EnumSet.of(RuleId.N2, RuleId.N3)).isEmpty() || c.mailboxEndpoints().isEmpty()) {
                    return;
                }
                List<Node> mailbox = c.mailboxEndpoints();
                String proxy = c.options().outboundProxyThroughCas()
                        ? " With outbound mail proxied through Client Access it is the same connector with"
                        + " -FrontEndProxyEnabled $true, still created on the Mailbox servers." : "";
                out.accept(new Finding(F4, "There is no Edge Transport server, and Exchange creates no Send connector"
                        + " to the Internet by default: create one by hand (New-SendConnector -Internet) with the"
                        + " Mailbox servers " + names(mailbox) + " as its source servers." + proxy, mailbox));
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
                if (c.ofKind(NodeKind.DNS).isEmpty() && flows.stream().anyMatch(f -> EXTERNAL_MAIL.contains(f.ruleId()))) {
                    out.accept(new Finding(F6, "Mail flows to or from the Internet or Office 365 but the diagram has no"
                            + " DNS server:"
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
                if (c.options().http() && !c.clientAccess().isEmpty()) {
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
            }),
            new Check(F12, FindingRules::crossingWithoutAddresses),
            new Check(F13, (c, flows, out) -> {
                for (NodeKind kind : List.of(NodeKind.INTERNET, NodeKind.OFFICE_365)) {
                    List<Node> nodes = c.ofKind(kind);
                    if (nodes.size() > 1) {
                        out.accept(new Finding(F13, "The diagram has " + nodes.size() + " " + kind.displayName()
                                + " nodes (" + names(nodes) + "): each stands for " + (kind == NodeKind.INTERNET
                                ? "the whole Internet" : "the whole Office 365 tenant") + ", so their rules repeat;"
                                + " keep one.", nodes));
                    }
                }
            }),
            new Check(F14, (c, flows, out) -> {
                if (!c.isHybrid()) {
                    return;
                }
                for (Node edge : c.edges()) {
                    if (!edge.isSubscribed()) {
                        out.accept(new Finding(F14, "Hybrid mail to and from Office 365 goes through Edge Transport"
                                + " server " + edge.name() + ", which is not subscribed: Microsoft requires EdgeSync"
                                + " (an Edge Subscription) before the Hybrid Configuration Wizard runs.", List.of(edge)));
                    }
                }
            }),
            new Check(F15, (c, flows, out) -> {
                if (!c.isHybrid()) {
                    return;
                }
                for (Node lb : c.ofKind(NodeKind.LOAD_BALANCER)) {
                    if (lb.preauthenticates() && !c.publishedBy(lb).isEmpty()) {
                        out.accept(new Finding(F15, "Load balancer " + lb.name() + " pre-authenticates users and"
                                + " publishes " + names(c.publishedBy(lb)) + ": pre-authentication is not supported on"
                                + " /autodiscover/autodiscover.svc, /ews/exchange.asmx/wssecurity and"
                                + " /ews/mrsproxy.svc, which Office 365 calls (H3); pass them through.", List.of(lb)));
                    }
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

    /** F1: one finding per R1 or R2 line between two different zones, naming the servers on each side. */
    private static void unrestrictedPairsAcrossZones(FlowContext c, List<Flow> flows, Consumer<Finding> out) {
        for (Flow f : flows) {
            if (f.isZoneLink() && f.crossing().passesFirewall()) {
                Zone a = f.crossing().from();
                Zone b = f.crossing().to();
                boolean r1 = f.ruleId() == RuleId.R1;
                List<Node> nodes = new ArrayList<>(f.sourceSide());
                nodes.addAll(f.targetSide());
                out.accept(new Finding(F1, (r1 ? "Exchange servers" : "Exchange servers and domain controllers")
                        + " are split between zones \"" + a.name() + "\" (" + names(f.sourceSide()) + ") and \""
                        + b.name() + "\" (" + names(f.targetSide()) + "): the firewall between them must allow every"
                        + " port and protocol, including dynamic RPC" + (r1 ? " and DAG replication" : "")
                        + ", in both directions, without inspecting the traffic (" + f.ruleId() + ").", nodes));
            }
        }
    }

    /** F12: a node whose flows pass a firewall, with no address to write the rules against. */
    private static void crossingWithoutAddresses(FlowContext c, List<Flow> flows, Consumer<Finding> out) {
        // By identity: hashing a node record hashes its addresses, and there is one pass over every flow.
        Set<Node> crossing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Flow f : flows) {
            if (f.crossing().passesFirewall()) {
                if (f.isZoneLink()) {
                    crossing.addAll(f.sourceSide());
                    crossing.addAll(f.targetSide());
                } else {
                    crossing.add(f.source());
                    crossing.add(f.target());
                }
            }
        }
        for (Node n : c.topology().nodes()) {
            if (crossing.contains(n) && n.addresses().isEmpty() && n.kind() != NodeKind.INTERNET
                    && n.kind() != NodeKind.OFFICE_365) {
                out.accept(new Finding(F12, n.name() + " (" + n.kind().displayName() + ") has connections through a"
                        + " firewall but no addresses: its firewall rules cannot be written; record its IP addresses"
                        + " or ranges.", List.of(n)));
            }
        }
    }

    private static List<Flow> ofRules(List<Flow> flows, Set<RuleId> rules) {
        return flows.stream().filter(f -> rules.contains(f.ruleId())).toList();
    }

    static String names(List<Node> nodes) {
        int shown = Math.min(nodes.size(), 5);
        String list = nodes.subList(0, shown).stream().map(n -> n.isGroup() ? n.name() + " ×" + n.count() : n.name())
                .collect(Collectors.joining(", "));
        return nodes.size() > shown ? list + " and " + (nodes.size() - shown) + " more" : list;
    }
}
