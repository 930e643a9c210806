package org.portolan.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramStyle;
import org.portolan.layout.Rect;
import org.portolan.layout.Vec;

/**
 * Draws an overview's arrows into an image's pixels directly where they are thinner than a pixel, and
 * through Java2D where they are not. Zoomed out, a 1,000-node diagram's 66,000 arrows are one-pixel lines
 * with heads of a pixel or none. Java2D took about a microsecond for each line and head, 60 to 90 ms for the
 * layer at the window's scale, and batching them into few paths made it slower; stepping through the pixels
 * takes 29 ms in one band, most of it writing them ({@code ArrowLayerBenchmark}). Unantialiased, solid and opaque like
 * Java2D's overview lines: a pixel gets the colour of the last arrow crossing it.
 *
 * <p>A line steps through the pixels containing its points, one per step along its longer axis; a head fills
 * the pixels whose centres it covers, as Java2D fills shapes. Each arrow's pixels depend on that arrow alone and
 * lie within a pixel of its route, which partial redraws rely on ({@link PngExporter#redrawArrows}). A surface
 * may write only a band of the image's rows, each exactly as the whole image has it, so that bands are drawn
 * at once ({@link ArrowBands}).
 */
final class PixelArrows implements DrawingSurface {

    private final int[] pixels;
    private final int width;
    private final int height;
    private final PixelGrid grid;
    /** For lines a pixel wide or more, drawn as before. */
    private final Java2dSurface wide;
    /** The rows this surface writes, from {@code top} up to {@code bottom} excluded: a band of the image. */
    private final int top;
    private final int bottom;

    PixelArrows(BufferedImage image, PixelGrid grid, Graphics2D g) {
        this(image, grid, g, 0, image.getHeight());
    }

    /**
     * Writes only rows {@code top} to {@code bottom} (excluded), exactly as the whole image would have them, so
     * that bands of one image are drawn at once on several processors. Only thin lines can be drawn in bands:
     * Java2D's wider ones come out otherwise when clipped ({@link #thin}).
     */
    PixelArrows(BufferedImage image, PixelGrid grid, Graphics2D g, int top, int bottom) {
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.grid = grid;
        this.wide = new Java2dSurface(g, true);
        if (top < 0 || bottom > height || top >= bottom) {
            throw new IllegalArgumentException("band " + top + ".." + bottom + " of " + height + " rows");
        }
        this.top = top;
        this.bottom = bottom;
    }

    /** True when lines of this width (in diagram units) are drawn a pixel wide here, rather than by Java2D. */
    static boolean thin(double lineWidth, PixelGrid grid) {
        return lineWidth * grid.scale() <= 1;
    }

    private boolean lastThin;

    @Override
    public void polyline(List<Vec> points, String color, double lineWidth, List<Double> dashes) {
        lastThin = thin(lineWidth, grid);
        if (!lastThin) {
            wholeImage();
            wide.polyline(points, color, lineWidth, dashes);
            return;
        }
        int argb = argb(color);
        legsButLast(points, argb);
        Vec before = points.get(Math.max(0, points.size() - 2)); // a single point is a line to itself
        Vec last = points.get(points.size() - 1);
        line(px(before.x()), py(before.y()), px(last.x()), py(last.y()), argb);
    }

    /** The lines through the points, in the image's pixels, but the last. */
    private void legsButLast(List<Vec> points, int argb) {
        double x = px(points.get(0).x());
        double y = py(points.get(0).y());
        for (int i = 1; i < points.size() - 1; i++) {
            double toX = px(points.get(i).x());
            double toY = py(points.get(i).y());
            line(x, y, toX, toY, argb);
            x = toX;
            y = toY;
        }
    }

    /** Reused for each arrow's head: see {@link Connector#arrowhead}. */
    private final double[] head = new double[Connector.HEAD];

    @Override
    public void arrow(Connector c, DiagramStyle.Line style) {
        lastThin = thin(style.width(), grid);
        if (!lastThin) {
            wholeImage();
            wide.polyline(c.shaft(), style.color(), style.width(), style.dashes());
            wide.polygon(c.head(), style.color());
            return;
        }
        List<Vec> points = c.points();
        if (!mayReachBand(points)) {
            return;
        }
        int argb = argb(style.color());
        legsButLast(points, argb);
        // The last leg ends at the head's base: the head is worked out only when they may reach the band.
        Vec before = points.get(points.size() - 2);
        double x = px(before.x());
        double y = py(before.y());
        Vec tip = points.get(points.size() - 1);
        double tipX = px(tip.x());
        double tipY = py(tip.y());
        double reach = headReach();
        if (Math.min(y, tipY) - reach >= bottom || Math.max(y, tipY) + reach < top) {
            return;
        }
        c.arrowhead(head);
        line(x, y, px(head[0]), py(head[1]), argb);
        triangle(tipX, tipY, px(head[2]), py(head[3]), px(head[4]), py(head[5]), argb);
    }

    /** How far, in pixels, an arrow's head and the pixels drawn for it reach from its tip. */
    private double headReach() {
        return (Connector.ARROW_LENGTH + Connector.ARROW_HALF_WIDTH) * grid.scale() + 2;
    }

    private String lastColor;
    private int lastArgb;

    /** The colour as a pixel; arrows of one traffic class come in runs, so the last one is kept. */
    private int argb(String color) {
        if (!color.equals(lastColor)) {
            lastColor = color;
            lastArgb = Java2dSurface.color(color).getRGB();
        }
        return lastArgb;
    }

    /** An arrow's head, drawn the way its shaft was: by pixel centres after a thin shaft, else by Java2D. */
    @Override
    public void polygon(List<Vec> points, String fill) {
        if (!lastThin || points.size() != 3) {
            wholeImage();
            wide.polygon(points, fill);
            return;
        }
        triangle(px(points.get(0).x()), py(points.get(0).y()), px(points.get(1).x()), py(points.get(1).y()),
                px(points.get(2).x()), py(points.get(2).y()), argb(fill));
    }

    /** Java2D draws on the whole image; a band must not draw what the others draw too. */
    private void wholeImage() {
        if (top != 0 || bottom != height) {
            throw new IllegalStateException("lines a pixel wide or more are not drawn in bands");
        }
    }

    /**
     * False when no pixel of an arrow along these points can lie in the band: its head lies within its length
     * and half its width of the route, and each pixel within a pixel of what it is drawn for.
     */
    private boolean mayReachBand(List<Vec> points) {
        if (top == 0 && bottom == height) {
            return true;
        }
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            double y = points.get(i).y();
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double reach = headReach();
        return py(minY) - reach < bottom && py(maxY) + reach >= top;
    }

    private double px(double x) {
        return x * grid.scale() - grid.x();
    }

    private double py(double y) {
        return y * grid.scale() - grid.y();
    }

    /**
     * The pixels containing the segment's points, one per step along its longer axis, ends included; stepped in
     * 16.16 fixed point, only the steps in the band's rows, and checked against the image's edges only when an
     * end of those lies outside it.
     */
    private void line(double x0, double y0, double x1, double y1, int argb) {
        if (Math.max(y0, y1) < top - 1 || Math.min(y0, y1) > bottom + 1) {
            return; // every step's row lies within a pixel of the segment's: none in the band
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        long x = (long) Math.floor(x0 * ONE);
        long y = (long) Math.floor(y0 * ONE);
        long sx = steps == 0 ? 0 : Math.round(dx * ONE / steps);
        long sy = steps == 0 ? 0 : Math.round(dy * ONE / steps);
        // The steps whose row lies in the band: rows rise or fall with the step, so they are one run.
        long low = (long) top << 16;
        long high = ((long) bottom << 16) - 1;
        long first = 0;
        long last = steps;
        if (sy > 0) {
            first = -Math.floorDiv(y - low, sy); // ceil((low - y) / sy): the first step in the band
            last = Math.floorDiv(high - y, sy);
        } else if (sy < 0) {
            first = -Math.floorDiv(high - y, -sy);
            last = Math.floorDiv(y - low, -sy);
        } else if (y < low || y > high) {
            return;
        }
        first = Math.max(first, 0);
        last = Math.min(last, steps);
        if (first > last) {
            return;
        }
        x += sx * first;
        y += sy * first;
        int count = (int) (last - first);
        if (inside(x, y) && inside(x + sx * count, y + sy * count)) {
            for (int i = 0; i <= count; i++) {
                pixels[(int) (y >> 16) * width + (int) (x >> 16)] = argb;
                x += sx;
                y += sy;
            }
            return;
        }
        for (int i = 0; i <= count; i++) {
            set((int) (x >> 16), (int) (y >> 16), argb);
            x += sx;
            y += sy;
        }
    }

    private static final double ONE = 1 << 16;

    /** True when the fixed-point position lies in the image. */
    private boolean inside(long x, long y) {
        return x >= 0 && y >= 0 && (x >> 16) < width && (y >> 16) < height;
    }

    /** The pixels whose centres lie inside the triangle or on its edges. */
    private void triangle(double ax, double ay, double bx, double by, double cx, double cy, int argb) {
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (area == 0) {
            return;
        }
        int minX = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx)) - 0.5));
        int maxX = Math.min(width - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx)) - 0.5));
        int minY = Math.max(top, (int) Math.floor(Math.min(ay, Math.min(by, cy)) - 0.5));
        int maxY = Math.min(bottom - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy)) - 0.5));
        double sign = Math.signum(area);
        for (int y = minY; y <= maxY; y++) {
            double pyc = y + 0.5;
            for (int x = minX; x <= maxX; x++) {
                double pxc = x + 0.5;
                if (sign * edge(ax, ay, bx, by, pxc, pyc) >= 0 && sign * edge(bx, by, cx, cy, pxc, pyc) >= 0
                        && sign * edge(cx, cy, ax, ay, pxc, pyc) >= 0) {
                    pixels[y * width + x] = argb;
                }
            }
        }
    }

    private static double edge(double ax, double ay, double bx, double by, double x, double y) {
        return (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    }

    private void set(int x, int y, int argb) {
        if (x >= 0 && y >= top && x < width && y < bottom) {
            pixels[y * width + x] = argb;
        }
    }

    @Override
    public void rect(Rect r, double radius, String fill, String stroke, double strokeWidth) {
        throw new UnsupportedOperationException("arrows only");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String color) {
        throw new UnsupportedOperationException("arrows only");
    }

    @Override
    public void icon(String pathData, Rect box, String color, double strokeWidth) {
        throw new UnsupportedOperationException("arrows only");
    }
}
