package org.portolan.rules;

import static org.portolan.rules.Port.tcp;
import static org.portolan.rules.Port.udp;
import static org.portolan.rules.RuleId.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;

/**
 * The Exchange 2013 rule table: one entry per rule ID of ../shared/reference/exchange-2013-rules.md,
 * worded after the source article ("Network ports for clients and mail flow in Exchange 2013").
 * This is the only place that says which connections a deployment requires.
 */
public final class RuleTable {

    private static final List<String> WEB_SERVICES = List.of("Autodiscover", "Exchange ActiveSync",
            "Exchange Web Services (EWS)", "Offline address book distribution", "Outlook Anywhere (RPC over HTTP)",
            "MAPI over HTTP", "Outlook Web App");
    private static final List<String> HYBRID_WEB_SERVICES = List.of("Autodiscover (/autodiscover/autodiscover.svc)",
            "EWS free/busy, MailTips, message tracking (/ews/exchange.asmx)", "Multi-mailbox search",
            "Mailbox migrations (/ews/mrsproxy.svc)", "OAuth");

    public static final List<Rule> RULES = table(
            // Clients and services (article table 1): the destination is always a Client Access endpoint.
            rule(C1, "Encrypted web connections from clients", TrafficClass.CLIENT)
                    .pairs(between(FlowContext::clientSources, FlowContext::clientAccess))
                    .ports(tcp(443)).services(WEB_SERVICES)
                    .note("HTTPS. Edge Transport servers never take part in client traffic."),
            rule(C2, "Unencrypted web connections from clients", TrafficClass.CLIENT)
                    .when(c -> c.options().http())
                    .pairs(between(FlowContext::clientSources, FlowContext::clientAccess))
                    .ports(tcp(80)).services("Internet calendar publishing", "Outlook Web App (redirects to 443/TCP)",
                            "Autodiscover fallback when 443/TCP is unavailable")
                    .note("Use encrypted 443/TCP wherever possible; some services may need 80/TCP."),
            rule(C3, "IMAP4 clients", TrafficClass.CLIENT)
                    .when(c -> c.options().imap4())
                    .pairs(between(FlowContext::clientSources, FlowContext::clientAccess))
                    .ports(tcp(143), tcp(993)).services("IMAP4", "Secure IMAP4")
                    .note("IMAP4 is disabled by default. The Client Access IMAP4 service proxies to the IMAP4"
                            + " Backend service on the Mailbox server."),
            rule(C4, "POP3 clients", TrafficClass.CLIENT)
                    .when(c -> c.options().pop3())
                    .pairs(between(FlowContext::clientSources, FlowContext::clientAccess))
                    .ports(tcp(110), tcp(995)).services("POP3", "Secure POP3")
                    .note("POP3 is disabled by default. The Client Access POP3 service proxies to the POP3"
                            + " Backend service on the Mailbox server."),
            rule(C5, "Authenticated SMTP clients", TrafficClass.CLIENT)
                    .when(c -> c.options().smtpClientSubmission())
                    .pairs(between(FlowContext::clientSources, FlowContext::clientAccess))
                    .ports(tcp(587)).services("Authenticated SMTP submission")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of("Client Frontend " + t.name())))
                    .note("Clients that can only submit on port 25 need the connector's bindings changed."),

            // Mail flow without Edge Transport servers (article table 2).
            rule(N1, "Inbound mail", TrafficClass.MAIL)
                    .when(c -> !c.hasEdge())
                    .pairs(between(c -> c.ofKind(NodeKind.INTERNET), FlowContext::clientAccess))
                    .ports(tcp(25)).services("Inbound SMTP (anonymous)")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of("Default Frontend " + t.name())))
                    .note("Relayed to a Mailbox server by the implicit intra-organization Send connector."),
            rule(N2, "Outbound mail", TrafficClass.MAIL)
                    .when(c -> !c.hasEdge() && c.options().internetSendConnector()
                            && !c.options().outboundProxyThroughCas())
                    .pairs(between(FlowContext::mailboxEndpoints, c -> c.ofKind(NodeKind.INTERNET)))
                    .ports(tcp(25)).services("Outbound SMTP")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of("Send connector to the Internet (created by hand)")))
                    .note("Exchange creates no Send connector to the Internet by default: create it by hand."),
            rule(N3, "Outbound mail routed through Client Access", TrafficClass.MAIL)
                    .when(c -> !c.hasEdge() && c.options().internetSendConnector()
                            && c.options().outboundProxyThroughCas())
                    .pairs(between(FlowContext::clientAccess, c -> c.ofKind(NodeKind.INTERNET)))
                    .ports(tcp(25)).services("Outbound SMTP (proxied through Client Access)")
                    .connectors(Rule.Connectors.ofSource(s -> List.of("Send connector to the Internet (-FrontEndProxyEnabled $true)",
                            "Outbound Proxy Frontend " + s.name())))
                    .note("The Send connector proxies through the Client Access server; its \"Outbound Proxy"
                            + " Frontend\" receive connector takes the mail from the Mailbox server."),
            rule(N4, "DNS for next-hop name resolution", TrafficClass.DNS)
                    .when(c -> !c.hasEdge())
                    .pairsFromFlows(internetFacingServersToDns())
                    .ports(udp(53), tcp(53)).services("DNS")
                    .note("Internet-facing Exchange servers resolve internal and external host names."),

            // Mail flow with a subscribed Edge Transport server (article table 3).
            rule(E1, "Inbound mail: Internet to Edge Transport", TrafficClass.MAIL)
                    .when(FlowContext::hasEdge)
                    .pairs(between(c -> c.ofKind(NodeKind.INTERNET), FlowContext::edges))
                    .ports(tcp(25)).services("Inbound SMTP (anonymous)")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of("Default internal receive connector " + t.name()))),
            rule(E2, "Inbound mail: Edge Transport to the organisation", TrafficClass.MAIL)
                    .when(FlowContext::hasEdge)
                    .pairs(edgesToTheirMailboxes(false))
                    .ports(tcp(25)).services("Inbound SMTP")
                    .connectors((edge, m) -> List.of(edgeSendConnector(edge, "EdgeSync - Inbound to " + edge.effectiveSite()),
                            (m.kind() == NodeKind.MULTI_ROLE ? "Default Frontend " : "Default ") + m.name()))
                    .note("To the Mailbox servers of the subscribed Active Directory site. A 2013 Edge delivers to the"
                            + " Front End Transport service on a multi-role server."),
            rule(E3, "Outbound mail: organisation to Edge Transport", TrafficClass.MAIL)
                    .when(FlowContext::hasEdge)
                    .pairs(edgesToTheirMailboxes(true))
                    .ports(tcp(25)).services("Outbound SMTP")
                    .connectors((m, edge) -> List.of("Intra-organization Send connector (implicit)",
                            "Default internal receive connector " + edge.name()))
                    .note("Outbound mail always bypasses Client Access servers."),
            rule(E4, "Outbound mail: Edge Transport to the Internet", TrafficClass.MAIL)
                    .when(c -> c.hasEdge() && c.options().internetSendConnector())
                    .pairs(between(FlowContext::edges, c -> c.ofKind(NodeKind.INTERNET)))
                    .ports(tcp(25)).services("Outbound SMTP")
                    .connectors(Rule.Connectors.ofSource(edge -> List.of(edgeSendConnector(edge, "EdgeSync - " + edge.effectiveSite() + " to Internet")))),
            rule(E5, "EdgeSync synchronization", TrafficClass.DIRECTORY)
                    .when(FlowContext::hasEdge)
                    .pairs(subscribedEdgesFromTheirMailboxes())
                    .ports(tcp(50636)).services("EdgeSync (secure LDAP to AD LDS)")
                    .note("Only Mailbox servers that existed when the Edge was subscribed take part; servers added later"
                            + " need the Edge resubscribed."),
            rule(E6, "DNS for next-hop name resolution", TrafficClass.DNS)
                    .when(FlowContext::hasEdge)
                    .pairs(between(FlowContext::edges, c -> c.ofKind(NodeKind.DNS)))
                    .ports(udp(53), tcp(53)).services("DNS")
                    .note("Edge Transport servers resolve internal and external host names."),
            rule(E7, "Sender reputation through the organisation's proxy", TrafficClass.PROXY)
                    .when(c -> c.hasEdge() && c.options().senderReputationProxyPort() != null)
                    .pairs(between(FlowContext::edges, c -> c.ofKind(NodeKind.INTERNET)))
                    .portsFrom(c -> List.of(tcp(c.options().senderReputationProxyPort())))
                    .services("Sender reputation (protocol analysis agent: open proxy detection, sender blocking)")
                    .note("Port user defined: Set-SenderReputationConfig -ProxyServerName -ProxyServerPort"
                            + " -ProxyServerType."),

            // Hybrid deployment with Office 365 ("Hybrid deployment prerequisites", Exchange 2013).
            rule(H1, "Mail from Exchange Online", TrafficClass.HYBRID)
                    .when(FlowContext::isHybrid)
                    .pairs(between(c -> c.ofKind(NodeKind.OFFICE_365), FlowContext::hybridTransportServers))
                    .ports(tcp(25)).services("SMTP/TLS from Exchange Online Protection")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of(receiveConnector(t))))
                    .note("Certificate-based authentication: no device may inspect or rewrite this SMTP."),
            rule(H2, "Mail to Exchange Online", TrafficClass.HYBRID)
                    .when(FlowContext::isHybrid)
                    .pairs(between(FlowContext::hybridTransportServers, c -> c.ofKind(NodeKind.OFFICE_365)))
                    .ports(tcp(25)).services("SMTP/TLS to Exchange Online")
                    .connectors(Rule.Connectors.ofTarget(o -> List.of("Outbound to Office 365"))),
            rule(H3, "Hybrid features from Exchange Online", TrafficClass.HYBRID)
                    .when(FlowContext::isHybrid)
                    .pairs(between(c -> c.ofKind(NodeKind.OFFICE_365), FlowContext::clientAccess))
                    .ports(tcp(443)).services(HYBRID_WEB_SERVICES)
                    .note("Autodiscover and EWS must be published by an Exchange 2013 Client Access server."),
            rule(H4, "Hybrid features towards Exchange Online", TrafficClass.HYBRID)
                    .when(FlowContext::isHybrid)
                    .pairs(between(FlowContext::clientAccess, c -> c.ofKind(NodeKind.OFFICE_365)))
                    .ports(tcp(443)).services("Cloud free/busy", "OAuth", "Hybrid Configuration Wizard")
                    .note("Office 365 address ranges are published by Microsoft (\"Microsoft 365 URLs and IP address ranges\")."),

            // Ground rules: restricting traffic inside the Exchange organisation is not supported.
            rule(R1, "Unrestricted traffic between Exchange servers", TrafficClass.UNRESTRICTED)
                    .pairs(between(c -> c.ofKind(NodeKind.CAS), FlowContext::mailboxEndpoints))
                    .ports(Port.ANY).services("Client Access proxy and SMTP relay to Mailbox", "RPC")
                    .note("Microsoft does not support restricting or altering traffic between internal Exchange servers:"
                            + " allow all ports (including dynamic RPC) and protocols, both ways, without inspection."),
            rule(R2, "Unrestricted traffic between Exchange and domain controllers", TrafficClass.UNRESTRICTED)
                    .pairs(between(FlowContext::internalExchange, c -> c.ofKind(NodeKind.DOMAIN_CONTROLLER)))
                    .ports(Port.ANY).services("Active Directory (LDAP, Kerberos, RPC …)")
                    .note("Microsoft does not support restricting traffic between Exchange servers and Active Directory"
                            + " domain controllers: allow all ports and protocols, both ways."));

    private static final Map<RuleId, Rule> BY_ID = new EnumMap<>(RuleId.class);

    static {
        RULES.forEach(r -> BY_ID.put(r.id(), r));
        if (!BY_ID.keySet().equals(EnumSet.allOf(RuleId.class))) {
            throw new IllegalStateException("every rule ID needs exactly one entry");
        }
    }

    private RuleTable() {
    }

    public static Rule rule(RuleId id) {
        return BY_ID.get(id);
    }

    /** SMTP rules whose Exchange end is "Internet-facing" for N4. */
    static final Set<RuleId> INTERNET_SMTP = EnumSet.of(N1, N2, N3, H1, H2);

    private static String edgeSendConnector(Node edge, String edgeSyncName) {
        return edge.isSubscribed() ? edgeSyncName : "Send connector created by hand on " + edge.name() + " (not subscribed)";
    }

    private static String receiveConnector(Node server) {
        return server.kind() == NodeKind.EDGE
                ? "Default internal receive connector " + server.name()
                : "Default Frontend " + server.name();
    }

    /** Every source with every target, in list order, never a node with itself. */
    private static Rule.Pairs between(Function<FlowContext, List<Node>> sources,
                                      Function<FlowContext, List<Node>> targets) {
        return (context, flows, sink) -> {
            List<Node> ts = targets.apply(context);
            for (Node s : sources.apply(context)) {
                for (Node t : ts) {
                    if (s != t) {
                        sink.accept(s, t);
                    }
                }
            }
        };
    }

    /** E2 (edge → M(e)) or, reversed, E3 (M(e) → edge). */
    private static Rule.Pairs edgesToTheirMailboxes(boolean reversed) {
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

    private static Rule.Pairs subscribedEdgesFromTheirMailboxes() {
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
    private static Rule.Pairs internetFacingServersToDns() {
        return (context, flows, sink) -> {
            List<Node> dnsServers = context.ofKind(NodeKind.DNS);
            if (dnsServers.isEmpty()) {
                return;
            }
            java.util.LinkedHashSet<Node> facing = new java.util.LinkedHashSet<>();
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
            for (Node server : context.topology().nodes()) {
                if (facing.contains(server)) {
                    for (Node dns : dnsServers) {
                        sink.accept(server, dns);
                    }
                }
            }
        };
    }

    private static Builder rule(RuleId id, String title, TrafficClass trafficClass) {
        return new Builder(id, title, trafficClass);
    }

    /** Lets each entry read like a row of the article's tables. */
    private static final class Builder {
        private final RuleId id;
        private final String title;
        private final TrafficClass trafficClass;
        private Predicate<FlowContext> applies = c -> true;
        private Rule.Pairs pairs;
        private Function<FlowContext, List<Port>> ports;
        private List<String> services = List.of();
        private Rule.Connectors connectors = Rule.Connectors.NONE;
        private String note = "";
        private boolean readsFlows;

        Builder(RuleId id, String title, TrafficClass trafficClass) {
            this.id = id;
            this.title = title;
            this.trafficClass = trafficClass;
        }

        Builder when(Predicate<FlowContext> condition) {
            this.applies = condition;
            return this;
        }

        Builder pairs(Rule.Pairs p) {
            this.pairs = p;
            return this;
        }

        /** Pairs derived from the flows of all the other rules. */
        Builder pairsFromFlows(Rule.Pairs p) {
            this.pairs = p;
            this.readsFlows = true;
            return this;
        }

        Builder ports(Port... fixed) {
            List<Port> list = List.of(fixed);
            this.ports = c -> list;
            return this;
        }

        Builder portsFrom(Function<FlowContext, List<Port>> fromOptions) {
            this.ports = fromOptions;
            return this;
        }

        Builder services(String... s) {
            return services(List.of(s));
        }

        Builder services(List<String> s) {
            this.services = List.copyOf(s);
            return this;
        }

        Builder connectors(Rule.Connectors c) {
            this.connectors = c;
            return this;
        }

        Builder note(String n) {
            this.note = n;
            return this;
        }

        Rule build() {
            return new Rule(id, title, trafficClass, applies, pairs, ports, services, connectors, note, readsFlows);
        }
    }

    private static List<Rule> table(Builder... builders) {
        return java.util.Arrays.stream(builders).map(Builder::build).toList();
    }
}
