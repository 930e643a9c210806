package org.portolan.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portolan.edit.TopologyEdits;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * Deleting nodes, undoing the deletion and adding nodes leave the other nodes' pairs as they were (while every
 * rule applies as before): the earlier runs with those nodes' flows taken out or put in must be exactly what
 * the engine gives from scratch, and so must their index.
 */
class NodeSetChangeTest {

    /** A hundred nodes with two Edges, so that deleting one leaves the rules with an Edge (E1 to E7) applying. */
    private final Topology before = withSecondEdge(GeneratedTopology.of(100));
    private final List<Flow> earlier = FlowEngine.flows(before);
    private final FlowIndex earlierIndex = FlowIndex.of(before, earlier);
    private final Node edge = before.nodesByKind().get(NodeKind.EDGE).get(0);

    @Test
    void deletingAnEdgeTakesOutItsFlowsAndKeepsEveryOtherFlowTheSameObject() {
        Topology after = TopologyEdits.deleteNodes(before, List.of(edge.id()));

        NodeSetChange change = NodeSetChange.between(before, after).orElseThrow();
        NodeSetChange.Updated updated = change.apply(earlier, earlierIndex).orElseThrow();

        assertThat(change.added()).isFalse();
        assertThat(change.changed()).containsExactly(edge);
        assertThat(updated.flows()).isEqualTo(FlowEngine.flows(after));
        assertThat(updated.flows()).allMatch(identities(earlier)::contains);
        assertThat(updated.othersKept()).isTrue();
        assertSameIndex(updated, after);
    }

    @Test
    void undoingTheDeletionPutsTheEdgesFlowsBackInTheirPlaces() {
        Topology deleted = TopologyEdits.deleteNodes(before, List.of(edge.id()));
        List<Flow> flows = FlowEngine.flows(deleted);

        NodeSetChange change = NodeSetChange.between(deleted, before).orElseThrow();
        NodeSetChange.Updated updated = change.apply(flows, FlowIndex.of(deleted, flows)).orElseThrow();

        assertThat(change.added()).isTrue();
        assertThat(change.stayed()).hasSize(deleted.nodes().size());
        assertThat(updated.flows()).isEqualTo(earlier);
        Set<Flow> kept = identities(flows);
        for (Flow f : updated.flows()) {
            assertThat(kept.contains(f)).as("%s kept", f).isEqualTo(f.source() != edge && f.target() != edge);
        }
        assertSameIndex(updated, before);
    }

    @Test
    void aNodeDroppedOnTheCanvasComesLastWithItsFlows() {
        Topology after = TopologyEdits.addNode(before, NodeKind.MAILBOX, new Point(1200, 300), 176, 60);

        NodeSetChange.Updated updated = NodeSetChange.between(before, after).orElseThrow()
                .apply(earlier, earlierIndex).orElseThrow();

        assertThat(updated.flows()).isEqualTo(FlowEngine.flows(after)).hasSizeGreaterThan(earlier.size());
        assertSameIndex(updated, after);
    }

    @Test
    void manyNodesDeletedAndBroughtBackAtOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 3; i < before.nodes().size(); i += 5) { // more than the few an edit scans for
            ids.add(before.nodes().get(i).id());
        }
        ids.remove(edge.id());
        Topology deleted = TopologyEdits.deleteNodes(before, ids);
        List<Flow> flows = FlowEngine.flows(deleted);

        NodeSetChange.Updated removed = NodeSetChange.between(before, deleted).orElseThrow()
                .apply(earlier, earlierIndex).orElseThrow();
        NodeSetChange.Updated restored = NodeSetChange.between(deleted, before).orElseThrow()
                .apply(flows, FlowIndex.of(deleted, flows)).orElseThrow();

        assertThat(removed.flows()).isEqualTo(flows);
        assertSameIndex(removed, deleted);
        assertThat(restored.flows()).isEqualTo(earlier);
        assertSameIndex(restored, before);
    }

    @Test
    void withoutAnEdgeTheInternetFacingServersOfN4FollowTheInternetNode() {
        Topology noEdge = before.withNodes(before.nodes().stream().filter(n -> n.kind() != NodeKind.EDGE).toList());
        Node internet = noEdge.nodesByKind().get(NodeKind.INTERNET).get(0);
        Topology after = TopologyEdits.deleteNodes(noEdge, List.of(internet.id()));
        List<Flow> flows = FlowEngine.flows(noEdge);

        NodeSetChange.Updated updated = NodeSetChange.between(noEdge, after).orElseThrow()
                .apply(flows, FlowIndex.of(noEdge, flows)).orElseThrow();

        List<Flow> expected = FlowEngine.flows(after);
        assertThat(updated.flows()).isEqualTo(expected);
        // N4 changed: servers that were Internet-facing only through N1 and N2 no longer resolve names.
        assertThat(expected.stream().filter(f -> f.ruleId() == RuleId.N4).count())
                .isLessThan(flows.stream().filter(f -> f.ruleId() == RuleId.N4).count());
        assertThat(updated.othersKept()).as("servers that stayed lost N4 flows").isFalse();
        assertSameIndex(updated, after);
    }

    @Test
    void nodesThatChangeWhichRulesApplyAreLeftToTheEngine() {
        Topology oneEdge = TopologyEdits.deleteNodes(before, List.of(edge.id()));
        Node last = oneEdge.nodesByKind().get(NodeKind.EDGE).get(0);
        Topology noEdge = TopologyEdits.deleteNodes(oneEdge, List.of(last.id()));
        List<Flow> flows = FlowEngine.flows(oneEdge);

        assertThat(NodeSetChange.between(oneEdge, noEdge).orElseThrow().apply(flows, FlowIndex.of(oneEdge, flows)))
                .as("the last Edge deleted: N1 to N4 apply instead of E1 to E7").isEmpty();
    }

    @Test
    void editsThatDoMoreThanAddOrRemoveNodesAreNoNodeSetChange() {
        Topology deleted = TopologyEdits.deleteNodes(before, List.of(edge.id()));
        Node cas = deleted.nodesByKind().get(NodeKind.CAS).get(0);

        assertThat(NodeSetChange.between(before, deleted.withOptions(deleted.options().withImap4(true))))
                .as("and an option").isEmpty();
        assertThat(NodeSetChange.between(before, deleted.withNode(cas.withName("CAS-X")))).as("and a rename").isEmpty();
        assertThat(NodeSetChange.between(before, before.withNode(cas.withName("CAS-X")))).as("a rename").isEmpty();
        assertThat(NodeSetChange.between(before, before)).as("nothing").isEmpty();
    }

    /** The index handed on answers every question as the index made from the flows does. */
    private static void assertSameIndex(NodeSetChange.Updated updated, Topology topology) {
        FlowIndex fresh = FlowIndex.of(topology, updated.flows());
        FlowIndex index = updated.index();
        assertThat(index.size()).isEqualTo(fresh.size());
        assertThat(index.runs()).containsExactlyEntriesOf(fresh.runs());
        for (int i = 0; i < topology.nodes().size(); i++) {
            assertThat(index.of(i)).as("flows of node %d", i).isEqualTo(fresh.of(i));
        }
        for (int k = 0; k < fresh.size(); k++) {
            assertThat(index.sourceOf(k)).isEqualTo(fresh.sourceOf(k));
            assertThat(index.targetOf(k)).isEqualTo(fresh.targetOf(k));
        }
        assertThat(index.crossings(topology)).containsExactlyElementsOf(fresh.crossings(topology));
        for (Flow f : updated.flows()) {
            assertThat(index.sharedCrossings().get(f.crossing())).isSameAs(f.crossing());
        }
    }

    private static Topology withSecondEdge(Topology t) {
        Node edge = t.nodesByKind().get(NodeKind.EDGE).get(0);
        List<Node> nodes = new ArrayList<>(t.nodes());
        nodes.add(nodes.indexOf(edge) + 1, new Node("edge-b", NodeKind.EDGE, "EDGE-B", edge.zoneId(), edge.site(),
                edge.subscribed(), List.of(), null));
        return t.withNodes(nodes);
    }

    private static Set<Flow> identities(List<Flow> flows) {
        Set<Flow> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(flows);
        return set;
    }
}
