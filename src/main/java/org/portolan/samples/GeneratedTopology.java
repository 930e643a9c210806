package org.portolan.samples;

import java.util.ArrayList;
import java.util.List;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Topology;

/**
 * Large, realistic organisations for benchmarks: Edge servers, Client Access, Mailbox and multi-role
 * servers spread over four Active Directory sites, with clients, DNS, domain controllers and Office 365.
 */
public final class GeneratedTopology {

    private static final String[] SITES = {"Seoul", "Busan", "Incheon", "Daegu"};

    private GeneratedTopology() {
    }

    /**
     * About {@code size} nodes in the proportions of the 1,000-node reference organisation:
     * 4 Edge, 40 CAS, 400 Mailbox, 500 multi-role, 40 client networks, 8 DNS, 6 domain controllers,
     * the Internet and Office 365.
     */
    public static Topology of(int size) {
        double f = size / 1000.0;
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.of("internet", NodeKind.INTERNET, "Internet"));
        nodes.add(Node.of("o365", NodeKind.OFFICE_365, "Exchange Online"));
        add(nodes, NodeKind.EDGE, "EDGE", Math.max(1, (int) Math.round(4 * f)), 203, 0);
        add(nodes, NodeKind.CAS, "CAS", Math.max(1, (int) Math.round(40 * f)), 10, 1);
        add(nodes, NodeKind.MAILBOX, "MBX", Math.max(1, (int) Math.round(400 * f)), 10, 2);
        add(nodes, NodeKind.MULTI_ROLE, "EX", Math.max(1, (int) Math.round(500 * f)), 10, 3);
        add(nodes, NodeKind.INTERNAL_CLIENTS, "Clients", Math.max(1, (int) Math.round(40 * f)), 172, 4);
        add(nodes, NodeKind.DNS, "DNS", Math.max(1, (int) Math.round(8 * f)), 10, 5);
        add(nodes, NodeKind.DOMAIN_CONTROLLER, "DC", Math.max(1, (int) Math.round(6 * f)), 10, 6);
        return new Topology("Generated organisation (" + nodes.size() + " nodes)",
                Options.DEFAULTS.withSenderReputationProxyPort(8080), List.of(), nodes);
    }

    private static void add(List<Node> nodes, NodeKind kind, String prefix, int count, int net, int subnet) {
        for (int i = 1; i <= count; i++) {
            String name = String.format("%s%02d", prefix, i);
            String address = kind == NodeKind.INTERNAL_CLIENTS
                    ? "172." + (16 + i / 256) + "." + (i % 256) + ".0/24"
                    : net + "." + subnet + "." + (i / 250) + "." + (1 + i % 250);
            nodes.add(Node.of(name.toLowerCase(), kind, name).withSite(SITES[i % SITES.length])
                    .withAddresses(List.of(NetworkAddress.parse(address))));
        }
    }
}
