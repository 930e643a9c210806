package org.portolan.model;

import java.util.EnumSet;
import java.util.Set;

/** Node kinds of the rules file, with the zone a node of that kind sits in when it names none. */
public enum NodeKind {
    INTERNET("Internet", "Any host outside the organisation: remote clients, other mail servers", ZoneKind.EXTERNAL),
    EDGE("Edge Transport", "Edge Transport server, normally in the perimeter network", ZoneKind.PERIMETER),
    CAS("Client Access", "Standalone Exchange 2013 Client Access server", ZoneKind.INTERNAL),
    MAILBOX("Mailbox", "Standalone Exchange 2013 Mailbox server", ZoneKind.INTERNAL),
    MULTI_ROLE("Multi-role", "Client Access and Mailbox roles on the same computer", ZoneKind.INTERNAL),
    DNS("DNS", "DNS server used for next-hop name resolution", ZoneKind.INTERNAL),
    OFFICE_365("Office 365", "Exchange Online / Office 365 tenant (hybrid deployment)", ZoneKind.EXTERNAL),
    DOMAIN_CONTROLLER("Domain controller", "Active Directory domain controller", ZoneKind.INTERNAL),
    INTERNAL_CLIENTS("Internal clients", "The organisation's own client network (Outlook, browsers, phones)", ZoneKind.INTERNAL),
    LOAD_BALANCER("Load balancer", "Load balancer or reverse proxy publishing the Client Access namespaces",
            ZoneKind.PERIMETER);

    /** X in the rules file: client-access endpoints. */
    public static final Set<NodeKind> CLIENT_ACCESS = EnumSet.of(CAS, MULTI_ROLE);
    /** M in the rules file: mailbox endpoints. */
    public static final Set<NodeKind> MAILBOX_ENDPOINTS = EnumSet.of(MAILBOX, MULTI_ROLE);
    /** C in the rules file: where client connections come from. */
    public static final Set<NodeKind> CLIENT_SOURCES = EnumSet.of(INTERNET, INTERNAL_CLIENTS);
    /** Internal Exchange servers: the servers R1 and R2 speak of. */
    public static final Set<NodeKind> INTERNAL_EXCHANGE = EnumSet.of(CAS, MAILBOX, MULTI_ROLE);

    /** Kinds a card may stand for a group of (rules file, "Options": count). */
    public static final Set<NodeKind> GROUPS = EnumSet.of(EDGE, CAS, MAILBOX, MULTI_ROLE, DNS, DOMAIN_CONTROLLER,
            LOAD_BALANCER);

    private final String displayName;
    private final String description;
    private final ZoneKind defaultZone;

    NodeKind(String displayName, String description, ZoneKind defaultZone) {
        this.displayName = displayName;
        this.description = description;
        this.defaultZone = defaultZone;
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    public ZoneKind defaultZone() {
        return defaultZone;
    }

    public boolean allowsCount() {
        return GROUPS.contains(this);
    }

    public boolean isExchangeServer() {
        return this == EDGE || INTERNAL_EXCHANGE.contains(this);
    }
}
