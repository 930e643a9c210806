package org.portolan.firewall;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.portolan.m365.EndpointList;
import org.portolan.m365.Office365Endpoints;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.rules.Flow;

/**
 * What the ends of a flow are written against: node ids and names, and addresses — the Internet is "any", an
 * Office 365 node without addresses stands for Microsoft's endpoint set of the rule (rules file, "Office 365
 * addresses"), a zone link (R1, R2) for every server of its zone.
 */
public final class FlowEnds {

    /** What a cell says for a node whose addresses the diagram does not record (F12). */
    public static final String NOT_RECORDED = "address not recorded";

    private FlowEnds() {
    }

    /** "cas01", or for a zone link "ex01 ex02 ex03": node ids, as scripts read them. */
    public static String ids(Flow f, boolean source) {
        return side(f, source).stream().map(Node::id).collect(Collectors.joining(" "));
    }

    /** "CAS01", "DAG01 ×4", or for a zone link "Exchange servers in Internal network: EX01, EX02". */
    public static String name(Flow f, boolean source) {
        List<Node> side = side(f, source);
        String names = side.stream().map(FlowEnds::name).collect(Collectors.joining(", "));
        if (!f.isZoneLink()) {
            return names;
        }
        Node first = side.get(0);
        String what = first.kind() == NodeKind.DOMAIN_CONTROLLER ? "Domain controllers" : "Exchange servers";
        return what + " in " + (source ? f.crossing().from() : f.crossing().to()).name() + ": " + names;
    }

    public static String name(Node n) {
        return n.isGroup() ? n.name() + " ×" + n.count() : n.name();
    }

    /** The addresses of one end, in the order of its nodes. */
    public static List<String> addresses(Flow f, boolean source) {
        List<String> all = new ArrayList<>();
        for (Node n : side(f, source)) {
            all.addAll(addresses(n, f.rule().office365Set()));
        }
        return all;
    }

    /** A node's addresses; Office 365 without addresses stands for endpoint set {@code office365Set} (0: none). */
    public static List<String> addresses(Node n, int office365Set) {
        if (n.addresses().isEmpty() && n.kind() == NodeKind.INTERNET) {
            return List.of("any");
        }
        if (n.addresses().isEmpty() && n.kind() == NodeKind.OFFICE_365 && office365Set > 0) {
            return Office365Endpoints.active().set(office365Set).orElseThrow().ips().stream()
                    .map(NetworkAddress::toString).toList();
        }
        return n.addresses().stream().map(NetworkAddress::toString).toList();
    }

    /** The addresses as one cell: space-separated, or {@link #NOT_RECORDED}. */
    public static String cell(List<String> addresses) {
        return addresses.isEmpty() ? NOT_RECORDED : String.join(" ", addresses);
    }

    /**
     * The rule's note, preceded by what a firewall engineer must know about the ends: the load balancer it goes
     * through (L1) and the Microsoft 365 endpoint set its Office 365 addresses come from.
     */
    public static String notes(Flow f) {
        List<String> parts = new ArrayList<>();
        if (f.isPublished()) {
            parts.add("Reaches the virtual IP of " + f.target().name() + " (L1).");
        }
        int set = f.rule().office365Set();
        Node office = f.source().kind() == NodeKind.OFFICE_365 ? f.source()
                : f.target().kind() == NodeKind.OFFICE_365 ? f.target() : null;
        if (set > 0 && office != null && office.addresses().isEmpty()) {
            EndpointList list = Office365Endpoints.active();
            parts.add("Office 365 addresses: " + list.describe(set) + ".");
        }
        if (!f.note().isEmpty()) {
            parts.add(f.note());
        }
        return String.join(" ", parts);
    }

    private static List<Node> side(Flow f, boolean source) {
        return source ? f.sourceSide() : f.targetSide();
    }
}
