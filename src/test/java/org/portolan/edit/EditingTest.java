package org.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.rules.FindingId;
import org.portolan.rules.FlowEngine;
import org.portolan.rules.RuleId;
import org.portolan.samples.Sample;

class EditingTest {

    static final double W = DiagramLayouter.NODE_WIDTH;
    static final double H = DiagramLayouter.NODE_HEIGHT;

    static Topology pinned(Topology t) {
        return TopologyEdits.pin(t, DiagramLayouter.layout(t, FlowEngine.flows(t)));
    }

    @Test
    void historyUndoesAndRedoesAndKnowsWhatIsUnsaved() {
        Topology a = Topology.empty("a");
        EditHistory h = new EditHistory(a);
        assertThat(h.isDirty()).isFalse();
        Topology b = TopologyEdits.addNode(pinned(a), NodeKind.MULTI_ROLE, new Point(700, 200), W, H);
        assertThat(h.apply("Add EX01", b)).isTrue();
        assertThat(h.apply("nothing", b)).as("an edit that changes nothing is not recorded").isFalse();
        assertThat(h.isDirty()).isTrue();
        assertThat(h.undoName()).contains("Add EX01");
        assertThat(h.undo()).isTrue();
        assertThat(h.current()).isEqualTo(a);
        assertThat(h.isDirty()).as("back to the saved state").isFalse();
        assertThat(h.redo()).isTrue();
        assertThat(h.current()).isEqualTo(b);
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        assertThat(h.redo()).isFalse();
        h.apply("rename", b.withName("c"));
        h.undo();
        h.apply("other", b.withName("d"));
        assertThat(h.redoName()).as("a new edit drops the redo branch").isEmpty();
    }

    @Test
    void newNodesGetTheFirstFreeDefaultName() {
        Topology t = pinned(Topology.empty("t"));
        t = TopologyEdits.addNode(t, NodeKind.MULTI_ROLE, new Point(700, 100), W, H);
        t = TopologyEdits.addNode(t, NodeKind.MULTI_ROLE, new Point(700, 300), W, H);
        assertThat(t.nodes()).extracting(Node::name).containsExactly("EX01", "EX02");
        assertThat(t.nodes()).extracting(Node::id).containsExactly("ex01", "ex02");
        t = TopologyEdits.deleteNodes(t, List.of("ex01"));
        t = TopologyEdits.addNode(t, NodeKind.MULTI_ROLE, new Point(700, 500), W, H);
        assertThat(t.nodes()).extracting(Node::name).containsExactly("EX02", "EX01");
        assertThat(TopologyEdits.nextName(t, NodeKind.EDGE)).isEqualTo("EDGE01");
    }

    @Test
    void aDroppedNodeLandsInTheZoneUnderTheDropPoint() {
        Topology t = pinned(Topology.empty("t"));
        var perimeter = t.zone("perimeter").orElseThrow().bounds();
        Topology withEdge = TopologyEdits.addNode(t, NodeKind.EDGE, new Point(perimeter.x() + 20, perimeter.y() + 100), W, H);
        assertThat(withEdge.nodes().get(0).zoneId()).isEqualTo("perimeter");
        var internal = t.zone("internal").orElseThrow().bounds();
        Topology edgeInside = TopologyEdits.addNode(t, NodeKind.EDGE, new Point(internal.x() + 20, internal.y() + 100), W, H);
        assertThat(edgeInside.nodes().get(0).zoneId()).isEqualTo("internal");
    }

    @Test
    void movingAnEdgeIntoTheInternalZoneChangesItsZoneAndRaisesF3() {
        Topology t = pinned(Sample.EDGE_PERIMETER.load());
        var internal = t.zone("internal").orElseThrow().bounds();
        Topology moved = TopologyEdits.moveNodes(t, Map.of("edge01", new Point(internal.x() + 30, internal.y() + 60)), W, H);
        assertThat(moved.node("edge01").orElseThrow().zoneId()).isEqualTo("internal");
        assertThat(org.portolan.analysis.Analysis.of(moved).findings()).extracting(f -> f.id()).contains(FindingId.F3);
        assertThat(FlowEngine.flows(moved)).filteredOn(f -> f.ruleId() == RuleId.E1)
                .allMatch(f -> f.crossing().key().equals("external->internal"));
    }

    @Test
    void pinningKeepsTheLayoutWhereItWas() {
        Topology sample = Sample.SEPARATE_CAS_MAILBOX.load();
        var before = DiagramLayouter.layout(sample, FlowEngine.flows(sample));
        Topology p = TopologyEdits.pin(sample, before);
        var after = DiagramLayouter.layout(p, FlowEngine.flows(p));
        for (var box : before.nodes()) {
            assertThat(after.nodeBox(box.node().id()).rect()).isEqualTo(box.rect());
        }
        assertThat(p.zones()).allMatch(z -> z.bounds() != null);
    }

    @Test
    void duplicateCopiesKindSiteAndZoneWithFreshNamesButNotAddresses() {
        Topology t = pinned(Sample.EDGE_PERIMETER.load());
        var result = TopologyEdits.duplicate(t, List.of(t.node("mbx01").orElseThrow()), 24, 24);
        Node copy = result.getKey().node(result.getValue().get(0)).orElseThrow();
        assertThat(copy.name()).isEqualTo("MBX03");
        assertThat(copy.kind()).isEqualTo(NodeKind.MAILBOX);
        assertThat(copy.site()).isEqualTo("Seoul");
        assertThat(copy.addresses()).isEmpty();
        assertThat(copy.position().x()).isEqualTo(t.node("mbx01").orElseThrow().position().x() + 24);
    }

    @Test
    void aNewZoneAroundADroppedCardStaysInTheGapBetweenItsNeighbours() {
        org.portolan.model.Topology t = new org.portolan.model.Topology("gap", org.portolan.model.Options.DEFAULTS,
                java.util.List.of(new org.portolan.model.Zone("external", org.portolan.model.ZoneKind.EXTERNAL, "Internet",
                        new org.portolan.model.Zone.Bounds(0, 0, 200, 400)),
                        new org.portolan.model.Zone("internal", org.portolan.model.ZoneKind.INTERNAL, "LAN",
                                new org.portolan.model.Zone.Bounds(600, 0, 300, 400))), java.util.List.of());
        org.portolan.model.Topology after = TopologyEdits.addNode(t, org.portolan.model.NodeKind.EDGE,
                new org.portolan.model.Point(260, 150), 176, 60);
        org.portolan.model.Zone perimeter = after.zones().stream()
                .filter(z -> z.kind() == org.portolan.model.ZoneKind.PERIMETER).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(after.nodes().get(0).zoneId()).isEqualTo(perimeter.id());
        org.portolan.model.Zone.Bounds b = perimeter.bounds();
        org.assertj.core.api.Assertions.assertThat(b.x()).isGreaterThanOrEqualTo(208);
        org.assertj.core.api.Assertions.assertThat(b.x() + b.width()).isLessThanOrEqualTo(592);
        org.assertj.core.api.Assertions.assertThat(b.x()).isLessThanOrEqualTo(260);
        org.assertj.core.api.Assertions.assertThat(b.x() + b.width()).isGreaterThanOrEqualTo(260 + 176);
    }
}
