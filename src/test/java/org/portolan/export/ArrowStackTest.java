package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.DiagramState;
import org.portolan.edit.TopologyEdits;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.Vec;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * An arrows layer changed through its stack, arrow by arrow, is pixel for pixel the layer drawn whole, edit
 * after edit: the stack must know which arrow is on top where, and which arrows cross each tile, all along.
 */
class ArrowStackTest {

    /** 90×70 pixels, heads several pixels across: the largest scale at which every line is thin. */
    private static final PixelGrid GRID = new PixelGrid(-3, -2, 90, 70, 0.45);
    private static final Node A = Node.of("a", NodeKind.MAILBOX, "A");
    private static final Node B = Node.of("b", NodeKind.MAILBOX, "B");
    private static final Predicate<Connector> ALL = c -> true;

    /**
     * Arrows from anywhere to anywhere, crowded on a small image, through edits that remove some, put new ones in
     * anywhere in the order, and leave some out of the drawing: after each edit the image is the one drawn whole.
     * Thirty edits in a row also make the stack drop its gone arrows and number the rest again, more than once.
     */
    @Property(tries = 60)
    void editAfterEditTheLayerIsTheLayerDrawnWhole(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        editAfterEdit(new Random(seed), size, ArrowStackTest::arrow);
    }

    /**
     * Steep arrows a hair either side of the tiles' edges: a line's pixels drift from its route by the rounding
     * of its steps, so the tiles an arrow is listed in must reach past its route.
     */
    @Property(tries = 60)
    void steepArrowsAlongTheTilesEdgesAreFoundUnderOthers(@ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 40) int size) {
        editAfterEdit(new Random(seed), size, ArrowStackTest::alongATileEdge);
    }

    private static void editAfterEdit(Random random, int size, java.util.function.Function<Random, Connector> arrow) {
        List<Connector> arrows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            arrows.add(arrow.apply(random));
        }
        Predicate<Connector> drawn = ALL;
        BufferedImage image = whole(arrows, drawn);
        ArrowStack stack = ArrowStack.of(GRID, arrows, drawn, () -> false);

        for (int edit = 0; edit < 30; edit++) {
            List<Connector> after = new ArrayList<>(arrows);
            int removals = random.nextInt(4);
            for (int k = 0; k < removals && !after.isEmpty(); k++) {
                after.remove(random.nextInt(after.size()));
            }
            int additions = random.nextInt(4);
            for (int k = 0; k < additions; k++) {
                after.add(random.nextInt(after.size() + 1), arrow.apply(random));
            }
            List<Connector> left = new ArrayList<>();
            for (Connector c : after) {
                if (random.nextInt(8) == 0) {
                    left.add(c);
                }
            }
            Predicate<Connector> drawnAfter = c -> !left.contains(c);

            assertThat(stack.update(image, GRID, after, drawnAfter, 1_000)).as("edit %d", edit).isTrue();
            assertThat(ImagePixels.of(image)).as("edit %d", edit).isEqualTo(ImagePixels.of(whole(after, drawnAfter)));
            arrows = after;
        }
    }

    /**
     * Stepping drifts from a line's route by the rounding of its steps: a 1,500-step leg from x = 3.00137 to
     * x = 15.99951 ends on a pixel at x = 16.0018, past the edge of the first column of tiles, which its route never
     * reaches; the next leg turns back left. Under a line that then goes, that pixel must find the arrow: the
     * tiles an arrow is listed in reach a pixel past its route.
     */
    @Test
    void aPixelALegReachesOnlyByTheRoundingOfItsStepsFindsItsArrowUnderAnother() {
        PixelGrid tall = new PixelGrid(0, 0, 40, 1_520, 0.4); // every line thin at 0.4
        Connector steep = new Connector(A, B, List.of(), TrafficClass.MAIL,
                List.of(at(tall, 3.00137, 5.25), at(tall, 15.99951, 1504.75), at(tall, 2, 1504.75)), "", null, false);
        Connector over = new Connector(A, B, List.of(), TrafficClass.DIRECTORY,
                List.of(at(tall, 10, 1504.5), at(tall, 38, 1504.5)), "", null, false);
        List<Connector> both = List.of(steep, over);
        BufferedImage image = drawn(tall, both);
        ArrowStack stack = ArrowStack.of(tall, both, ALL, () -> false);
        int[] alone = ImagePixels.of(drawn(tall, List.of(steep)));
        assertThat(alone[1504 * 40 + 16]).as("the steep leg's last pixel, past the edge").isNotZero();

        assertThat(stack.update(image, tall, List.of(steep), ALL, 10)).isTrue();
        assertThat(ImagePixels.of(image)).isEqualTo(alone);
    }

    /** The point at pixel ({@code x}, {@code y}) of {@code grid}, in diagram units. */
    private static Vec at(PixelGrid grid, double x, double y) {
        return new Vec((x + grid.x()) / grid.scale(), (y + grid.y()) / grid.scale());
    }

    private static BufferedImage drawn(PixelGrid grid, List<Connector> arrows) {
        BufferedImage image = PngExporter.blank(grid);
        PngExporter.drawOnto(image, grid, false, g -> {
            PixelArrows s = new PixelArrows(image, grid, g);
            for (Connector c : arrows) {
                s.arrow(c, org.portolan.layout.DiagramStyle.line(c.trafficClass()));
            }
        });
        return image;
    }

    /**
     * A 300-node overview whose Edge is dragged into another zone and back, as the designer's benchmark does, at
     * the window's scale and closer.
     */
    @Test
    void anEdgeMovedIntoAnotherZoneAndBackChangesOnlyItsArrowsPixels() {
        DiagramState start = pinned(GeneratedTopology.of(300));
        Node edge = start.topology().nodesByKind().get(NodeKind.EDGE).get(0);
        Topology movedAway = ZoneMoves.intoAnotherZone(start, edge);
        assertThat(movedAway.node(edge.id()).orElseThrow().zoneId()).isNotEqualTo(edge.zoneId());
        DiagramState moved = DiagramState.after(movedAway, start);
        DiagramState back = DiagramState.after(start.topology(), moved);

        for (double scale : new double[] {0.11, 0.3}) {
            PixelGrid grid = PixelGrid.covering(start.layout().bounds(), scale);
            BufferedImage image = whole(start.layout(), grid);
            ArrowStack stack = ArrowStack.of(grid, start.layout().connectors(), ALL, () -> false);
            for (DiagramLayout next : List.of(moved.layout(), back.layout())) {
                int[] was = ImagePixels.of(image).clone();

                assertThat(stack.update(image, grid, next.connectors(), ALL, 5_000)).isTrue();
                int[] wanted = ImagePixels.of(whole(next, grid));
                assertThat(wanted).as("the move changed the arrows").isNotEqualTo(was);
                assertThat(ImagePixels.of(image)).as("at %s", scale).isEqualTo(wanted);
            }
        }
    }

    /** Selecting a card leaves its arrows out of the layer, and deselecting it puts them back. */
    @Test
    void arrowsLeavingTheDrawingAndComingBackAreChangedLikeOthers() {
        DiagramLayout layout = DiagramState.of(GeneratedTopology.of(300)).layout();
        Node internet = layout.nodes().stream().map(DiagramLayout.NodeBox::node)
                .filter(n -> n.kind() == NodeKind.INTERNET).findFirst().orElseThrow();
        Predicate<Connector> notSelected = c -> c.source() != internet && c.target() != internet;
        PixelGrid grid = PixelGrid.covering(layout.bounds(), 0.11);
        BufferedImage image = whole(layout, grid);
        ArrowStack stack = ArrowStack.of(grid, layout.connectors(), ALL, () -> false);

        assertThat(stack.update(image, grid, layout.connectors(), notSelected, 5_000)).isTrue();
        assertThat(ImagePixels.of(image)).isEqualTo(ImagePixels.of(drawn(layout, grid, notSelected)));
        assertThat(stack.update(image, grid, layout.connectors(), ALL, 5_000)).isTrue();
        assertThat(ImagePixels.of(image)).isEqualTo(ImagePixels.of(whole(layout, grid)));
    }

    /** Too many changes, or another grid: the stack says no and changes nothing. */
    @Test
    void anEditTheStackCannotFollowLeavesTheImageAsItWas() {
        List<Connector> arrows = arrows(new Random(7), 20);
        BufferedImage image = whole(arrows, ALL);
        int[] was = ImagePixels.of(image).clone();
        ArrowStack stack = ArrowStack.of(GRID, arrows, ALL, () -> false);
        List<Connector> fourNew = new ArrayList<>(arrows.subList(0, 18));
        fourNew.addAll(arrows(new Random(8), 2));

        assertThat(stack.update(image, GRID, fourNew, ALL, 3)).as("four changes, three allowed").isFalse();
        assertThat(stack.update(image, new PixelGrid(-3, -2, 90, 70, 0.4), arrows, ALL, 1_000)).isFalse();
        assertThat(ImagePixels.of(image)).isEqualTo(was);
        assertThat(stack.update(image, GRID, fourNew, ALL, 4)).as("four allowed").isTrue();
        assertThat(ImagePixels.of(image)).isEqualTo(ImagePixels.of(whole(fourNew, ALL)));
        assertThat(ArrowStack.of(GRID, arrows, ALL, () -> true)).as("cancelled").isNull();
    }

    /**
     * Two arrows that swap places, and runs of gone and new arrows longer than the walk looks ahead (where
     * each arrow is must then be looked up): the layer is still the one drawn whole.
     */
    @Test
    void swappedArrowsAndLongRunsOfChangesComeOutAsDrawnWhole() {
        List<Connector> arrows = arrows(new Random(11), 400);
        BufferedImage image = whole(arrows, ALL);
        ArrowStack stack = ArrowStack.of(GRID, arrows, ALL, () -> false);
        List<Connector> swapped = new ArrayList<>(arrows);
        java.util.Collections.swap(swapped, 3, 312);
        List<Connector> runs = new ArrayList<>(swapped);
        runs.subList(20, 220).clear();
        runs.addAll(150, arrows(new Random(12), 150));

        assertThat(stack.update(image, GRID, swapped, ALL, 1_000)).isTrue();
        assertThat(ImagePixels.of(image)).isEqualTo(ImagePixels.of(whole(swapped, ALL)));
        assertThat(stack.update(image, GRID, runs, ALL, 1_000)).isTrue();
        assertThat(ImagePixels.of(image)).isEqualTo(ImagePixels.of(whole(runs, ALL)));
        assertThat(stack.update(image, GRID, arrows, ALL, 1_000)).as("and back").isTrue();
        assertThat(ImagePixels.of(image)).isEqualTo(ImagePixels.of(whole(arrows, ALL)));
    }

    private static List<Connector> arrows(Random random, int n) {
        List<Connector> arrows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            arrows.add(arrow(random));
        }
        return arrows;
    }

    @Test
    void onlyThinArrowsOnImagesOfAFewMillionPixelsHaveAStack() {
        assertThat(ArrowStack.fits(GRID)).isTrue();
        assertThat(ArrowStack.fits(new PixelGrid(0, 0, 90, 70, 1.0))).as("lines wider than a pixel").isFalse();
        assertThat(ArrowStack.fits(new PixelGrid(0, 0, 4096, 4096, 0.2))).as("16 million pixels").isFalse();
    }

    /** A long, steep arrow whose pixels run within a few hundredths of a pixel of a tile's left edge. */
    private static Connector alongATileEdge(Random random) {
        double edge = 16 * (1 + random.nextInt(5)) + (random.nextDouble() - 0.5) * 0.1; // in pixels
        double lean = (random.nextDouble() - 0.5) * 0.6;
        double top = -5 + random.nextDouble() * 20;
        double bottom = 50 + random.nextDouble() * 25;
        List<Vec> route = List.of(at(GRID, edge, top), at(GRID, edge + lean, bottom));
        if (random.nextBoolean()) {
            route = List.of(route.get(1), route.get(0));
        }
        TrafficClass[] classes = TrafficClass.values();
        return new Connector(A, B, List.of(), classes[random.nextInt(classes.length)], route, "", null, false);
    }

    private static Connector arrow(Random random) {
        List<Vec> route = new ArrayList<>();
        int points = 2 + random.nextInt(3);
        for (int i = 0; i < points; i++) {
            // In diagram units: the image's 90×70 pixels are 200×155 units at 0.45; some end outside it.
            route.add(new Vec(-40 + random.nextDouble() * 280, -40 + random.nextDouble() * 240));
        }
        TrafficClass[] classes = TrafficClass.values();
        return new Connector(A, B, List.of(), classes[random.nextInt(classes.length)], route, "", null, false);
    }

    private static BufferedImage whole(List<Connector> arrows, Predicate<Connector> drawn) {
        return drawn(GRID, arrows.stream().filter(drawn).toList());
    }

    private static BufferedImage whole(DiagramLayout layout, PixelGrid grid) {
        return drawn(layout, grid, ALL);
    }

    private static BufferedImage drawn(DiagramLayout layout, PixelGrid grid, Predicate<Connector> which) {
        BufferedImage image = PngExporter.blank(grid);
        PngExporter.drawArrows(image, new DiagramRenderer(layout), grid, which);
        return image;
    }

    private static DiagramState pinned(Topology t) {
        return DiagramState.of(TopologyEdits.pin(t, DiagramState.of(t).layout()));
    }
}
