package org.portolan.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/** Flows made again after an edit: the same flows as from scratch, those the edit left alone the same objects. */
class EarlierFlowsTest {

    private final Topology before = GeneratedTopology.of(100);
    private final List<Flow> earlier = FlowEngine.flows(before);

    @Test
    void aNodeMovedIntoAnotherZoneGetsNewFlowsAndEveryOtherFlowIsTheSameObject() {
        Node edge = before.nodesByKind().get(NodeKind.EDGE).get(0);
        Topology after = before.withNode(edge.withZone("internal"));

        List<Flow> flows = FlowEngine.flows(after, earlier);

        assertThat(flows).isEqualTo(FlowEngine.flows(after));
        Set<Flow> old = identities(earlier);
        for (Flow f : flows) {
            boolean ofTheEdge = f.source().id().equals(edge.id()) || f.target().id().equals(edge.id());
            assertThat(old.contains(f)).as("%s kept", f).isEqualTo(!ofTheEdge);
        }
        assertThat(flows.stream().filter(f -> f.target().id().equals(edge.id())).map(Flow::crossing).distinct())
                .as("its crossings follow it").allMatch(c -> c.to().id().equals("internal"));
    }

    @Test
    void addingDeletingAndRenamingKeepTheFlowsOfTheOtherNodes() {
        Node mailbox = before.nodesByKind().get(NodeKind.MAILBOX).get(3);
        Node cas = before.nodesByKind().get(NodeKind.CAS).get(1);
        java.util.ArrayList<Node> nodes = new java.util.ArrayList<>(before.nodes());
        nodes.remove(mailbox);
        nodes.add(5, Node.of("new-cas", NodeKind.CAS, "NEWCAS").withZone(cas.zoneId()));
        nodes.set(nodes.indexOf(cas), cas.withName("RENAMED"));
        Topology after = before.withNodes(nodes);

        List<Flow> flows = FlowEngine.flows(after, earlier);
        // The same, told where the earlier flows' runs and crossings are by their index.
        List<Flow> indexed = FlowEngine.flows(after, earlier, FlowIndex.of(before, earlier));

        assertThat(flows).isEqualTo(FlowEngine.flows(after)).isEqualTo(indexed);
        Set<Flow> old = identities(earlier);
        for (int i = 0; i < flows.size(); i++) {
            assertThat(old.contains(indexed.get(i))).as("%s kept with the index too", flows.get(i))
                    .isEqualTo(old.contains(flows.get(i)));
        }
        long kept = flows.stream().filter(old::contains).count();
        long untouched = flows.stream().filter(f -> !Set.of(mailbox.id(), cas.id(), "new-cas").contains(f.source().id())
                && !Set.of(mailbox.id(), cas.id(), "new-cas").contains(f.target().id())).count();
        assertThat(kept).as("flows between unchanged nodes are kept").isEqualTo(untouched);
    }

    @Test
    void anOptionThatAddsARuleKeepsTheFlowsOfTheOthers() {
        Topology after = before.withOptions(before.options().withImap4(!before.options().imap4()));

        List<Flow> flows = FlowEngine.flows(after, earlier);

        assertThat(flows).isEqualTo(FlowEngine.flows(after));
        Set<Flow> old = identities(earlier);
        assertThat(flows).filteredOn(f -> f.ruleId() != RuleId.C3).allMatch(old::contains);
    }

    private static Set<Flow> identities(List<Flow> flows) {
        Set<Flow> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(flows);
        return set;
    }
}
