package org.portolan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.analysis.Analysis;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.rules.FlowEngine;
import org.portolan.samples.Sample;

class DiagramLayouterTest {

    static DiagramLayout layoutOf(Topology t) {
        return DiagramLayouter.layout(t, FlowEngine.flows(t));
    }

    @Test
    void cardsDraggedCloseTogetherKeepTheirLabelsOffTheCards() {
        // An Edge and a Mailbox server dropped side by side, 24 px apart: their arrows are shorter than their
        // labels, so no spot along them is free; the labels go beside the gap, not over the cards.
        Topology t = Topology.empty("close").withNodes(List.of(
                Node.of("edge", NodeKind.EDGE, "EDGE01").withZone("internal").withPosition(new Point(300, 300)),
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
    void oneArrowPerPairOfCardsAndTrafficClassWithAHeadAtEachEndWhenBothWays() {
        DiagramLayout layout = layoutOf(Sample.EDGE_PERIMETER.load());
        Connector sync = only(layout, "mbx01", "edge01", org.portolan.rules.TrafficClass.DIRECTORY);
        assertThat(sync.label()).isEqualTo("50636/TCP");
        assertThat(sync.twoWay()).isFalse();
        assertThat(sync.tail()).isEmpty();
        Connector mail = only(layout, "edge01", "mbx01", org.portolan.rules.TrafficClass.MAIL);
        assertThat(mail.twoWay()).isTrue();
        assertThat(mail.tail()).hasSize(3);
        // EDGE01 is left of MBX01: the first line is the mail going right, into the organisation.
        assertThat(mail.source().id()).isEqualTo("edge01");
        assertThat(mail.label()).isEqualTo("→ 25/TCP\n← 25/TCP");
        // R1 and R2 inside one zone are not drawn (rules file, R1): no links among the internal servers.
        assertThat(layout.connectors()).noneMatch(c -> c.trafficClass() == org.portolan.rules.TrafficClass.UNRESTRICTED);
        long arrows = Analysis.of(Sample.EDGE_PERIMETER.load()).flows().stream()
                .filter(f -> !f.isZoneLink() || f.crossing().passesFirewall())
                .map(f -> new java.util.TreeSet<>(List.of(f.source().id(), f.target().id())) + " " + f.trafficClass())
                .distinct().count();
        assertThat(layout.connectors()).hasSize((int) arrows);
    }

    @Test
    void smtpThroughALoadBalancerIsDrawnAsMailBesideTheClientAccessArrow() {
        DiagramLayout layout = layoutOf(Sample.LOAD_BALANCED_DAG_HYBRID.load());
        Connector mail = only(layout, "lb01", "dag01", org.portolan.rules.TrafficClass.MAIL);
        Connector client = only(layout, "lb01", "dag01", org.portolan.rules.TrafficClass.CLIENT);
        assertThat(mail.label()).isEqualTo("25/TCP");
        assertThat(client.label()).doesNotContain("25/").contains("443");
        assertThat(mail.points().get(0)).as("separate lines").isNotEqualTo(client.points().get(0));
    }

    private static Connector only(DiagramLayout layout, String a, String b, org.portolan.rules.TrafficClass c) {
        return layout.connectors().stream().filter(x -> x.trafficClass() == c
                && java.util.Set.of(x.source().id(), x.target().id()).equals(java.util.Set.of(a, b))).findFirst().orElseThrow();
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
    void aDenseDiagramsArrowsAreStraightFromBorderToBorderOnePerPairAndClass() {
        var topology = org.portolan.samples.GeneratedTopology.of(300);
        var flows = Analysis.of(topology).flows();
        DiagramLayout layout = DiagramLayouter.layout(topology, flows);
        assertThat(layout.dense()).isTrue();
        java.util.Map<String, Rect> cards = new java.util.HashMap<>();
        layout.nodes().forEach(b -> cards.put(b.node().id(), b.rect()));
        for (Connector c : layout.connectors()) {
            assertThat(c.points()).hasSize(2);
            assertThat(c.labelRect()).as("no label placed: a dense diagram draws none").isNull();
            assertThat(onBorder(cards.get(c.source().id()), c.points().get(0))).isTrue();
            assertThat(onBorder(cards.get(c.target().id()), c.points().get(1))).isTrue();
        }
        long pairs = flows.stream().filter(f -> !f.isZoneLink() || f.crossing().passesFirewall())
                .map(f -> new java.util.TreeSet<>(List.of(f.source().id(), f.target().id())) + " " + f.trafficClass())
                .distinct().count();
        assertThat(layout.connectors()).hasSize((int) pairs).hasSizeGreaterThan(DiagramLayouter.DENSE_ARROWS);
    }

    @Test
    void aDenseDiagramsBundlesStandForEveryArrowByRoleZoneAndTrafficClass() {
        Topology t = org.portolan.samples.GeneratedTopology.of(300);
        DiagramLayout layout = layoutOf(t);

        java.util.Map<List<Object>, Long> arrows = layout.connectors().stream().collect(java.util.stream.Collectors
                .groupingBy(c -> List.of(c.source().zoneId(), c.source().kind(), c.target().zoneId(), c.target().kind(),
                        c.trafficClass()), java.util.stream.Collectors.counting()));
        assertThat(layout.bundles()).hasSize(arrows.size());
        for (DiagramLayout.Bundle b : layout.bundles()) {
            List<Object> key = List.of(b.sourceZone().id(), b.sourceKind(), b.targetZone().id(), b.targetKind(),
                    b.trafficClass());
            assertThat((long) b.arrows()).as("%s", key).isEqualTo(arrows.get(key));
            assertThat(b.label()).startsWith(String.format(java.util.Locale.ROOT, "%,d × ", b.arrows()))
                    .endsWith(b.ports());
        }
        DiagramLayout.Bundle clients = layout.bundles().stream()
                .filter(b -> b.sourceKind() == NodeKind.INTERNAL_CLIENTS && b.targetKind() == NodeKind.MULTI_ROLE)
                .findFirst().orElseThrow();
        assertThat(clients.ports()).isEqualTo("443, 80, 587/TCP");
        assertThat(clients.width()).as("wider than one arrow").isGreaterThan(
                DiagramStyle.line(clients.trafficClass()).width());
    }

    @Test
    void aDenseDiagramsBoundsAreItsZonesCardsAndBundleLabels() {
        DiagramLayout layout = layoutOf(org.portolan.samples.GeneratedTopology.of(300));

        Rect drawn = layout.nodes().stream().map(NodeBox::rect).reduce(Rect::union).orElseThrow();
        drawn = layout.zones().stream().map(ZoneArea::rect).reduce(drawn, Rect::union);
        drawn = layout.bundles().stream().map(DiagramLayout.Bundle::labelRect).reduce(drawn, Rect::union);
        assertThat(layout.bounds()).isEqualTo(drawn.inflate(16));
    }

    @Test
    void deletingEveryDnsServerTakesItsTrafficClassOutOfTheLegend() {
        Topology before = org.portolan.samples.GeneratedTopology.of(300);
        Topology deleted = org.portolan.edit.TopologyEdits.deleteNodes(before,
                before.nodesByKind().get(NodeKind.DNS).stream().map(Node::id).toList());

        assertThat(layoutOf(before).trafficClasses()).contains(org.portolan.rules.TrafficClass.DNS);
        assertThat(layoutOf(deleted).trafficClasses()).doesNotContain(org.portolan.rules.TrafficClass.DNS);
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
