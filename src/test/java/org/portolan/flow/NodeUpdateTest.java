package org.portolan.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * An edit that only moves, renames or readdresses nodes leaves the pairs with flows as they were: updating
 * the earlier flows must give exactly what the engine gives from scratch.
 */
class NodeUpdateTest {

    private final Topology before = GeneratedTopology.of(100);
    private final List<Flow> earlier = FlowEngine.flows(before);

    @Test
    void anEdgeMovedIntoTheInternalZoneGetsItsNewCrossingsAndEveryOtherFlowStaysTheSameObject() {
        Node edge = before.nodesByKind().get(NodeKind.EDGE).get(0);
        Topology after = before.withNode(edge.withZone("internal").withPosition(new Point(900, 400)));

        NodeUpdate.Updated updated = NodeUpdate.between(before, after).orElseThrow()
                .apply(earlier, FlowIndex.of(before, earlier), after);

        assertThat(updated.flows()).isEqualTo(FlowEngine.flows(after));
        Set<Flow> old = identities(earlier);
        for (Flow f : updated.flows()) {
            boolean ofTheEdge = f.source().id().equals(edge.id()) || f.target().id().equals(edge.id());
            assertThat(old.contains(f)).as("%s kept", f).isEqualTo(!ofTheEdge);
        }
        assertThat(updated.flows()).filteredOn(f -> f.target().id().equals(edge.id()))
                .isNotEmpty().allMatch(f -> f.crossing().to().id().equals("internal"));
        assertThat(updated.replaced()).hasSize((int) earlier.stream()
                .filter(f -> f.source() == edge || f.target() == edge).count());
        updated.replaced().forEach((was, now) -> assertThat(updated.now(was)).isSameAs(now));
        // Equal crossings stay one object, which is how the engine tells the flows it can keep after the next edit.
        Crossing within = earlier.stream().map(Flow::crossing)
                .filter(c -> c.from().id().equals("internal") && c.to().id().equals("internal")).findFirst().orElseThrow();
        assertThat(updated.flows()).filteredOn(f -> f.source().id().equals(edge.id())
                && f.crossing().to().id().equals("internal")).isNotEmpty().allMatch(f -> f.crossing() == within);
    }

    @Test
    void manyNodesMovedAtOnceAndNewAddressesAreNodeUpdatesToo() {
        List<Node> nodes = new ArrayList<>(before.nodes());
        for (int i = 0; i < nodes.size(); i += 7) { // more than the few an edit usually moves
            Node n = nodes.get(i);
            nodes.set(i, n.withZone(i % 2 == 0 ? "perimeter" : "internal").withPosition(new Point(i * 10, 60)));
        }
        Node dns = before.nodesByKind().get(NodeKind.DNS).get(0);
        nodes.set(nodes.indexOf(dns), dns.withAddresses(List.of(NetworkAddress.parse("10.0.0.53"))));
        Topology after = before.withNodes(nodes);

        NodeUpdate update = NodeUpdate.between(before, after).orElseThrow();

        assertThat(update.places()).hasSize((before.nodes().size() + 6) / 7 + 1);
        assertThat(update.apply(earlier, FlowIndex.of(before, earlier), after).flows()).isEqualTo(FlowEngine.flows(after));
    }

    @Test
    void anEditThatChangesWhatTheRulesReadIsNoNodeUpdate() {
        Node cas = before.nodesByKind().get(NodeKind.CAS).get(0);
        Node edge = before.nodesByKind().get(NodeKind.EDGE).get(0);
        List<Node> fewer = new ArrayList<>(before.nodes());
        fewer.remove(cas);

        assertThat(NodeUpdate.between(before, before.withNode(cas.withSite("Elsewhere")))).as("site").isEmpty();
        assertThat(NodeUpdate.between(before, before.withNode(edge.withSubscribed(false)))).as("subscription").isEmpty();
        assertThat(NodeUpdate.between(before, before.withOptions(before.options().withImap4(true)))).as("option")
                .isEmpty();
        assertThat(NodeUpdate.between(before, before.withNodes(fewer))).as("deletion").isEmpty();
        assertThat(NodeUpdate.between(before, before.withZones(List.of(before.zones().get(0)
                .withBounds(new org.portolan.model.Zone.Bounds(0, 0, 500, 500)))))).as("zone resized").isEmpty();
        assertThat(NodeUpdate.between(before, before)).as("nothing").isEmpty();
    }

    @Test
    void aRenamedServersFlowsTakeTheConnectorNamesOfItsNewName() {
        Node cas = before.nodesByKind().get(NodeKind.CAS).get(0);
        Node edge = before.nodesByKind().get(NodeKind.EDGE).get(0).withSubscribed(false);
        Topology unsubscribed = before.withNode(edge); // its Send connectors are named after it
        List<Flow> flows = FlowEngine.flows(unsubscribed);
        Topology after = unsubscribed.withNode(cas.withName("CAS-RENAMED")).withNode(edge.withName("EDGE-RENAMED"));

        NodeUpdate.Updated updated = NodeUpdate.between(unsubscribed, after).orElseThrow()
                .apply(flows, FlowIndex.of(unsubscribed, flows), after);

        assertThat(updated.flows()).isEqualTo(FlowEngine.flows(after));
        assertThat(updated.flows()).flatExtracting(Flow::connectors)
                .anyMatch(c -> c.contains("CAS-RENAMED")).anyMatch(c -> c.contains("EDGE-RENAMED"))
                .noneMatch(c -> c.contains(cas.name() + " ") || c.endsWith(cas.name()));
    }

    private static Set<Flow> identities(List<Flow> flows) {
        Set<Flow> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(flows);
        return set;
    }
}
