package org.portolan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portolan.edit.EditingTest.H;
import static org.portolan.edit.EditingTest.W;
import static org.portolan.edit.EditingTest.pinned;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portolan.model.Node;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;
import org.portolan.samples.Sample;

/** Whatever a gesture asks for, zones never overlap and every card lies inside its zone. */
class ZoneGeometryTest {

    private final Topology sample = pinned(Sample.EDGE_PERIMETER.load());

    @Test
    void aCardDroppedOnItsZonesEdgeIsPulledInside() {
        Zone.Bounds internal = sample.zone("internal").orElseThrow().bounds();
        // The card's centre is inside the zone, its right part past the zone's right border.
        Point onTheEdge = new Point(internal.x() + internal.width() - W / 2 - 10, internal.y() + 100);

        Topology moved = TopologyEdits.moveNodes(sample, Map.of("dc01", onTheEdge), W, H);

        Node dc = moved.node("dc01").orElseThrow();
        assertThat(dc.zoneId()).isEqualTo("internal");
        assertThat(inside(internal, dc.position())).isTrue();
        assertThat(dc.position().y()).isEqualTo(onTheEdge.y());
    }

    @Test
    void aZoneResizedIntoItsNeighbourStopsAtTheNeighbour() {
        Zone.Bounds perimeter = sample.zone("perimeter").orElseThrow().bounds();
        Zone.Bounds internal = sample.zone("internal").orElseThrow().bounds();

        Topology resized = ZoneGeometry.resize(sample, "perimeter",
                new Zone.Bounds(perimeter.x(), perimeter.y(), perimeter.width() + 400, perimeter.height()), W, H);

        Zone.Bounds after = resized.zone("perimeter").orElseThrow().bounds();
        assertThat(after.x() + after.width()).isGreaterThan(perimeter.x() + perimeter.width())
                .isLessThanOrEqualTo(internal.x());
    }

    @Test
    void aZoneCannotBeMadeSmallerThanItsCards() {
        Zone.Bounds internal = sample.zone("internal").orElseThrow().bounds();

        Topology resized = ZoneGeometry.resize(sample, "internal",
                new Zone.Bounds(internal.x(), internal.y(), 200, 150), W, H);

        Zone.Bounds after = resized.zone("internal").orElseThrow().bounds();
        for (Node n : resized.nodes()) {
            if (n.zoneId().equals("internal")) {
                assertThat(inside(after, n.position())).as(n.name()).isTrue();
            }
        }
        assertThat(after.width()).isLessThan(internal.width()).as("it shrinks as far as its cards allow");
    }

    @Test
    void aNewZoneDroppedOverAnotherGoesBesideIt() {
        Zone.Bounds perimeter = sample.zone("perimeter").orElseThrow().bounds();

        Topology added = TopologyEdits.addZone(sample, ZoneKind.PERIMETER,
                new Zone.Bounds(perimeter.x() + 20, perimeter.y() + 20, 280, 400));

        Zone.Bounds fresh = added.zones().get(added.zones().size() - 1).bounds();
        for (Zone z : sample.zones()) {
            Zone.Bounds o = z.bounds();
            boolean overlaps = fresh.x() < o.x() + o.width() && o.x() < fresh.x() + fresh.width()
                    && fresh.y() < o.y() + o.height() && o.y() < fresh.y() + fresh.height();
            assertThat(overlaps).as("new zone over %s", z.name()).isFalse();
        }
    }

    private static boolean inside(Zone.Bounds b, Point p) {
        return p.x() >= b.x() && p.y() >= b.y() && p.x() + W <= b.x() + b.width() && p.y() + H <= b.y() + b.height();
    }
}
