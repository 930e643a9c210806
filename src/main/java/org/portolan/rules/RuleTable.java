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

    // Service sets: the named port groups the aggregated firewall rules and the Capirca export use.
    private static final Rule.ServiceSetName CLIENT_WEB = set("EXCH-CLIENT-WEB", "Exchange client web services");
    private static final Rule.ServiceSetName IMAP4 = set("IMAP4", "IMAP4 clients");
    private static final Rule.ServiceSetName POP3 = set("POP3", "POP3 clients");
    private static final Rule.ServiceSetName SUBMISSION = set("SMTP-SUBMISSION", "Authenticated SMTP submission");
    private static final Rule.ServiceSetName SMTP = set("SMTP", "SMTP mail");
    private static final Rule.ServiceSetName DNS_SET = set("DNS", "Name resolution (DNS)");
    private static final Rule.ServiceSetName EDGESYNC = set("EDGESYNC", "EdgeSync (secure LDAP)");
    private static final Rule.ServiceSetName PROXY = set("SENDER-REPUTATION-PROXY", "Sender reputation through the proxy");
    private static final Rule.ServiceSetName HYBRID_WEB = set("EXCH-HYBRID-WEB", "Hybrid web services with Exchange Online");
    private static final Rule.ServiceSetName FORWARDED = set("FORWARDED", "Forwarded by the load balancer");
    private static final Rule.ServiceSetName ANY = set("ANY", "Any port, any protocol, unrestricted");

    public static final List<Rule> RULES = table(
            // Clients and services (article table 1): the destination is always a Client Access endpoint.
            rule(C1, "Encrypted web connections from clients", TrafficClass.CLIENT).serviceSet(CLIENT_WEB)
                    .pairs(between(FlowContext::clientSources, FlowContext::publishedClientAccess))
                    .ports(tcp(443)).services(WEB_SERVICES)
                    .note("HTTPS. Edge Transport servers never take part in client traffic."),
            rule(C2, "Unencrypted web connections from clients", TrafficClass.CLIENT).serviceSet(CLIENT_WEB)
                    .when(c -> c.options().http())
                    .pairs(between(FlowContext::clientSources, FlowContext::publishedClientAccess))
                    .ports(tcp(80)).services("Internet calendar publishing", "Outlook Web App (redirects to 443/TCP)",
                            "Autodiscover fallback when 443/TCP is unavailable")
                    .note("Use encrypted 443/TCP wherever possible; some services may need 80/TCP."),
            rule(C3, "IMAP4 clients", TrafficClass.CLIENT).serviceSet(IMAP4)
                    .when(c -> c.options().imap4())
                    .pairs(between(FlowContext::clientSources, FlowContext::publishedClientAccess))
                    .ports(tcp(143), tcp(993)).services("IMAP4", "Secure IMAP4")
                    .note("IMAP4 is disabled by default. The Client Access IMAP4 service proxies to the IMAP4"
                            + " Backend service on the Mailbox server."),
            rule(C4, "POP3 clients", TrafficClass.CLIENT).serviceSet(POP3)
                    .when(c -> c.options().pop3())
                    .pairs(between(FlowContext::clientSources, FlowContext::publishedClientAccess))
                    .ports(tcp(110), tcp(995)).services("POP3", "Secure POP3")
                    .note("POP3 is disabled by default. The Client Access POP3 service proxies to the POP3"
                            + " Backend service on the Mailbox server."),
            rule(C5, "Authenticated SMTP clients", TrafficClass.CLIENT).serviceSet(SUBMISSION)
                    .when(c -> c.options().smtpClientSubmission())
                    .pairs(between(FlowContext::clientSources, FlowContext::publishedClientAccess))
                    .ports(tcp(587)).services("Authenticated SMTP submission")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of(on("Client Frontend", t))))
                    .note("Clients that can only submit on port 25 need the connector's bindings changed."),

            // Mail flow without Edge Transport servers (article table 2).
            rule(N1, "Inbound mail", TrafficClass.MAIL).serviceSet(SMTP)
                    .when(c -> !c.hasEdge())
                    .pairs(between(c -> c.ofKind(NodeKind.INTERNET), FlowContext::publishedClientAccess))
                    .ports(tcp(25)).services("Inbound SMTP (anonymous)")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of(on("Default Frontend", t))))
                    .note("Relayed to a Mailbox server by the implicit intra-organization Send connector."),
            rule(N2, "Outbound mail", TrafficClass.MAIL).serviceSet(SMTP)
                    .when(c -> !c.hasEdge() && c.options().internetSendConnector()
                            && !c.options().outboundProxyThroughCas())
                    .pairs(between(FlowContext::mailboxEndpoints, c -> c.ofKind(NodeKind.INTERNET)))
                    .ports(tcp(25)).services("Outbound SMTP")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of("Send connector to the Internet (created by hand on the Mailbox servers)")))
                    .note("Exchange creates no Send connector to the Internet by default: create it by hand."),
            rule(N3, "Outbound mail routed through Client Access", TrafficClass.MAIL).serviceSet(SMTP)
                    .when(c -> !c.hasEdge() && c.options().internetSendConnector()
                            && c.options().outboundProxyThroughCas())
                    .pairs(between(FlowContext::clientAccess, c -> c.ofKind(NodeKind.INTERNET)))
                    .ports(tcp(25)).services("Outbound SMTP (proxied through Client Access)")
                    .connectors(Rule.Connectors.ofSource(s -> List.of("Send connector to the Internet (-FrontEndProxyEnabled $true)",
                            on("Outbound Proxy Frontend", s))))
                    .note("The Send connector proxies through the Client Access server; its \"Outbound Proxy"
                            + " Frontend\" receive connector takes the mail from the Mailbox server."),
            rule(N4, "DNS for next-hop name resolution", TrafficClass.DNS).serviceSet(DNS_SET)
                    .when(c -> !c.hasEdge())
                    .pairsFromFlows(RulePairs.internetFacingServersToDns())
                    .ports(udp(53), tcp(53)).services("DNS")
                    .note("Internet-facing Exchange servers resolve internal and external host names."),
            rule(N5, "DNS for internal name resolution", TrafficClass.DNS).serviceSet(DNS_SET)
                    .pairsFromFlows(RulePairs.internalServersToInternalDns())
                    .ports(udp(53), tcp(53)).services("DNS")
                    .note("Every internal Exchange server resolves internal host names for mail routing (and, with an"
                            + " Edge Transport server, the Edge's name)."),

            // Mail flow with a subscribed Edge Transport server (article table 3).
            rule(E1, "Inbound mail: Internet to Edge Transport", TrafficClass.MAIL).serviceSet(SMTP)
                    .when(FlowContext::hasEdge)
                    .pairs(between(c -> c.ofKind(NodeKind.INTERNET), FlowContext::edges))
                    .ports(tcp(25)).services("Inbound SMTP (anonymous)")
                    .connectors(Rule.Connectors.ofTarget(t -> List.of(on("Default internal receive connector", t)))),
            rule(E2, "Inbound mail: Edge Transport to the organisation", TrafficClass.MAIL).serviceSet(SMTP)
                    .when(FlowContext::hasEdge)
                    .pairs(RulePairs.edgesToTheirMailboxes(false))
                    .ports(tcp(25)).services("Inbound SMTP")
                    .connectors((edge, m) -> List.of(edgeSendConnector(edge, "EdgeSync - Inbound to " + edge.effectiveSite()),
                            on(m.kind() == NodeKind.MULTI_ROLE ? "Default Frontend" : "Default", m)))
                    .note("To the Mailbox servers of the subscribed Active Directory site. A 2013 Edge delivers to the"
                            + " Front End Transport service on a multi-role server."),
            rule(E3, "Outbound mail: organisation to Edge Transport", TrafficClass.MAIL).serviceSet(SMTP)
                    .when(FlowContext::hasEdge)
                    .pairs(RulePairs.edgesToTheirMailboxes(true))
                    .ports(tcp(25)).services("Outbound SMTP")
                    .connectors((m, edge) -> List.of(edge.isSubscribed() ? "Intra-organization Send connector (implicit)"
                                    : "Send connector created by hand on the Mailbox servers to " + edge.name() + " (not subscribed)",
                            on("Default internal receive connector", edge)))
                    .note("Outbound mail always bypasses Client Access servers."),
            rule(E4, "Outbound mail: Edge Transport to the Internet", TrafficClass.MAIL).serviceSet(SMTP)
                    .when(c -> c.hasEdge() && c.options().internetSendConnector())
                    .pairs(between(FlowContext::edges, c -> c.ofKind(NodeKind.INTERNET)))
                    .ports(tcp(25)).services("Outbound SMTP")
                    .connectors(Rule.Connectors.ofSource(edge -> List.of(edge.isSubscribed()
                            ? "EdgeSync - " + edge.effectiveSite() + " to Internet"
                            : "Send connector created by hand on " + edge.serverName()))),
            rule(E5, "EdgeSync synchronization", TrafficClass.DIRECTORY).serviceSet(EDGESYNC)
                    .when(FlowContext::hasEdge)
                    .pairs(RulePairs.subscribedEdgesFromTheirMailboxes())
                    .ports(tcp(50636)).services("EdgeSync (secure LDAP to AD LDS)")
                    .note("Only Mailbox servers that existed when the Edge was subscribed take part; servers added later"
                            + " need the Edge resubscribed."),
            rule(E6, "DNS for next-hop name resolution", TrafficClass.DNS).serviceSet(DNS_SET)
                    .when(FlowContext::hasEdge)
                    .pairs(between(FlowContext::edges, c -> c.ofKind(NodeKind.DNS)))
                    .ports(udp(53), tcp(53)).services("DNS")
                    .note("Edge Transport servers resolve internal and external host names."),
            rule(E7, "Sender reputation through the organisation's proxy", TrafficClass.PROXY).serviceSet(PROXY)
                    .when(c -> c.hasEdge() && c.options().senderReputationProxyPort() != null)
                    .pairs(between(FlowContext::edges, c -> c.ofKind(NodeKind.INTERNET)))
                    .portsFrom((FlowContext c) -> List.of(tcp(c.options().senderReputationProxyPort())))
                    .services("Sender reputation (protocol analysis agent: open proxy detection, sender blocking)")
                    .note("Port user defined: Set-SenderReputationConfig -ProxyServerName -ProxyServerPort"
                            + " -ProxyServerType."),

            // Hybrid deployment with Office 365 ("Hybrid deployment prerequisites", Exchange 2013).
            rule(H1, "Mail from Exchange Online", TrafficClass.HYBRID).serviceSet(SMTP)
                    .when(FlowContext::isHybrid)
                    .pairs(between(c -> c.ofKind(NodeKind.OFFICE_365), FlowContext::publishedHybridTransportServers))
                    .ports(tcp(25)).services("SMTP/TLS from Exchange Online Protection").office365Set(10)
                    .connectors(Rule.Connectors.ofTarget(t -> List.of(receiveConnector(t))))
                    .note("Certificate-based authentication: no device may inspect or rewrite this SMTP."),
            rule(H2, "Mail to Exchange Online", TrafficClass.HYBRID).serviceSet(SMTP)
                    .when(FlowContext::isHybrid)
                    .pairs(between(FlowContext::hybridTransportServers, c -> c.ofKind(NodeKind.OFFICE_365)))
                    .ports(tcp(25)).services("SMTP/TLS to Exchange Online").office365Set(10)
                    .connectors(Rule.Connectors.ofTarget(o -> List.of("Outbound to Office 365"))),
            rule(H3, "Hybrid features from Exchange Online", TrafficClass.HYBRID).serviceSet(HYBRID_WEB)
                    .when(FlowContext::isHybrid)
                    .pairs(between(c -> c.ofKind(NodeKind.OFFICE_365), FlowContext::publishedClientAccess))
                    .ports(tcp(443)).services(HYBRID_WEB_SERVICES).office365Set(1)
                    .note("Autodiscover and EWS must be published by an Exchange 2013 Client Access server. Using"
                            + " Microsoft 365 endpoint set 1 as the source of this traffic is common practice, not a"
                            + " Microsoft statement: Microsoft does not publish the addresses its datacentres use"
                            + " towards customer networks."),
            rule(H4, "Hybrid features towards Exchange Online", TrafficClass.HYBRID).serviceSet(HYBRID_WEB)
                    .when(FlowContext::isHybrid)
                    .pairs(between(FlowContext::clientAccess, c -> c.ofKind(NodeKind.OFFICE_365)))
                    .ports(tcp(443)).services("Cloud free/busy", "OAuth", "Hybrid Configuration Wizard").office365Set(1)
                    .note("Office 365 address ranges are published by Microsoft (\"Microsoft 365 URLs and IP address ranges\")."),

            // Load balancers and reverse proxies: L1 is the routing above (publishedClientAccess), L2 the forwarding.
            rule(L2, "Load balancer to the Client Access servers it publishes", TrafficClass.CLIENT).serviceSet(FORWARDED)
                    .pairsFromFlows(RulePairs.loadBalancersToTheirServers())
                    .portsFrom(RulePairs::portsReaching)
                    .services("Published Client Access services (every port that reaches the virtual IP, L1)")
                    .note("Layer-4 load balancing without session affinity is supported. SMTP to and from Office 365"
                            + " must pass unchanged: no SMTP inspection or rewriting on the device."),

            // Ground rules: restricting traffic inside the Exchange organisation is not supported.
            rule(R1, "Unrestricted traffic between Exchange servers", TrafficClass.UNRESTRICTED).serviceSet(ANY)
                    .pairs(RulePairs.exchangeZonePairs())
                    .ports(Port.ANY).services("Client Access proxying", "RPC", "DAG replication (64327/TCP by default)",
                            "SMTP between transport services")
                    .note("Microsoft does not support restricting or altering traffic between internal Exchange servers:"
                            + " allow all ports (including dynamic RPC) and protocols, both ways, without inspection."),
            rule(R2, "Unrestricted traffic between Exchange and domain controllers", TrafficClass.UNRESTRICTED).serviceSet(ANY)
                    .pairs(RulePairs.exchangeToDomainControllerZones())
                    .ports(Port.ANY).services("Active Directory (LDAP, Kerberos, RPC …)")
                    .note("Microsoft does not support restricting traffic between Exchange servers and Active Directory"
                            + " domain controllers: allow all ports and protocols, both ways."));

    private static final Map<RuleId, Rule> BY_ID = new EnumMap<>(RuleId.class);

    static {
        RULES.forEach(r -> BY_ID.put(r.id(), r));
        Set<RuleId> expected = EnumSet.allOf(RuleId.class);
        expected.remove(L1);
        if (!BY_ID.keySet().equals(expected) || RULES.size() != expected.size()) {
            throw new IllegalStateException("every rule ID but L1 needs exactly one entry");
        }
    }

    private RuleTable() {
    }

    /** The entry of a rule ID; L1 has none (see {@link RuleId}). */
    public static Rule rule(RuleId id) {
        return BY_ID.get(id);
    }

    /** "Default Frontend EX01", or for a group "Default Frontend <server> on each server of DAG01". */
    static String on(String connector, Node server) {
        return server.isGroup() ? connector + " <server> on " + server.serverName() : connector + " " + server.name();
    }

    private static String edgeSendConnector(Node edge, String edgeSyncName) {
        return edge.isSubscribed() ? edgeSyncName : "Send connector created by hand on " + edge.serverName()
                + " (not subscribed)";
    }

    private static String receiveConnector(Node server) {
        return server.kind() == NodeKind.EDGE ? on("Default internal receive connector", server)
                : on("Default Frontend", server);
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

    private static Rule.ServiceSetName set(String name, String description) {
        return new Rule.ServiceSetName(name, description);
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
        private Rule.Ports ports;
        private List<String> services = List.of();
        private Rule.Connectors connectors = Rule.Connectors.NONE;
        private String note = "";
        private boolean readsFlows;
        private int office365Set;
        private Rule.ServiceSetName serviceSet;

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
            this.ports = (c, flows, s, t) -> list;
            return this;
        }

        /** Ports that depend on the options (E7). */
        Builder portsFrom(Function<FlowContext, List<Port>> fromOptions) {
            this.ports = (c, flows, s, t) -> fromOptions.apply(c);
            return this;
        }

        /** Ports that depend on the pair and the other rules' flows (L2). */
        Builder portsFrom(Rule.Ports perPair) {
            this.ports = perPair;
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

        Builder serviceSet(Rule.ServiceSetName set) {
            this.serviceSet = set;
            return this;
        }

        /** The Microsoft 365 endpoint set an Office 365 end of the rule's flows stands for (rules file). */
        Builder office365Set(int setId) {
            this.office365Set = setId;
            return this;
        }

        Rule build() {
            return new Rule(id, title, trafficClass, applies, pairs, ports, services, connectors, note, readsFlows,
                    office365Set, serviceSet);
        }
    }

    private static List<Rule> table(Builder... builders) {
        return java.util.Arrays.stream(builders).map(Builder::build).toList();
    }
}
