package org.portolan.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Topology;

/** The node sets the rules speak of (X, M, E, I, D, O, C …), computed once per topology. */
public final class FlowContext {

    private final Topology topology;
    private final Map<NodeKind, List<Node>> byKind;
    private final List<Node> clientAccess = new ArrayList<>();
    private final List<Node> mailboxEndpoints = new ArrayList<>();
    private final List<Node> clientSources = new ArrayList<>();
    private final List<Node> internalExchange = new ArrayList<>();
    private final Map<String, List<Node>> mailboxEndpointsBySite = new LinkedHashMap<>();
    /** Zone index of each node, and every crossing made once.*/
    private final java.util.IdentityHashMap<Node, Integer> zoneIndex = new java.util.IdentityHashMap<>();
    private final Crossing[][] crossings;

    public FlowContext(Topology topology) {
        this.topology = topology;
        this.byKind = new EnumMap<>(NodeKind.class);
        for (NodeKind kind : NodeKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        List<org.portolan.model.Zone> zones = topology.zones();
        crossings = new Crossing[zones.size()][zones.size()];
        Map<String, Integer> zoneIds = new java.util.HashMap<>();
        for (int i = 0; i < zones.size(); i++) {
            zoneIds.put(zones.get(i).id(), i);
            for (int j = 0; j < zones.size(); j++) {
                crossings[i][j] = new Crossing(zones.get(i), zones.get(j));
            }
        }
        for (Node node : topology.nodes()) {
            zoneIndex.put(node, zoneIds.get(node.zoneId()));
            byKind.get(node.kind()).add(node);
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

    public Crossing crossing(Node source, Node target) {
        return crossings[zoneIndex.get(source)][zoneIndex.get(target)];
    }
}
