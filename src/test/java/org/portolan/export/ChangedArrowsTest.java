package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.DiagramState;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.Rect;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/** Redrawing only where arrows changed gives, pixel for pixel, the image drawn from scratch. */
class ChangedArrowsTest {

    /** An overview (about 4,000 arrows) with every card in place, as the designer holds it. */
    private static final DiagramState START = pinned(GeneratedTopology.of(300));

    private static DiagramState pinned(Topology t) {
        return DiagramState.of(TopologyEdits.pin(t, DiagramState.of(t).layout()));
    }

    private static final Predicate<Connector> ALL = c -> true;

    @Test
    void turningTheInternetSendConnectorOffRedrawsTheEdgesArrowsToTheInternetAlone() {
        Topology t = START.topology();
        DiagramState after = DiagramState.after(t.withOptions(t.options().withInternetSendConnector(false)), START);

        Rect area = assertRedrawMatches(START.layout(), ALL, after.layout(), ALL);

        assertThat(area.width() * area.height()).as("a small part of the diagram")
                .isLessThan(START.layout().bounds().width() * START.layout().bounds().height() / 4);
    }

    @Test
    void theRedrawMatchesAtTheScaleOfAWholeDiagramInTheWindowAndAtFullSize() {
        Topology t = START.topology();
        DiagramState after = DiagramState.after(t.withOptions(t.options().withInternetSendConnector(false)), START);

        for (double scale : new double[] {0.11, 0.2, 1.0}) {
            assertRedrawMatches(START.layout(), ALL, after.layout(), ALL, scale);
        }
    }

    @Test
    void selectingTheInternetLiftsHundredsOfArrowsAndRedrawsTheAreaAroundThem() {
        Node internet = START.topology().nodesByKind().get(NodeKind.INTERNET).get(0);
        Predicate<Connector> notSelected = c -> c.source() != internet && c.target() != internet;

        assertThat(ChangedArrows.of(START.layout().connectors(), ALL, START.layout().connectors(), notSelected,
                10_000)).as("hundreds of arrows").hasSizeGreaterThan(64);
        assertRedrawMatches(START.layout(), ALL, START.layout(), notSelected);
        assertRedrawMatches(START.layout(), notSelected, START.layout(), ALL, 0.11);
    }

    @Test
    void movingACardRedrawsItsArrows() {
        Node edge = START.topology().nodesByKind().get(NodeKind.EDGE).get(0);
        Rect box = START.layout().nodeBox(edge.id()).rect();
        Topology moved = START.topology().withNode(edge.withPosition(new Point(box.x() + 120, box.y() + 60)));

        assertRedrawMatches(START.layout(), ALL, DiagramState.after(moved, START).layout(), ALL);
    }

    @Test
    void deletingACardAndUndoingTheDeletionRedrawEachTime() {
        Node mailbox = START.topology().nodesByKind().get(NodeKind.MAILBOX).get(3);
        DiagramState deleted = DiagramState.after(TopologyEdits.deleteNodes(START.topology(), List.of(mailbox.id())),
                START);
        DiagramState back = DiagramState.after(START.topology(), deleted);

        assertRedrawMatches(START.layout(), ALL, deleted.layout(), ALL);
        assertRedrawMatches(deleted.layout(), ALL, back.layout(), ALL);
    }

    @Test
    void arrowsLeavingOrJoiningTheDrawingCountLikeChangedOnes() {
        Node selected = START.topology().nodesByKind().get(NodeKind.CAS).get(0);
        Predicate<Connector> notSelected = c -> !c.source().id().equals(selected.id())
                && !c.target().id().equals(selected.id());

        assertRedrawMatches(START.layout(), ALL, START.layout(), notSelected);
        assertRedrawMatches(START.layout(), notSelected, START.layout(), ALL);
    }

    @Test
    void theSameArrowsGiveNoAreaAndTooManyChangesGiveNone() {
        DiagramLayout layout = START.layout();
        Rect none = ChangedArrows.area(layout.connectors(), ALL, layout.connectors(), ALL, 100);
        assertThat(none.width() * none.height()).isZero();

        DiagramState fresh = DiagramState.of(START.topology()); // the same arrows, but other objects
        assertThat(ChangedArrows.area(layout.connectors(), ALL, fresh.layout().connectors(), ALL, 100)).isNull();
    }

    /** Draws {@code before}, redraws the changed area for {@code after}, and compares with {@code after} drawn whole. */
    private static Rect assertRedrawMatches(DiagramLayout before, Predicate<Connector> drawnBefore,
                                            DiagramLayout after, Predicate<Connector> drawnAfter) {
        return assertRedrawMatches(before, drawnBefore, after, drawnAfter, 0.37);
    }

    private static Rect assertRedrawMatches(DiagramLayout before, Predicate<Connector> drawnBefore,
                                            DiagramLayout after, Predicate<Connector> drawnAfter, double scale) {
        PixelGrid grid = PixelGrid.covering(before.bounds().union(after.bounds()), scale);
        BufferedImage image = PngExporter.blank(grid);
        PngExporter.drawArrows(image, new DiagramRenderer(before), grid, drawnBefore);
        int[] was = ImagePixels.of(image).clone();

        List<Connector> changed = ChangedArrows.of(before.connectors(), drawnBefore, after.connectors(), drawnAfter,
                10_000);
        assertThat(changed).isNotNull().isNotEmpty();
        Rect area = ChangedArrows.area(changed);
        BufferedImage scratch = PngExporter.blank(grid);
        PngExporter.drawArrows(scratch, new DiagramRenderer(before), grid, drawnBefore); // whatever it holds
        PngExporter.redrawArrows(image, scratch, new DiagramRenderer(after), grid, drawnAfter, area);

        BufferedImage whole = PngExporter.blank(grid);
        PngExporter.drawArrows(whole, new DiagramRenderer(after), grid, drawnAfter);
        assertThat(ImagePixels.of(whole)).as("the drawing changed").isNotEqualTo(was);
        assertThat(differences(image, whole)).as("pixels unlike the whole drawing").isEmpty();
        return area;
    }

    /** Where two images differ, as "x,y" for the first few pixels. */
    private static List<String> differences(BufferedImage a, BufferedImage b) {
        List<String> found = new java.util.ArrayList<>();
        int[] pa = ImagePixels.of(a);
        int[] pb = ImagePixels.of(b);
        for (int i = 0; i < pa.length && found.size() < 10; i++) {
            if (pa[i] != pb[i]) {
                found.add(i % a.getWidth() + "," + i / a.getWidth() + " " + Integer.toHexString(pa[i]) + " vs "
                        + Integer.toHexString(pb[i]));
            }
        }
        return found;
    }
}
