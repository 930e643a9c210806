package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.DiagramState;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramStyle;
import org.portolan.layout.Vec;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.samples.GeneratedTopology;

/**
 * The overview's arrows drawn in bands of rows, on several threads, are exactly the arrows drawn in one go: each
 * band writes only its rows, and only thin lines are banded.
 */
class ArrowBandsTest {

    private static final PixelGrid SMALL = new PixelGrid(-3, -2, 90, 70, 1);
    private static final String[] COLOURS = {"#dc2626", "#2563eb", "#16a34a"};

    /** A thin line, steep, shallow, level, upright or a point, from anywhere to anywhere, and perhaps a head. */
    record Stroke(List<Vec> points, int colour, List<Vec> head) {
    }

    @Property(tries = 300)
    void linesCutIntoBandsAnywhereAreTheLinesDrawnWhole(
            @ForAll @Size(min = 1, max = 12) List<@From("strokes") Stroke> strokes,
            @ForAll @Size(max = 5) List<@IntRange(min = 1, max = 69) Integer> cuts) {
        Consumer<DrawingSurface> drawing = s -> {
            for (Stroke k : strokes) {
                s.polyline(k.points(), COLOURS[k.colour()], 0.9, List.of());
                if (k.head() != null) {
                    s.polygon(k.head(), COLOURS[k.colour()]);
                }
            }
        };
        int[] whole = inBands(SMALL, List.of(), drawing);

        assertThat(inBands(SMALL, cuts, drawing)).isEqualTo(whole);
    }

    /**
     * Whole arrows, with heads several pixels across (the scale the thinnest lines allow), from anywhere to
     * anywhere, cut into bands: a band skips the last leg and the head only when neither can reach it.
     */
    @Property(tries = 300)
    void arrowsCutIntoBandsAnywhereAreTheArrowsDrawnWhole(
            @ForAll @Size(min = 1, max = 12) List<@From("routes") List<Vec>> routes,
            @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 69) Integer> cuts) {
        PixelGrid grid = new PixelGrid(-3, -2, 90, 70, 0.45); // 2.2 units are 0.99 px: every line is thin
        Node a = Node.of("a", NodeKind.MAILBOX, "A");
        Node b = Node.of("b", NodeKind.MAILBOX, "B");
        TrafficClass[] classes = TrafficClass.values();
        Consumer<DrawingSurface> drawing = s -> {
            for (int i = 0; i < routes.size(); i++) {
                TrafficClass c = classes[i % classes.length];
                s.arrow(new Connector(a, b, List.of(), c, routes.get(i), "", null, false), DiagramStyle.line(c));
            }
        };
        int[] whole = inBands(grid, List.of(), drawing);

        assertThat(inBands(grid, cuts, drawing)).isEqualTo(whole);
    }

    /**
     * Any rectangle of the image: the pixels a surface clipped to it lists for an arrow are exactly those the arrow
     * paints there drawn whole, each as often (a pixel two legs cover, twice).
     */
    @Property(tries = 300)
    void anArrowClippedToAnyRectangleCoversThePixelsItPaintsThereDrawnWhole(
            @ForAll("routes") List<Vec> route, @ForAll @IntRange(min = 0, max = 89) int left,
            @ForAll @IntRange(min = 0, max = 69) int top, @ForAll @IntRange(min = 1, max = 90) int width,
            @ForAll @IntRange(min = 1, max = 70) int height) {
        PixelGrid grid = new PixelGrid(-3, -2, 90, 70, 0.45);
        int right = Math.min(90, left + width);
        int bottom = Math.min(70, top + height);
        Connector arrow = new Connector(Node.of("a", NodeKind.MAILBOX, "A"), Node.of("b", NodeKind.MAILBOX, "B"),
                List.of(), TrafficClass.MAIL, route, "", null, false);
        PixelArrows whole = PixelArrows.collecting(90, 70, grid);
        whole.arrow(arrow, DiagramStyle.line(TrafficClass.MAIL));
        PixelArrows clipped = PixelArrows.collecting(90, 70, grid);
        clipped.clip(left, top, right, bottom);
        clipped.arrow(arrow, DiagramStyle.line(TrafficClass.MAIL));

        List<Integer> inside = new ArrayList<>();
        for (int k = 0; k < whole.collectedCount(); k++) {
            int p = whole.collected()[k];
            if (p % 90 >= left && p % 90 < right && p / 90 >= top && p / 90 < bottom) {
                inside.add(p);
            }
        }
        List<Integer> listed = new ArrayList<>();
        for (int k = 0; k < clipped.collectedCount(); k++) {
            listed.add(clipped.collected()[k]);
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(inside);
    }

    @Provide
    Arbitrary<List<Vec>> routes() {
        // In diagram units: the image's 90×70 pixels are 200×155 units at 0.45.
        Arbitrary<Vec> anywhere = Combinators.combine(Arbitraries.doubles().between(-40, 240),
                Arbitraries.doubles().between(-40, 200)).as(Vec::new);
        return anywhere.list().ofMinSize(2).ofMaxSize(4);
    }

    @Test
    void everyRowItsOwnBandGivesTheLinesDrawnWhole() {
        Consumer<DrawingSurface> drawing = s -> {
            // Steep and shallow, up and down, ends outside the image on every side, a point, a level line.
            s.polyline(List.of(new Vec(-10, -12), new Vec(40.3, 90.7), new Vec(86.2, 3.4)), COLOURS[0], 0.5, List.of());
            s.polyline(List.of(new Vec(-20, 60.2), new Vec(120, 11.9)), COLOURS[1], 0.5, List.of());
            s.polyline(List.of(new Vec(12.5, 33.5), new Vec(12.5, 33.5)), COLOURS[2], 0.5, List.of());
            s.polyline(List.of(new Vec(30.5, 50.5)), COLOURS[1], 0.5, List.of()); // a single point
            s.polyline(List.of(new Vec(5, 20.999), new Vec(80, 20.999)), COLOURS[2], 0.5, List.of());
            s.polygon(List.of(new Vec(60, 66.5), new Vec(48, 80), new Vec(70, 40)), COLOURS[0]);
        };
        int[] whole = inBands(SMALL, List.of(), drawing);

        assertThat(inBands(SMALL, everyRow(SMALL), drawing)).isEqualTo(whole);
        assertThat(ImagePixels.painted(whole)).isGreaterThan(300);
    }

    /** A 300-node overview at the window's scale and closer, through the exporter's threads and in odd bands. */
    @Test
    void anOverviewDrawnInBandsIsTheOverviewDrawnWhole() {
        DiagramLayout layout = DiagramState.of(GeneratedTopology.of(300)).layout();
        DiagramRenderer renderer = new DiagramRenderer(layout);
        for (double scale : new double[] {0.08, 0.2}) {
            PixelGrid grid = PixelGrid.covering(layout.bounds(), scale);
            Consumer<DrawingSurface> drawing = s -> renderer.renderArrows(s, c -> true);
            int[] whole = inBands(grid, List.of(), drawing);
            BufferedImage threaded = PngExporter.blank(grid);
            PngExporter.drawArrows(threaded, renderer, grid, c -> true);

            assertThat(grid.height()).as("tall enough for two bands").isGreaterThanOrEqualTo(128);
            assertThat(ImagePixels.of(threaded)).as("at %s", scale).isEqualTo(whole);
            assertThat(inBands(grid, List.of(1, 7, grid.height() / 3, grid.height() - 2), drawing)).as("at %s", scale)
                    .isEqualTo(whole);
            assertThat(ImagePixels.painted(whole)).isGreaterThan(10_000);
        }
    }

    /**
     * Each band skips the legs and heads of arrows that cannot reach it, and works a head out only for a band it
     * may reach: every row its own band, an overview's arrows still come out exactly as drawn whole.
     */
    @Test
    void anOverviewWithEveryRowItsOwnBandIsTheOverviewDrawnWhole() {
        DiagramLayout layout = DiagramState.of(GeneratedTopology.of(300)).layout();
        DiagramRenderer renderer = new DiagramRenderer(layout);
        PixelGrid grid = PixelGrid.covering(layout.bounds(), 0.05);
        Consumer<DrawingSurface> drawing = s -> renderer.renderArrows(s, c -> true);
        int[] whole = inBands(grid, List.of(), drawing);

        assertThat(inBands(grid, everyRow(grid), drawing)).isEqualTo(whole);
        assertThat(ImagePixels.painted(whole)).isGreaterThan(5_000);
    }

    /** A cut before every row but the first: each row its own band. */
    private static List<Integer> everyRow(PixelGrid grid) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 1; row < grid.height(); row++) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void linesAPixelWideOrMoreAreDrawnInOneGo() {
        DiagramLayout layout = DiagramState.of(GeneratedTopology.of(300)).layout();
        DiagramRenderer renderer = new DiagramRenderer(layout);
        PixelGrid grid = PixelGrid.covering(layout.bounds(), 1.0); // every line wider than a pixel: Java2D's
        Consumer<DrawingSurface> drawing = s -> renderer.renderArrows(s, c -> true);
        BufferedImage threaded = PngExporter.blank(grid);
        PngExporter.drawArrows(threaded, renderer, grid, c -> true);

        assertThat(ImagePixels.of(threaded)).isEqualTo(inBands(grid, List.of(), drawing));
        BufferedImage image = PngExporter.blank(SMALL);
        Graphics2D g = image.createGraphics();
        PixelArrows band = new PixelArrows(image, SMALL, g, 10, 20);
        assertThatThrownBy(() -> band.polyline(List.of(new Vec(0, 0), new Vec(40, 40)), COLOURS[0], 1.5, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bands");
        g.dispose();
    }

    /** A band that fails is reported, and only once every other band has finished with the image. */
    @Test
    void aFailingBandIsReportedAfterEveryBandHasFinished() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor: a single band");
        PixelGrid grid = new PixelGrid(0, 0, 100, 200, 0.1); // every line thin: drawn in bands
        Thread caller = Thread.currentThread();
        AtomicInteger callersBands = new AtomicInteger();
        AtomicBoolean otherDone = new AtomicBoolean();
        Consumer<DrawingSurface> drawing = s -> {
            if (Thread.currentThread() == caller && callersBands.getAndIncrement() == 0) {
                throw new IllegalStateException("the caller's band failed");
            }
            // A helper's band goes on drawing until the caller waits for it (or has wrongly gone on); when no
            // helper had started it, the caller draws it itself.
            while (Thread.currentThread() != caller && caller.getState() != Thread.State.WAITING
                    && caller.getState() != Thread.State.TERMINATED) {
                Thread.onSpinWait();
            }
            s.polyline(List.of(new Vec(0, 1500), new Vec(900, 1900)), COLOURS[0], 1, List.of());
            otherDone.set(true);
        };

        assertThatThrownBy(() -> ArrowBands.draw(PngExporter.blank(grid), grid, drawing, 0, grid.height()))
                .isInstanceOf(IllegalStateException.class).hasMessage("the caller's band failed");
        assertThat(otherDone).as("the other band finished first").isTrue();
    }

    @Provide
    Arbitrary<Stroke> strokes() {
        Arbitrary<Vec> anywhere = Combinators.combine(Arbitraries.doubles().between(-40, 130),
                Arbitraries.doubles().between(-40, 110)).as(Vec::new);
        Arbitrary<Vec> inside = Combinators.combine(Arbitraries.doubles().between(-3, 87),
                Arbitraries.doubles().between(-2, 68)).as(Vec::new);
        Arbitrary<List<Vec>> route = Arbitraries.oneOf(anywhere, inside).list().ofMinSize(2).ofMaxSize(4);
        Arbitrary<List<Vec>> head = anywhere.list().ofSize(3).injectNull(0.5);
        return Combinators.combine(route, Arbitraries.integers().between(0, COLOURS.length - 1), head).as(Stroke::new);
    }

    /**
     * {@code drawing} done once per band, the image cut before each of the rows {@code cuts} names, each band on an
     * image of its own, which must have nothing outside the band's rows (bands are drawn at once), then put together.
     */
    private static int[] inBands(PixelGrid grid, List<Integer> cuts, Consumer<DrawingSurface> drawing) {
        int[] together = new int[grid.width() * grid.height()];
        TreeSet<Integer> edges = new TreeSet<>(cuts);
        edges.add(0);
        edges.add(grid.height());
        Integer top = edges.first();
        for (Integer bottom = edges.higher(top); bottom != null; top = bottom, bottom = edges.higher(bottom)) {
            BufferedImage image = PngExporter.blank(grid);
            int first = top;
            int last = bottom;
            PngExporter.drawOnto(image, grid, false, g -> drawing.accept(new PixelArrows(image, grid, g, first, last)));
            int[] band = ImagePixels.of(image);
            int from = top * grid.width();
            int to = bottom * grid.width();
            int outside = ImagePixels.painted(Arrays.copyOfRange(band, 0, from))
                    + ImagePixels.painted(Arrays.copyOfRange(band, to, band.length));
            assertThat(outside).as("pixels outside rows %d to %d", top, bottom).isZero();
            System.arraycopy(band, from, together, from, to - from);
        }
        return together;
    }
}
