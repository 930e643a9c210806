package org.portolan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.rules.Flow;
import org.portolan.samples.GeneratedTopology;

/** What the window's port table asks of an analysis: the flows of some nodes, and the crossings. */
class AnalysisTest {

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
    void theCrossingsAreThoseOfTheFlowsAlsoAfterANodeMovedIntoAnotherZone() {
        assertThat(analysis.crossings()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(analysis.flows().stream().map(Flow::crossing).distinct().toList());

        Topology moved = topology;
        for (Node edge : topology.nodesByKind().get(NodeKind.EDGE)) {
            moved = moved.withNode(edge.withZone("internal"));
        }
        Analysis after = Analysis.of(moved);

        assertThat(after.crossings()).isNotEqualTo(analysis.crossings())
                .containsExactlyInAnyOrderElementsOf(after.flows().stream().map(Flow::crossing).distinct().toList());
    }
}
