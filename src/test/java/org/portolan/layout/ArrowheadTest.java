package org.portolan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.portolan.layout.DiagramLayout.Bundle;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.model.Topology;
import org.portolan.rules.FlowEngine;
import org.portolan.samples.GeneratedTopology;
import org.portolan.samples.Sample;

/** Every arrow ends in a head on its route's last point (and its first, both ways); the shaft stops at the bases. */
class ArrowheadTest {

    @Test
    void theShaftEndsWhereTheHeadBeginsAndTheHeadIsAsLongAsItsScaleSays() {
        for (Sample sample : Sample.values()) {
            for (Connector c : layout(sample.load()).connectors()) { // routed arrows, with bends
                if (c.twoWay()) {
                    // A head at each end: the shaft runs from the one's base to the other's.
                    List<Vec> shaft = c.shaft();
                    check(c.points().subList(1, c.points().size()), shaft.subList(1, shaft.size()), c.head(), 1);
                    List<Vec> back = new java.util.ArrayList<>(c.points());
                    java.util.Collections.reverse(back);
                    List<Vec> backShaft = new java.util.ArrayList<>(shaft);
                    java.util.Collections.reverse(backShaft);
                    check(back.subList(1, back.size()), backShaft.subList(1, backShaft.size()), c.tail(), 1);
                } else {
                    assertThat(c.tail()).isEmpty();
                    check(c.points(), c.shaft(), c.head(), 1);
                }
            }
        }
        List<Bundle> bundles = layout(GeneratedTopology.of(300)).bundles();
        assertThat(bundles).isNotEmpty();
        for (Bundle b : bundles) {
            check(b.points(), b.shaft(), b.head(), b.headScale());
        }
    }

    private static DiagramLayout layout(Topology t) {
        return DiagramLayouter.layout(t, FlowEngine.flows(t));
    }

    private static void check(List<Vec> points, List<Vec> shaft, List<Vec> head, double scale) {
        Vec tip = points.get(points.size() - 1);
        Vec base = shaft.get(shaft.size() - 1);
        assertThat(head.get(0)).isEqualTo(tip);
        assertThat(shaft.subList(0, shaft.size() - 1)).isEqualTo(points.subList(0, points.size() - 1));
        assertThat(tip.minus(base).length()).isCloseTo(Arrowheads.LENGTH * scale, Offset.offset(1e-9));
        Vec corners = head.get(1).minus(head.get(2));
        assertThat(corners.length()).isCloseTo(2 * Arrowheads.HALF_WIDTH * scale, Offset.offset(1e-9));
        assertThat(head.get(1).lerp(head.get(2), 0.5).minus(base).length()).isCloseTo(0, Offset.offset(1e-9));
    }
}
