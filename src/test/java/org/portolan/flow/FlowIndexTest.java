package org.portolan.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.Analysis;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/** The index picks exactly the flows of the nodes, or of the rules, asked for, in flow order. */
class FlowIndexTest {

    private final Topology topology = GeneratedTopology.of(100);
    private final Analysis analysis = Analysis.of(topology);

    @Test
    void oneNodesFlowsAreThoseFromOrToIt() {
        Node edge = topology.nodesByKind().get(NodeKind.EDGE).get(0);

        assertThat(analysis.flowsOf(Set.of(edge.id()))).isNotEmpty().isEqualTo(analysis.flows().stream()
                .filter(f -> f.source() == edge || f.target() == edge).toList());
    }

    @Test
    void severalNodesFlowsComeOnceEachInFlowOrder() {
        Node cas = topology.nodesByKind().get(NodeKind.CAS).get(0);
        Node mailbox = topology.nodesByKind().get(NodeKind.MAILBOX).get(2); // flows both ways between the two
        Node dns = topology.nodesByKind().get(NodeKind.DNS).get(0);
        Set<Node> nodes = Set.of(cas, mailbox, dns);

        List<Flow> picked = analysis.flowsOf(Set.of(cas.id(), mailbox.id(), dns.id(), "no-such-node"));

        assertThat(picked).isEqualTo(analysis.flows().stream()
                .filter(f -> nodes.contains(f.source()) || nodes.contains(f.target())).toList());
        assertThat(picked).anyMatch(f -> nodes.contains(f.source()) && nodes.contains(f.target()));
        assertThat(analysis.flowsOf(Set.of())).isEmpty();
    }

    @Test
    void aRulesFlowsAreItsRun() {
        FlowIndex index = analysis.index();
        Set<RuleId> rules = java.util.EnumSet.of(RuleId.E1, RuleId.R2, RuleId.C3);

        assertThat(index.ofRules(analysis.flows(), rules)).isNotEmpty()
                .isEqualTo(analysis.flows().stream().filter(f -> rules.contains(f.ruleId())).toList());
        assertThat(index.anyOf(java.util.EnumSet.of(RuleId.N1, RuleId.N2))).as("no Edge-less mail rules here")
                .isEqualTo(analysis.flows().stream().anyMatch(f -> f.ruleId() == RuleId.N1 || f.ruleId() == RuleId.N2));
        assertThat(index.anyOf(rules)).isTrue();
    }

    @Test
    void flowsOfOneRuleSplitUpAreRefused() {
        List<Flow> flows = analysis.flows();
        List<Flow> shuffled = new java.util.ArrayList<>(flows);
        shuffled.add(shuffled.remove(0)); // the first rule's first flow now comes last

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlowIndex.of(topology, shuffled))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not all together");
    }

    @Test
    void flowsOfAnEqualTopologyReadApartAreIndexedByNodeId() throws Exception {
        Topology copy = org.portolan.fileformat.TopologyReader.read("copy.portolan",
                org.portolan.fileformat.TopologyWriter.toBytes(topology));
        List<Flow> flows = FlowEngine.flows(copy); // nodes equal to the topology's, but other objects

        FlowIndex index = FlowIndex.of(topology, flows);

        Node edge = topology.nodesByKind().get(NodeKind.EDGE).get(0);
        assertThat(index.select(flows, new int[] {topology.nodes().indexOf(edge)})).isNotEmpty()
                .allMatch(f -> f.source().id().equals(edge.id()) || f.target().id().equals(edge.id()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlowIndex.of(Topology.empty("none"), flows))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a node of the topology");
    }

    @Test
    void theCrossingsAreThoseOfTheFlowsAlsoAfterANodeMovedIntoAnotherZone() {
        assertThat(analysis.crossings()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(analysis.flows().stream().map(Flow::crossing).distinct().toList());

        // Every Edge into the internal zone: the perimeter's crossings go, the index is the one before the move.
        Topology moved = topology;
        for (Node edge : topology.nodesByKind().get(NodeKind.EDGE)) {
            moved = moved.withNode(edge.withZone("internal"));
        }
        NodeUpdate.Updated updated = NodeUpdate.between(topology, moved).orElseThrow()
                .apply(analysis.flows(), analysis.index(), moved);
        Analysis after = Analysis.withFlows(moved, updated.flows(), updated.index());

        assertThat(after.crossings()).isNotEqualTo(analysis.crossings())
                .containsExactlyInAnyOrderElementsOf(updated.flows().stream().map(Flow::crossing).distinct().toList());
    }
}
