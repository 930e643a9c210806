package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.DiagramState;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.Vec;
import org.portolan.samples.GeneratedTopology;

/** An overview's thin arrows written straight into the pixels look as Java2D drew them, and wide ones are Java2D's. */
class PixelArrowsTest {

    private static final String RED = "#dc2626";
    private static final int OPAQUE_RED = 0xFFDC2626;

    @Test
    void aThinLineFillsThePixelsContainingItsPointsAndNoOthers() {
        PixelGrid grid = new PixelGrid(0, 0, 20, 10, 0.5); // a 1.8-unit line is 0.9 px wide here: thin
        int[] px = draw(grid, s -> s.polyline(List.of(new Vec(3, 9), new Vec(31, 9)), RED, 1.8, List.of()));

        List<String> set = painted(px, grid);
        List<String> expected = new ArrayList<>();
        for (int x = 1; x <= 15; x++) {
            expected.add(x + ",4");
        }
        assertThat(set).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSlantedLineIsOnePixelPerColumnConnectedAndWithinAPixelOfTheLine() {
        PixelGrid grid = new PixelGrid(0, 0, 60, 40, 1);
        double x0 = 2.3;
        double y0 = 3.7;
        double x1 = 55.1;
        double y1 = 31.2;
        int[] px = draw(grid, s -> s.polyline(List.of(new Vec(x0, y0), new Vec(x1, y1)), RED, 0.8, List.of()));

        int previousRow = -1;
        for (int x = 2; x <= 55; x++) {
            List<Integer> rows = new ArrayList<>();
            for (int y = 0; y < grid.height(); y++) {
                if (px[y * grid.width() + x] == OPAQUE_RED) {
                    rows.add(y);
                }
            }
            assertThat(rows).as("column %d", x).hasSize(1);
            int y = rows.get(0);
            double onLine = y0 + (y1 - y0) * (x + 0.5 - x0) / (x1 - x0);
            assertThat(Math.abs(y + 0.5 - onLine)).as("column %d", x).isLessThanOrEqualTo(1.0);
            if (previousRow >= 0) {
                assertThat(Math.abs(y - previousRow)).as("column %d follows on", x).isLessThanOrEqualTo(1);
            }
            previousRow = y;
        }
    }

    @Test
    void aHeadFillsThePixelsWhoseCentresItCovers() {
        PixelGrid grid = new PixelGrid(0, 0, 12, 12, 1);
        int[] px = draw(grid, s -> {
            s.polyline(List.of(new Vec(0.2, 0.2), new Vec(0.4, 0.2)), RED, 0.5, List.of()); // thin: heads are ours
            s.polygon(List.of(new Vec(10, 6), new Vec(2, 1), new Vec(2, 11)), RED);
        });

        for (int y = 0; y < 12; y++) {
            for (int x = 1; x < 12; x++) {
                double cx = x + 0.5;
                double cy = y + 0.5;
                // Inside the triangle (10,6) (2,1) (2,11): right of x = 2, and within the two slanted sides.
                boolean inside = cx >= 2 && cy >= 6 - (10 - cx) * 5 / 8 && cy <= 6 + (10 - cx) * 5 / 8;
                assertThat(px[y * 12 + x] == OPAQUE_RED).as("pixel %d,%d", x, y).isEqualTo(inside);
            }
        }
    }

    @Test
    void linesAPixelWideOrMoreAreJava2dsOwn() {
        PixelGrid grid = new PixelGrid(-5, -5, 120, 90, 2); // 1.8 units are 3.6 px here
        Consumer<DrawingSurface> arrow = s -> {
            s.polyline(List.of(new Vec(3, 4), new Vec(50, 37)), RED, 1.8, List.of());
            s.polygon(List.of(new Vec(52, 38), new Vec(44, 36), new Vec(47, 30)), RED);
        };
        int[] ours = draw(grid, arrow);

        BufferedImage java2d = PngExporter.blank(grid);
        Graphics2D g = placed(java2d, grid);
        arrow.accept(new Java2dSurface(g, true));
        g.dispose();

        assertThat(ours).isEqualTo(ImagePixels.of(java2d)).isNotEqualTo(new int[ours.length]);
    }

    /**
     * A 300-node overview, at the window's scale, drawn both ways: the arrow pixels of one lie within a pixel of
     * arrow pixels of the other, so the picture is the same to the eye. (Java2D fills a head's pixel here and there
     * where its centre is a hair outside, having moved the head to a quarter pixel: one in tens of thousands.)
     */
    @Test
    void anOverviewLooksAsJava2dDrewIt() {
        DiagramLayout layout = DiagramState.of(GeneratedTopology.of(300)).layout();
        assertThat(layout.overview()).isTrue();
        for (double scale : new double[] {0.08, 0.2}) {
            PixelGrid grid = PixelGrid.covering(layout.bounds(), scale);
            BufferedImage ours = PngExporter.blank(grid);
            PngExporter.drawArrows(ours, new DiagramRenderer(layout), grid, c -> true);
            BufferedImage java2d = PngExporter.blank(grid);
            Graphics2D g = placed(java2d, grid);
            new DiagramRenderer(layout).renderArrows(new Java2dSurface(g, true), c -> true);
            g.dispose();

            int painted = ImagePixels.painted(ImagePixels.of(java2d));
            assertThat(painted).as("arrow pixels at %s", scale).isGreaterThan(10_000);
            assertThat(farFrom(ImagePixels.of(ours), ImagePixels.of(java2d), grid))
                    .as("ours away from Java2D's, at %s", scale)
                    .isLessThanOrEqualTo(painted / 10_000);
            assertThat(farFrom(ImagePixels.of(java2d), ImagePixels.of(ours), grid))
                    .as("Java2D's away from ours, at %s", scale)
                    .isLessThanOrEqualTo(painted / 10_000);
        }
    }

    @Test
    void anArrowDrawnWholeIsExactlyItsLineAndHeadDrawnApart() {
        DiagramLayout layout = DiagramState.of(GeneratedTopology.of(300)).layout();
        DiagramRenderer renderer = new DiagramRenderer(layout);
        for (double scale : new double[] {0.08, 0.2, 1.0}) { // at 1.0 the lines are wide: Java2D's
            PixelGrid grid = PixelGrid.covering(layout.bounds(), scale);
            // The renderer hands a PixelArrows each whole arrow; through a plain surface, its line and its head.
            int[] whole = draw(grid, s -> renderer.renderArrows(s, c -> true));
            int[] apart = draw(grid, s -> renderer.renderArrows(linesAndPolygons(s), c -> true));
            assertThat(whole).as("at %s", scale).isEqualTo(apart).isNotEqualTo(new int[whole.length]);
        }
    }

    /** {@code s} seen only as a {@link DrawingSurface}. */
    private static DrawingSurface linesAndPolygons(DrawingSurface s) {
        return new DrawingSurface() {
            @Override
            public void rect(org.portolan.layout.Rect r, double radius, String fill, String stroke, double width) {
                s.rect(r, radius, fill, stroke, width);
            }

            @Override
            public void polyline(List<Vec> points, String color, double width, List<Double> dashes) {
                s.polyline(points, color, width, dashes);
            }

            @Override
            public void polygon(List<Vec> points, String fill) {
                s.polygon(points, fill);
            }

            @Override
            public void text(String text, double x, double y, double size, boolean bold, String color) {
                s.text(text, x, y, size, bold, color);
            }

            @Override
            public void icon(String pathData, org.portolan.layout.Rect box, String color, double strokeWidth) {
                s.icon(pathData, box, color, strokeWidth);
            }
        };
    }

    /** Painted pixels of {@code a} with no painted pixel of {@code b} at or next to them. */
    private static int farFrom(int[] a, int[] b, PixelGrid grid) {
        int far = 0;
        for (int y = 0; y < grid.height(); y++) {
            for (int x = 0; x < grid.width(); x++) {
                if (a[y * grid.width() + x] != 0 && !paintedNear(b, grid, x, y)) {
                    far++;
                }
            }
        }
        return far;
    }

    private static boolean paintedNear(int[] px, PixelGrid grid, int x, int y) {
        for (int ny = Math.max(0, y - 1); ny <= Math.min(grid.height() - 1, y + 1); ny++) {
            for (int nx = Math.max(0, x - 1); nx <= Math.min(grid.width() - 1, x + 1); nx++) {
                if (px[ny * grid.width() + nx] != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] draw(PixelGrid grid, Consumer<DrawingSurface> drawing) {
        BufferedImage image = PngExporter.blank(grid);
        Graphics2D g = placed(image, grid);
        drawing.accept(new PixelArrows(image, grid, g));
        g.dispose();
        return ImagePixels.of(image);
    }

    /** A graphics drawing in diagram units on the grid, as the exporter places it. */
    private static Graphics2D placed(BufferedImage image, PixelGrid grid) {
        Graphics2D g = image.createGraphics();
        g.translate(-grid.x(), -grid.y());
        g.scale(grid.scale(), grid.scale());
        return g;
    }

    private static List<String> painted(int[] px, PixelGrid grid) {
        List<String> set = new ArrayList<>();
        for (int i = 0; i < px.length; i++) {
            if (px[i] != 0) {
                assertThat(px[i]).isEqualTo(OPAQUE_RED);
                set.add(i % grid.width() + "," + i / grid.width());
            }
        }
        return set;
    }
}
