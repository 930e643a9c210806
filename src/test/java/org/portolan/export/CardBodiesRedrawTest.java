package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.DiagramState;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.Rect;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/** Redrawing the card bodies only where a card was and where it is gives, pixel for pixel, the layer drawn anew. */
class CardBodiesRedrawTest {

    private static final DiagramState START = pinned(GeneratedTopology.of(300));

    private static DiagramState pinned(Topology t) {
        return DiagramState.of(TopologyEdits.pin(t, DiagramState.of(t).layout()));
    }

    @Test
    void aCardMovedNextToOthersIsRedrawnWhereItWasAndWhereItIs() {
        Node edge = START.topology().nodesByKind().get(NodeKind.EDGE).get(0);
        Rect box = START.layout().nodeBox(edge.id()).rect();
        // Half a card across: it now overlaps where it was, and the cards beside it.
        Topology moved = START.topology().withNode(edge.withPosition(new Point(box.x() + 90, box.y() + 30)));
        DiagramLayout after = DiagramState.after(moved, START).layout();

        for (double scale : new double[] {0.11, 0.2, 0.37, 1.0}) {
            assertRedrawMatches(START.layout(), after, List.of(box, after.nodeBox(edge.id()).rect()), scale);
        }
    }

    @Test
    void aCardPutAUnitBesideAnotherLeavesTheOthersBorderAsDrawn() {
        Node edge = START.topology().nodesByKind().get(NodeKind.EDGE).get(0);
        Rect box = START.layout().nodeBox(edge.id()).rect();
        Node mailbox = START.topology().nodesByKind().get(NodeKind.MAILBOX).get(2);
        Rect other = START.layout().nodeBox(mailbox.id()).rect();
        // Its antialiased border lies in the margin redrawn around the moved card: it must be drawn there again.
        Topology moved = START.topology().withNode(edge.withPosition(new Point(other.maxX() + 1, other.y())));
        DiagramLayout after = DiagramState.after(moved, START).layout();

        for (double scale : new double[] {0.37, 1.0}) {
            assertRedrawMatches(START.layout(), after, List.of(box, after.nodeBox(edge.id()).rect()), scale);
        }
    }

    @Test
    void aCardMovedIntoAnotherZoneIsRedrawnInBoth() {
        Node mailbox = START.topology().nodesByKind().get(NodeKind.MAILBOX).get(5);
        Rect box = START.layout().nodeBox(mailbox.id()).rect();
        Rect elsewhere = START.layout().zones().stream().map(z -> z.rect()).filter(r -> !r.intersects(box))
                .findFirst().orElseThrow();
        Topology moved = TopologyEdits.moveNodes(START.topology(),
                java.util.Map.of(mailbox.id(), new Point(elsewhere.x() + 40, elsewhere.y() + 60)),
                box.width(), box.height());
        DiagramLayout after = DiagramState.after(moved, START).layout();

        assertRedrawMatches(START.layout(), after, List.of(box, after.nodeBox(mailbox.id()).rect()), 0.11);
    }

    private static void assertRedrawMatches(DiagramLayout before, DiagramLayout after, List<Rect> areas,
                                            double scale) {
        PixelGrid grid = PixelGrid.covering(before.bounds().union(after.bounds()), scale);
        BufferedImage image = PngExporter.blank(grid);
        PngExporter.drawCardBodies(image, new DiagramRenderer(before), grid, b -> true);
        int[] was = ImagePixels.of(image).clone();
        BufferedImage scratch = PngExporter.blank(grid);
        PngExporter.drawCardBodies(scratch, new DiagramRenderer(before), grid, b -> true); // whatever it holds

        for (Rect area : areas) {
            PngExporter.redrawCardBodies(image, scratch, new DiagramRenderer(after), grid, b -> true, area);
        }

        BufferedImage whole = PngExporter.blank(grid);
        PngExporter.drawCardBodies(whole, new DiagramRenderer(after), grid, b -> true);
        assertThat(ImagePixels.of(whole)).as("the drawing changed, at %s", scale).isNotEqualTo(was);
        int[] got = ImagePixels.of(image);
        int[] expected = ImagePixels.of(whole);
        int differing = 0;
        for (int i = 0; i < got.length; i++) {
            differing += got[i] == expected[i] ? 0 : 1;
        }
        assertThat(differing).as("pixels unlike the layer drawn anew, at %s", scale).isZero();
    }
}
