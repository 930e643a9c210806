package org.portolan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.analysis.Analysis;
import org.portolan.flow.FlowEngine;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.samples.Sample;

class DiagramLayouterTest {

    static DiagramLayout layoutOf(Topology t) {
        return DiagramLayouter.layout(t, FlowEngine.flows(t));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void labelsSitOnNoCardAndNoOtherLabel(Sample sample) {
        DiagramLayout layout = layoutOf(sample.load());
        List<Connector> connectors = layout.connectors();
        for (int i = 0; i < connectors.size(); i++) {
            Rect label = connectors.get(i).labelRect();
            for (NodeBox box : layout.nodes()) {
                assertThat(label.intersects(box.rect())).as("label %s over %s", connectors.get(i).label(), box.node().id()).isFalse();
            }
            for (int j = i + 1; j < connectors.size(); j++) {
                assertThat(label.intersects(connectors.get(j).labelRect()))
                        .as("label %s over label %s", connectors.get(i), connectors.get(j)).isFalse();
            }
        }
    }

    @Test
    void cardsDraggedCloseTogetherKeepTheirLabelsOffTheCards() {
        // A Client Access and a Mailbox server dropped side by side, 24 px apart: their arrows are shorter
        // than their labels, so no spot along them is free; the labels go beside the gap, not over the cards.
        Topology t = Topology.empty("close").withNodes(List.of(
                Node.of("cas", NodeKind.CAS, "CAS01").withPosition(new Point(300, 300)),
                Node.of("mbx", NodeKind.MAILBOX, "MBX01").withPosition(new Point(300 + DiagramLayouter.NODE_WIDTH + 24, 300))));

        DiagramLayout layout = layoutOf(t);

        assertThat(layout.connectors()).isNotEmpty();
        for (Connector c : layout.connectors()) {
            for (NodeBox box : layout.nodes()) {
                assertThat(c.labelRect().intersects(box.rect())).as("label %s over %s", c.label(), box.node().id())
                        .isFalse();
            }
        }
        for (Connector c : layout.connectors()) {
            Vec mid = c.points().get(0).lerp(c.points().get(c.points().size() - 1), 0.5);
            assertThat(c.labelRect().center().minus(mid).length()).as("label %s beside its arrow", c.label())
                    .isLessThanOrEqualTo(3 * (DiagramLayouter.LABEL_HEIGHT + 3));
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void cardsSitInsideTheirZoneAndApart(Sample sample) {
        DiagramLayout layout = layoutOf(sample.load());
        for (NodeBox box : layout.nodes()) {
            ZoneArea zone = layout.zones().stream().filter(z -> z.zone().id().equals(box.node().zoneId())).findFirst().orElseThrow();
            assertThat(zone.rect().contains(new Vec(box.rect().x(), box.rect().y()))
                    && zone.rect().contains(new Vec(box.rect().maxX(), box.rect().maxY()))).as(box.node().id()).isTrue();
            for (NodeBox other : layout.nodes()) {
                if (other != box) {
                    assertThat(box.rect().intersects(other.rect())).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void arrowsCrossNoCardButTheirOwnEnds(Sample sample) {
        DiagramLayout layout = layoutOf(sample.load());
        for (Connector c : layout.connectors()) {
            for (NodeBox box : layout.nodes()) {
                if (box.node().equals(c.source()) || box.node().equals(c.target())) {
                    continue;
                }
                for (int i = 0; i + 1 < c.points().size(); i++) {
                    assertThat(box.rect().intersectsSegment(c.points().get(i), c.points().get(i + 1)))
                            .as("%s -> %s crosses %s", c.source().id(), c.target().id(), box.node().id()).isFalse();
                }
            }
        }
    }

    @Test
    void oneConnectorPerPairAndDirectionLabelledWithItsPorts() {
        DiagramLayout layout = layoutOf(Sample.EDGE_PERIMETER.load());
        Connector sync = layout.connectors().stream()
                .filter(c -> c.source().id().equals("mbx01") && c.target().id().equals("edge01")).findFirst().orElseThrow();
        assertThat(sync.label()).isEqualTo("25/TCP · 50636/TCP");
        Connector r1 = layout.connectors().stream()
                .filter(c -> c.source().id().equals("cas01") && c.target().id().equals("mbx01")).findFirst().orElseThrow();
        assertThat(r1.label()).isEqualTo("any");
        long pairs = Analysis.of(Sample.EDGE_PERIMETER.load()).flows().stream()
                .map(f -> f.source().id() + ">" + f.target().id()).distinct().count();
        assertThat(layout.connectors()).hasSize((int) pairs);
    }

    @Test
    void arrowsStartAndEndOnTheCardBorders() {
        DiagramLayout layout = layoutOf(Sample.EDGE_PERIMETER.load());
        for (Connector c : layout.connectors()) {
            Rect from = layout.nodeBox(c.source().id()).rect();
            Rect to = layout.nodeBox(c.target().id()).rect();
            assertThat(onBorder(from, c.points().get(0))).isTrue();
            assertThat(onBorder(to, c.points().get(c.points().size() - 1))).isTrue();
        }
    }

    @Test
    void overviewArrowsAreStraightFromBorderToBorderOnePerPair() {
        var topology = org.portolan.samples.GeneratedTopology.of(300);
        var flows = Analysis.of(topology).flows();
        DiagramLayout layout = DiagramLayouter.layout(topology, flows);
        assertThat(layout.overview()).isTrue();
        java.util.Map<String, Rect> cards = new java.util.HashMap<>();
        layout.nodes().forEach(b -> cards.put(b.node().id(), b.rect()));
        for (Connector c : layout.connectors()) {
            assertThat(c.points()).hasSize(2);
            assertThat(onBorder(cards.get(c.source().id()), c.points().get(0))).isTrue();
            assertThat(onBorder(cards.get(c.target().id()), c.points().get(1))).isTrue();
            // parallel to the line between the cards' centres (two-way pairs run side by side)
            Vec along = c.points().get(1).minus(c.points().get(0));
            Vec centres = cards.get(c.target().id()).center().minus(cards.get(c.source().id()).center());
            assertThat(along.x() * centres.y() - along.y() * centres.x())
                    .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6 * along.length() * centres.length()));
        }
        long pairs = flows.stream().map(f -> f.source().id() + ">" + f.target().id()).distinct().count();
        assertThat(layout.connectors()).hasSize((int) pairs);
    }

    @Test
    void afterAnEditTheOverviewKeepsTheArrowsOfTheNodesItLeftAloneAsTheyWere() {
        Topology before = pinnedOverview();
        Analysis analysed = Analysis.of(before);
        DiagramLayout earlier = DiagramLayouter.layout(before, analysed.flows());
        Node edge = before.nodesByKind().get(NodeKind.EDGE).get(0);
        Topology after = before.withNode(edge.withZone("internal"));

        DiagramLayout layout = DiagramLayouter.layout(after, Analysis.of(after, analysed).flows(), earlier);

        assertThat(layout.overview()).isTrue();
        java.util.Set<Connector> kept = objectsOf(earlier.connectors());
        List<Connector> ofTheEdge = layout.connectors().stream()
                .filter(c -> c.source().id().equals(edge.id()) || c.target().id().equals(edge.id())).toList();
        assertThat(ofTheEdge).isNotEmpty().noneMatch(kept::contains);
        assertThat(layout.connectors()).filteredOn(c -> !ofTheEdge.contains(c)).as("untouched arrows are the same objects")
                .allMatch(kept::contains);
        assertThat(layout).isEqualTo(DiagramLayouter.layout(after, FlowEngine.flows(after)));
    }

    @Test
    void anOverviewsArrowsStayWithinItsCardsSoItsBoundsAreTheZonesAndCards() {
        Topology t = org.portolan.samples.GeneratedTopology.of(300);
        DiagramLayout layout = layoutOf(t);

        assertThat(layout.overview()).isTrue();
        Rect cards = layout.nodes().stream().map(NodeBox::rect).reduce(Rect::union).orElseThrow();
        Rect zones = layout.zones().stream().map(ZoneArea::rect).reduce(Rect::union).orElseThrow();
        for (Connector c : layout.connectors()) {
            assertThat(c.points()).allMatch(p -> cards.inflate(1e-9).contains(p));
        }
        assertThat(layout.bounds()).isEqualTo(zones.union(cards).inflate(16));
    }

    @Test
    void aCardDraggedFarOutAndBackGivesTheLayoutFromScratchBothTimes() {
        Topology before = pinnedOverview();
        org.portolan.analysis.DiagramState state = org.portolan.analysis.DiagramState.of(before);
        Node mailbox = before.nodesByKind().get(NodeKind.MAILBOX).get(0);

        Topology out = before.withNode(mailbox.withPosition(new Point(-5000, -3000)));
        org.portolan.analysis.DiagramState far = org.portolan.analysis.DiagramState.after(out, state);
        assertThat(far.layout()).isEqualTo(layoutOf(out));
        assertThat(far.layout().bounds().x()).isLessThan(-5000);
        java.util.Set<Connector> kept = objectsOf(state.layout().connectors());
        assertThat(far.layout().connectors()).as("only the dragged card's arrows are drawn again")
                .allMatch(c -> kept.contains(c) != (c.source().id().equals(mailbox.id()) || c.target().id().equals(mailbox.id())));

        org.portolan.analysis.DiagramState back = org.portolan.analysis.DiagramState.after(before, far);
        assertThat(back.layout().bounds()).as("shrunk back").isEqualTo(state.layout().bounds());
        assertThat(back.layout()).isEqualTo(state.layout());
    }

    @Test
    void turningImap4OnRemakesOnlyTheClientArrowsItAddsPortsTo() {
        Topology before = org.portolan.samples.GeneratedTopology.of(300);
        org.portolan.analysis.DiagramState state = org.portolan.analysis.DiagramState.of(before);
        Topology after = before.withOptions(before.options().withImap4(true));

        DiagramLayout layout = org.portolan.analysis.DiagramState.after(after, state).layout();

        assertThat(layout).isEqualTo(layoutOf(after));
        java.util.Set<Connector> kept = objectsOf(state.layout().connectors());
        List<Connector> imap = layout.connectors().stream()
                .filter(c -> c.flows().stream().anyMatch(f -> f.ruleId() == org.portolan.flow.RuleId.C3)).toList();
        assertThat(imap).isNotEmpty().noneMatch(kept::contains)
                .allMatch(c -> c.label().equals("443/TCP · 80/TCP · 143/TCP · 993/TCP · 587/TCP"));
        assertThat(layout.connectors()).filteredOn(c -> !imap.contains(c)).as("every other arrow is the same object")
                .allMatch(kept::contains);
        for (int i = 0; i < layout.connectors().size(); i++) {
            assertThat(layout.connectors().get(i).points()).isSameAs(state.layout().connectors().get(i).points());
        }
    }

    @Test
    void turningTheInternetSendConnectorOffRemakesOnlyTheEdgesArrowsToTheInternetAndPutsThemInTheirNewPlace() {
        Topology before = org.portolan.samples.GeneratedTopology.of(300);
        org.portolan.analysis.DiagramState state = org.portolan.analysis.DiagramState.of(before);
        Topology after = before.withOptions(before.options().withInternetSendConnector(false));

        DiagramLayout layout = org.portolan.analysis.DiagramState.after(after, state).layout();

        DiagramLayout fresh = layoutOf(after);
        assertThat(layout).isEqualTo(fresh);
        assertThat(layout.trafficClasses()).isEqualTo(fresh.trafficClasses());
        java.util.Set<Connector> kept = objectsOf(state.layout().connectors());
        // E4 was their first flow; E7 (the sender reputation proxy) now is, which comes later among flows.
        List<Connector> toInternet = layout.connectors().stream()
                .filter(c -> c.source().kind() == NodeKind.EDGE && c.target().kind() == NodeKind.INTERNET).toList();
        assertThat(toInternet).isNotEmpty().noneMatch(kept::contains)
                .allMatch(c -> c.flows().get(0).ruleId() == org.portolan.flow.RuleId.E7);
        assertThat(layout.connectors()).filteredOn(c -> !toInternet.contains(c)).as("every other arrow is the same object")
                .allMatch(kept::contains);
        int wasAt = indexOf(state.layout().connectors(), toInternet.get(0));
        assertThat(indexOf(layout.connectors(), toInternet.get(0))).as("the arrow moved among arrows").isNotEqualTo(wasAt);
        for (int i = 0; i < layout.connectors().size(); i++) {
            assertThat(layout.connectorSources()[i]).isEqualTo(fresh.connectorSources()[i]);
            assertThat(layout.connectorTargets()[i]).isEqualTo(fresh.connectorTargets()[i]);
        }
        assertThat(layout.connectorsOf(java.util.Set.of(toInternet.get(0).target().id()))).isEqualTo(fresh.connectorsOf(
                java.util.Set.of(toInternet.get(0).target().id())));

        org.portolan.analysis.DiagramState back = org.portolan.analysis.DiagramState.after(before,
                new org.portolan.analysis.DiagramState(after, org.portolan.analysis.Analysis.of(after), layout));
        assertThat(back.layout()).isEqualTo(state.layout());
    }

    @Test
    void deletingAMailboxAndUndoingItKeepsEveryOtherArrowAndPutsItsArrowsBackInTheirPlaces() {
        Topology before = pinnedOverview();
        org.portolan.analysis.DiagramState state = org.portolan.analysis.DiagramState.of(before);
        Node mailbox = before.nodesByKind().get(NodeKind.MAILBOX).get(0);
        Topology deleted = org.portolan.edit.TopologyEdits.deleteNodes(before, List.of(mailbox.id()));

        org.portolan.analysis.DiagramState gone = org.portolan.analysis.DiagramState.after(deleted, state);
        org.portolan.analysis.DiagramState back = org.portolan.analysis.DiagramState.after(before, gone);

        assertThat(gone.layout()).isEqualTo(layoutOf(deleted));
        assertThat(back.layout()).isEqualTo(state.layout());
        java.util.Set<Connector> kept = objectsOf(state.layout().connectors());
        assertThat(gone.layout().connectors()).as("every arrow left is the same object").allMatch(kept::contains);
        java.util.Set<Connector> left = objectsOf(gone.layout().connectors());
        assertThat(back.layout().connectors()).as("only the mailbox's arrows are new")
                .allMatch(c -> left.contains(c) != (c.source() == mailbox || c.target() == mailbox));
        // Made from the arrows before, not by grouping every flow again.
        for (var step : List.of(java.util.Map.entry(state, gone), java.util.Map.entry(gone, back))) {
            org.portolan.analysis.DiagramState from = step.getKey();
            org.portolan.analysis.DiagramState to = step.getValue();
            var change = org.portolan.flow.NodeSetChange.between(from.topology(), to.topology()).orElseThrow()
                    .apply(from.analysis().flows(), from.analysis().index()).orElseThrow();
            ArrowOrder.Arrows arrows = NodeSetChangeArrows.arrows(from.layout(), to.layout().nodes(), change);
            assertThat(arrows).isNotNull();
            assertThat(arrows.connectors()).isEqualTo(to.layout().connectors());
            assertThat(arrows.sources()).isEqualTo(layoutOf(to.topology()).connectorSources());
            assertThat(arrows.targets()).isEqualTo(layoutOf(to.topology()).connectorTargets());
        }
    }

    @Test
    void deletingEveryDnsServerTakesItsTrafficClassOutOfTheLegendAndUndoingPutsItBack() {
        Topology before = pinnedOverview();
        org.portolan.analysis.DiagramState state = org.portolan.analysis.DiagramState.of(before);
        Topology deleted = org.portolan.edit.TopologyEdits.deleteNodes(before,
                before.nodesByKind().get(NodeKind.DNS).stream().map(Node::id).toList());

        org.portolan.analysis.DiagramState gone = org.portolan.analysis.DiagramState.after(deleted, state);
        org.portolan.analysis.DiagramState back = org.portolan.analysis.DiagramState.after(before, gone);

        assertThat(state.layout().trafficClasses()).contains(org.portolan.flow.TrafficClass.DNS);
        assertThat(gone.layout()).isEqualTo(layoutOf(deleted));
        assertThat(gone.layout().trafficClasses()).isEqualTo(layoutOf(deleted).trafficClasses())
                .doesNotContain(org.portolan.flow.TrafficClass.DNS);
        assertThat(back.layout().trafficClasses()).isEqualTo(state.layout().trafficClasses());
    }

    /** A generated diagram dense enough to be an overview, its cards fixed where the layout puts them, as on opening. */
    private static Topology pinnedOverview() {
        Topology generated = org.portolan.samples.GeneratedTopology.of(300);
        return org.portolan.edit.TopologyEdits.pin(generated, layoutOf(generated));
    }

    /** The arrows themselves, told apart by identity: an arrow an edit left alone is the same object. */
    private static java.util.Set<Connector> objectsOf(List<Connector> arrows) {
        java.util.Set<Connector> objects = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        objects.addAll(arrows);
        return objects;
    }

    private static int indexOf(List<Connector> arrows, Connector like) {
        for (int i = 0; i < arrows.size(); i++) {
            if (arrows.get(i).source().id().equals(like.source().id()) && arrows.get(i).target().id().equals(like.target().id())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anOptionThatAddsArrowsGivesTheLayoutFromScratch() {
        Topology generated = org.portolan.samples.GeneratedTopology.of(300);
        Topology before = generated.withOptions(generated.options().withInternetSendConnector(false)
                .withSenderReputationProxyPort(null));
        org.portolan.analysis.DiagramState state = org.portolan.analysis.DiagramState.of(before);
        Topology after = before.withOptions(before.options().withSenderReputationProxyPort(8080)); // Edge -> Internet

        DiagramLayout layout = org.portolan.analysis.DiagramState.after(after, state).layout();

        assertThat(layout.connectors()).hasSizeGreaterThan(state.layout().connectors().size());
        assertThat(layout).isEqualTo(layoutOf(after));
    }

    @Test
    void movingACardOutOfAutoPlacedColumnsRedrawsTheArrowsOfTheCardsThatShiftedToo() {
        Topology before = org.portolan.samples.GeneratedTopology.of(300); // nothing pinned: columns place the cards
        org.portolan.analysis.DiagramState state = org.portolan.analysis.DiagramState.of(before);
        Node mailbox = before.nodesByKind().get(NodeKind.MAILBOX).get(0);
        Topology after = before.withNode(mailbox.withZone("perimeter").withPosition(new Point(-900, 40)));

        DiagramLayout layout = org.portolan.analysis.DiagramState.after(after, state).layout();

        DiagramLayout fresh = layoutOf(after);
        long shifted = fresh.nodes().stream().filter(b -> !b.node().id().equals(mailbox.id())
                && !b.rect().equals(state.layout().nodeBox(b.node().id()).rect())).count();
        assertThat(shifted).as("cards the columns placed anew").isPositive();
        assertThat(layout).isEqualTo(fresh);
    }

    @Test
    void explicitPositionsAreKeptAndTheZoneGrowsAroundThem() {
        Topology t = Topology.empty("t").withNodes(List.of(Node.of("m", NodeKind.MAILBOX, "M").withPosition(new Point(2000, 900))));
        DiagramLayout layout = layoutOf(t);
        assertThat(layout.nodeBox("m").rect().x()).isEqualTo(2000);
        ZoneArea internal = layout.zones().stream().filter(z -> z.zone().id().equals("internal")).findFirst().orElseThrow();
        assertThat(internal.rect().maxX()).isGreaterThan(2000 + DiagramLayouter.NODE_WIDTH);
    }

    @Test
    void emptyDiagramShowsTheThreeBandsLeftToRight() {
        DiagramLayout layout = layoutOf(Topology.empty("new"));
        assertThat(layout.zones()).extracting(z -> z.zone().id()).containsExactly("external", "perimeter", "internal");
        assertThat(layout.zones().get(0).rect().maxX()).isLessThan(layout.zones().get(1).rect().x());
        assertThat(layout.zones().get(1).rect().maxX()).isLessThan(layout.zones().get(2).rect().x());
    }

    static boolean onBorder(Rect r, Vec p) {
        Rect outer = r.inflate(0.5);
        Rect inner = r.inflate(-0.5);
        return outer.contains(p) && !inner.contains(p);
    }
}
