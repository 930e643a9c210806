package org.portolan.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;

/** The node sets the rules speak of (X, M, E, I, D, O, C …), computed once per topology. */
public final class FlowContext {

    private final Topology topology;
    private final Map<NodeKind, List<Node>> byKind;
    private final List<Node> clientAccess = new ArrayList<>();
    private final List<Node> mailboxEndpoints = new ArrayList<>();
    private final List<Node> clientSources = new ArrayList<>();
    private final List<Node> internalExchange = new ArrayList<>();
    private final Map<String, List<Node>> mailboxEndpointsBySite = new LinkedHashMap<>();
    private final boolean anySite;
    /** X(l) for each load balancer, and the load balancers that publish each client-access endpoint. */
    private final Map<Node, List<Node>> publishedBy = new IdentityHashMap<>();
    private final Map<Node, List<Node>> publishers = new IdentityHashMap<>();
    private final List<Node> publishedClientAccess;
    /** L2: the ports reaching each load balancer, read from the flows once per derivation. */
    private final Map<Node, List<Port>> portsReaching = new IdentityHashMap<>();
    /** Zone index of each node, and every crossing made once. */
    private final Map<Node, Integer> zoneIndex = new IdentityHashMap<>();
    private final Crossing[][] crossings;

    public FlowContext(Topology topology) {
        this.topology = topology;
        this.byKind = new EnumMap<>(NodeKind.class);
        for (NodeKind kind : NodeKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        List<Zone> zones = topology.zones();
        crossings = new Crossing[zones.size()][zones.size()];
        Map<String, Integer> zoneIds = new HashMap<>();
        for (int i = 0; i < zones.size(); i++) {
            zoneIds.put(zones.get(i).id(), i);
            for (int j = 0; j < zones.size(); j++) {
                crossings[i][j] = new Crossing(zones.get(i), zones.get(j));
            }
        }
        boolean sites = false;
        for (Node node : topology.nodes()) {
            zoneIndex.put(node, zoneIds.get(node.zoneId()));
            byKind.get(node.kind()).add(node);
            sites |= node.site() != null && !node.site().isBlank();
            if (NodeKind.CLIENT_ACCESS.contains(node.kind())) {
                clientAccess.add(node);
            }
            if (NodeKind.MAILBOX_ENDPOINTS.contains(node.kind())) {
                mailboxEndpoints.add(node);
                mailboxEndpointsBySite.computeIfAbsent(node.effectiveSite(), s -> new ArrayList<>()).add(node);
            }
            if (NodeKind.CLIENT_SOURCES.contains(node.kind())) {
                clientSources.add(node);
            }
            if (NodeKind.INTERNAL_EXCHANGE.contains(node.kind())) {
                internalExchange.add(node);
            }
        }
        anySite = sites;
        for (Node lb : byKind.get(NodeKind.LOAD_BALANCER)) {
            List<Node> behind = clientAccess.stream()
                    .filter(x -> !anySite || lb.site() == null || lb.site().isBlank()
                            || x.effectiveSite().equals(lb.effectiveSite()))
                    .toList();
            publishedBy.put(lb, behind);
            behind.forEach(x -> publishers.computeIfAbsent(x, k -> new ArrayList<>()).add(lb));
        }
        LinkedHashSet<Node> published = new LinkedHashSet<>();
        for (Node x : clientAccess) {
            published.addAll(publishers.getOrDefault(x, List.of(x)));
        }
        publishedClientAccess = List.copyOf(published);
    }

    public Topology topology() {
        return topology;
    }

    public Options options() {
        return topology.options();
    }

    public List<Node> ofKind(NodeKind kind) {
        return Collections.unmodifiableList(byKind.get(kind));
    }

    /** X: client-access endpoints, CAS and multi-role. */
    public List<Node> clientAccess() {
        return clientAccess;
    }

    /**
     * X as clients, the Internet and Office 365 reach it (L1): every client-access endpoint that a load balancer
     * publishes is replaced by that load balancer.
     */
    public List<Node> publishedClientAccess() {
        return publishedClientAccess;
    }

    /** X(l): the client-access endpoints a load balancer publishes. */
    public List<Node> publishedBy(Node loadBalancer) {
        return publishedBy.getOrDefault(loadBalancer, List.of());
    }

    /**
     * Every port of a flow that reaches the load balancer (L1), in first-seen order; {@code flows} are the flows of
     * the rules that do not read flows, the same for every call of one derivation.
     */
    public List<Port> portsReaching(Node loadBalancer, List<Flow> flows) {
        return portsReaching.computeIfAbsent(loadBalancer, lb -> {
            java.util.Set<Port> ports = new LinkedHashSet<>();
            for (Flow f : flows) {
                if (f.target() == lb) {
                    ports.add(f.port());
                }
            }
            return List.copyOf(ports);
        });
    }

    /** M: mailbox endpoints, Mailbox and multi-role. */
    public List<Node> mailboxEndpoints() {
        return mailboxEndpoints;
    }

    /** C: Internet and internal client networks. */
    public List<Node> clientSources() {
        return clientSources;
    }

    /** CAS, Mailbox and multi-role servers: the internal Exchange servers of R1 and R2. */
    public List<Node> internalExchange() {
        return internalExchange;
    }

    public List<Node> edges() {
        return byKind.get(NodeKind.EDGE);
    }

    public boolean hasEdge() {
        return !edges().isEmpty();
    }

    public boolean isHybrid() {
        return !byKind.get(NodeKind.OFFICE_365).isEmpty();
    }

    /** M(e): the mailbox endpoints of the site an Edge is subscribed to. */
    public List<Node> mailboxEndpointsServedBy(Node edge) {
        return mailboxEndpointsBySite.getOrDefault(edge.effectiveSite(), List.of());
    }

    /** T: hybrid transport servers, the Edges when there are any, else the client-access endpoints. */
    public List<Node> hybridTransportServers() {
        return hasEdge() ? edges() : clientAccess;
    }

    /** T as Exchange Online reaches it (H1): Client Access servers behind a load balancer are reached through it. */
    public List<Node> publishedHybridTransportServers() {
        return hasEdge() ? edges() : publishedClientAccess;
    }

    /** D_int of N5: the DNS servers in internal zones, or every DNS server when none is internal. */
    public List<Node> internalDns() {
        List<Node> dns = byKind.get(NodeKind.DNS);
        List<Node> internal = dns.stream().filter(d -> topology.zoneOf(d).kind() == ZoneKind.INTERNAL).toList();
        return internal.isEmpty() ? dns : internal;
    }

    /** Nodes grouped by the zone they sit in, zones in topology order, nodes in file order. */
    public Map<Zone, List<Node>> byZone(List<Node> nodes) {
        Map<Zone, List<Node>> map = new LinkedHashMap<>();
        for (Zone zone : topology.zones()) {
            List<Node> in = nodes.stream().filter(n -> n.zoneId().equals(zone.id())).toList();
            if (!in.isEmpty()) {
                map.put(zone, in);
            }
        }
        return map;
    }

    public Crossing crossing(Node source, Node target) {
        return crossings[zoneIndex.get(source)][zoneIndex.get(target)];
    }
}
