package org.portolan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.DiagramState;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.samples.GeneratedTopology;
import org.portolan.samples.Sample;

/** Every painter draws the same arrowhead: the one computed without objects is the one made of vectors, to the bit. */
class ArrowheadTest {

    @Test
    void theArrowheadWithoutObjectsIsTheOneOfVectorArithmetic() {
        List<Connector> arrows = new ArrayList<>(DiagramState.of(GeneratedTopology.of(300)).layout().connectors());
        for (Sample sample : Sample.values()) {
            arrows.addAll(DiagramState.of(sample.load()).layout().connectors()); // routed arrows, with bends
        }
        double[] head = new double[Connector.HEAD];
        for (Connector c : arrows) {
            // As painters computed it before, point by point.
            Vec tip = c.points().get(c.points().size() - 1);
            Vec base = tip.minus(tip.minus(c.points().get(c.points().size() - 2)).unit().times(Connector.ARROW_LENGTH));
            Vec side = tip.minus(base).unit().perpendicular().times(Connector.ARROW_HALF_WIDTH);

            c.arrowhead(head);
            assertThat(head).containsExactly(base.x(), base.y(), base.plus(side).x(), base.plus(side).y(),
                    base.minus(side).x(), base.minus(side).y());
            assertThat(c.head()).containsExactly(tip, base.plus(side), base.minus(side));
            assertThat(c.shaft().get(c.shaft().size() - 1)).isEqualTo(base);
            assertThat(c.shaft().subList(0, c.shaft().size() - 1))
                    .isEqualTo(c.points().subList(0, c.points().size() - 1));
        }
        assertThat(arrows).hasSizeGreaterThan(4_000);
    }
}
