package org.portolan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portolan.analysis.Analysis;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;
import org.portolan.samples.Sample;

/**
 * Every port label belongs to its line: on it or just beside it, never over a card or another label. Over
 * every bundled sample (File → New offers the same diagrams as templates) and generated organisations of up
 * to 30 cards.
 */
class LabelGeometryTest {

    /** How far a label may sit from its own line: beside it, not across the diagram. */
    private static final double NEAR = 3;

    static Stream<Arguments> diagrams() {
        List<Arguments> all = new ArrayList<>();
        for (Sample s : Sample.all()) {
            all.add(Arguments.of(s.fileName(), s.load()));
        }
        for (int size = 4; size <= 24; size += 4) {
            Topology t = GeneratedTopology.of(size);
            assertThat(t.nodes()).hasSizeLessThanOrEqualTo(30);
            all.add(Arguments.of(t.name(), t));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void labelsSitOnTheirOwnLineAndCoverNoCardAndNoLabel(String name, Topology topology) {
        DiagramLayout layout = DiagramLayouter.layout(topology, Analysis.of(topology).flows());
        List<Connector> connectors = layout.connectors();
        assertThat(layout.dense()).isFalse();
        for (int i = 0; i < connectors.size(); i++) {
            Connector c = connectors.get(i);
            Rect label = c.labelRect();
            for (NodeBox box : layout.nodes()) {
                assertThat(label.intersects(box.rect())).as("label %s of %s over card %s", c.label(), ends(c),
                        box.node().name()).isFalse();
            }
            for (int j = i + 1; j < connectors.size(); j++) {
                assertThat(label.intersects(connectors.get(j).labelRect())).as("label %s of %s over label %s of %s",
                        c.label(), ends(c), connectors.get(j).label(), ends(connectors.get(j))).isFalse();
            }
            assertThat(distance(label, c.points())).as("label %s from its line %s", c.label(), ends(c))
                    .isLessThanOrEqualTo(NEAR);
        }
    }

    private static String ends(Connector c) {
        return c.source().name() + " – " + c.target().name();
    }

    /** The distance between a rectangle and a polyline: 0 where the line crosses it. */
    static double distance(Rect r, List<Vec> line) {
        double best = Double.MAX_VALUE;
        Vec[] corners = {new Vec(r.x(), r.y()), new Vec(r.maxX(), r.y()), new Vec(r.x(), r.maxY()), new Vec(r.maxX(), r.maxY())};
        for (int i = 0; i + 1 < line.size(); i++) {
            Vec a = line.get(i);
            Vec b = line.get(i + 1);
            if (r.intersectsSegment(a, b)) {
                return 0;
            }
            best = Math.min(best, Math.min(toRect(r, a), toRect(r, b)));
            for (Vec corner : corners) {
                best = Math.min(best, toSegment(corner, a, b));
            }
        }
        return best;
    }

    private static double toRect(Rect r, Vec p) {
        double dx = Math.max(0, Math.max(r.x() - p.x(), p.x() - r.maxX()));
        double dy = Math.max(0, Math.max(r.y() - p.y(), p.y() - r.maxY()));
        return Math.hypot(dx, dy);
    }

    private static double toSegment(Vec p, Vec a, Vec b) {
        Vec ab = b.minus(a);
        double len2 = ab.x() * ab.x() + ab.y() * ab.y();
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * ab.x() + (p.y() - a.y()) * ab.y()) / len2));
        return p.minus(a.lerp(b, t)).length();
    }
}
