package org.portolan.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.portolan.flow.TrafficClass;
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
 * at once ({@link ArrowBands}), or only a rectangle of it, and may list the pixels an arrow covers instead of
 * colouring them ({@link ArrowStack}).
 */
final class PixelArrows implements DrawingSurface {

    /** What is coloured; null when the pixels are listed instead. */
    private final int[] pixels;
    /** Counts, pixel by pixel, how often arrows painted it; null for no counting. */
    private int[] counts;
    /** The pixels listed since {@link #collected} was last emptied, as indexes in rows of {@code width}. */
    private int[] collected;
    private int collectedCount;
    private final int width;
    private final int height;
    private final PixelGrid grid;
    /** For lines a pixel wide or more, drawn as before; null where only thin lines may come. */
    private final Java2dSurface wide;
    /** The rows this surface writes, from {@code top} up to {@code bottom} excluded: a band of the image. */
    private int top;
    private int bottom;
    /** The columns it writes, from {@code left} up to {@code right} excluded. */
    private int left;
    private int right;
    /** What every arrow is painted with instead of its colour, when {@link #fixed}. */
    private int value;
    private boolean fixed;

    PixelArrows(BufferedImage image, PixelGrid grid, Graphics2D g) {
        this(image, grid, g, 0, image.getHeight());
    }

    /**
     * Writes only rows {@code top} to {@code bottom} (excluded), exactly as the whole image would have them, so
     * that bands of one image are drawn at once on several processors. Only thin lines can be drawn in bands:
     * Java2D's wider ones come out otherwise when clipped ({@link #thin}).
     */
    PixelArrows(BufferedImage image, PixelGrid grid, Graphics2D g, int top, int bottom) {
        this(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), image.getWidth(), image.getHeight(),
                grid, new Java2dSurface(g, true));
        clip(0, top, width, bottom);
    }

    private PixelArrows(int[] pixels, int width, int height, PixelGrid grid, Java2dSurface wide) {
        this.pixels = pixels;
        this.collected = pixels == null ? new int[256] : null;
        this.width = width;
        this.height = height;
        this.grid = grid;
        this.wide = wide;
        this.right = width;
        this.bottom = height;
    }

    /**
     * Paints thin arrows into {@code pixels}, rows of {@code width}, each with the value last given to
     * {@link #paintAs} instead of its colour (which arrow is on top where), and adds one to {@code counts} for each
     * time a pixel is painted (a pixel two legs of an arrow cover counts twice, as {@link #collecting} lists it).
     */
    static PixelArrows paintingAndCounting(int[] pixels, int[] counts, int width, int height, PixelGrid grid) {
        PixelArrows s = new PixelArrows(pixels, width, height, grid, null);
        s.fixed = true;
        s.counts = counts;
        return s;
    }

    /**
     * Lists the pixels thin arrows drawn here cover, each as an index in rows of {@code width} (a pixel two legs
     * cover comes twice), until {@link #clearCollected}.
     */
    static PixelArrows collecting(int width, int height, PixelGrid grid) {
        return new PixelArrows(null, width, height, grid, null);
    }

    /** The pixels listed so far, the first {@link #collectedCount} of them; the array is the surface's own. */
    int[] collected() {
        return collected;
    }

    int collectedCount() {
        return collectedCount;
    }

    void clearCollected() {
        collectedCount = 0;
    }

    private void collect(int index) {
        if (collectedCount == collected.length) {
            collected = java.util.Arrays.copyOf(collected, collectedCount * 2);
        }
        collected[collectedCount++] = index;
    }

    /** The value {@link #paintingAndCounting} surfaces paint the next arrows with. */
    void paintAs(int newValue) {
        value = newValue;
    }

    /** Writes (or lists) only columns {@code left} to {@code right} and rows {@code top} to {@code bottom}, excluded. */
    void clip(int newLeft, int newTop, int newRight, int newBottom) {
        if (newTop < 0 || newBottom > height || newTop >= newBottom) {
            throw new IllegalArgumentException("band " + newTop + ".." + newBottom + " of " + height + " rows");
        }
        if (newLeft < 0 || newRight > width || newLeft >= newRight) {
            throw new IllegalArgumentException("columns " + newLeft + ".." + newRight + " of " + width);
        }
        left = newLeft;
        top = newTop;
        right = newRight;
        bottom = newBottom;
    }

    private static final double WIDEST_LINE = java.util.Arrays.stream(TrafficClass.values())
            .mapToDouble(c -> DiagramStyle.line(c).width()).max().orElseThrow();

    /** True when every traffic class's lines are drawn a pixel wide on {@code grid}, none by Java2D. */
    static boolean allThin(PixelGrid grid) {
        return thin(WIDEST_LINE, grid);
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
        int argb = fixed ? value : argb(color);
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
        if (!mayReachClip(points)) {
            return;
        }
        int argb = fixed ? value : argb(style.color());
        legsButLast(points, argb);
        // The last leg ends at the head's base: the head is worked out only when they may reach the band.
        Vec before = points.get(points.size() - 2);
        double x = px(before.x());
        double y = py(before.y());
        Vec tip = points.get(points.size() - 1);
        double tipX = px(tip.x());
        double tipY = py(tip.y());
        double reach = headReach();
        if (Math.min(y, tipY) - reach >= bottom || Math.max(y, tipY) + reach < top
                || Math.min(x, tipX) - reach >= right || Math.max(x, tipX) + reach < left) {
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
                px(points.get(2).x()), py(points.get(2).y()), fixed ? value : argb(fill));
    }

    /** Java2D draws on the whole image; a band must not draw what the others draw too. */
    private void wholeImage() {
        if (wide == null) {
            throw new IllegalStateException("lines a pixel wide or more are only drawn on images");
        }
        if (top != 0 || bottom != height || left != 0 || right != width) {
            throw new IllegalStateException("lines a pixel wide or more are not drawn in bands");
        }
    }

    /**
     * False when no pixel of an arrow along these points can lie in the clip: its head lies within its length
     * and half its width of the route, and each pixel within a pixel of what it is drawn for.
     */
    private boolean mayReachClip(List<Vec> points) {
        boolean allRows = top == 0 && bottom == height;
        boolean allColumns = left == 0 && right == width;
        if (allRows && allColumns) {
            return true;
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            Vec p = points.get(i);
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double reach = headReach();
        return (allRows || py(minY) - reach < bottom && py(maxY) + reach >= top)
                && (allColumns || px(minX) - reach < right && px(maxX) + reach >= left);
    }

    private double px(double x) {
        return x * grid.scale() - grid.x();
    }

    private double py(double y) {
        return y * grid.scale() - grid.y();
    }

    /**
     * The pixels containing the segment's points, one per step along its longer axis, ends included; stepped in
     * 16.16 fixed point, only the steps in the clip's rows and columns: rows and columns rise or fall with the
     * step, so those steps are one run, and all of them lie in the image.
     */
    private void line(double x0, double y0, double x1, double y1, int argb) {
        if (Math.max(y0, y1) < top - 1 || Math.min(y0, y1) > bottom + 1
                || Math.max(x0, x1) < left - 1 || Math.min(x0, x1) > right + 1) {
            return; // every step's pixel lies within a pixel of the segment: none in the clip
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        long x = (long) Math.floor(x0 * ONE);
        long y = (long) Math.floor(y0 * ONE);
        long sx = steps == 0 ? 0 : Math.round(dx * ONE / steps);
        long sy = steps == 0 ? 0 : Math.round(dy * ONE / steps);
        long first = Math.max(0, firstStepIn(y, sy, top, bottom));
        long last = Math.min(steps, lastStepIn(y, sy, top, bottom));
        first = Math.max(first, firstStepIn(x, sx, left, right));
        last = Math.min(last, lastStepIn(x, sx, left, right));
        if (first > last) {
            return;
        }
        x += sx * first;
        y += sy * first;
        int count = (int) (last - first);
        if (pixels != null && counts == null) {
            for (int i = 0; i <= count; i++) {
                pixels[(int) (y >> 16) * width + (int) (x >> 16)] = argb;
                x += sx;
                y += sy;
            }
            return;
        }
        if (pixels != null) {
            for (int i = 0; i <= count; i++) {
                int at = (int) (y >> 16) * width + (int) (x >> 16);
                pixels[at] = argb;
                counts[at]++;
                x += sx;
                y += sy;
            }
            return;
        }
        for (int i = 0; i <= count; i++) {
            collect((int) (y >> 16) * width + (int) (x >> 16));
            x += sx;
            y += sy;
        }
    }

    /**
     * The first step from {@code at} by {@code step} (16.16) whose pixel lies in {@code from} to {@code to}
     * (excluded); past any step when none does. Steps are unbounded here: the caller bounds them.
     */
    private static long firstStepIn(long at, long step, int from, int to) {
        long low = (long) from << 16;
        long high = ((long) to << 16) - 1;
        if (step > 0) {
            return -Math.floorDiv(at - low, step); // ceil((low - at) / step)
        }
        if (step < 0) {
            return -Math.floorDiv(high - at, -step);
        }
        return at < low || at > high ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /** The last step from {@code at} by {@code step} whose pixel lies in {@code from} to {@code to}. */
    private static long lastStepIn(long at, long step, int from, int to) {
        long low = (long) from << 16;
        long high = ((long) to << 16) - 1;
        if (step > 0) {
            return Math.floorDiv(high - at, step);
        }
        if (step < 0) {
            return Math.floorDiv(at - low, -step);
        }
        return at < low || at > high ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    private static final double ONE = 1 << 16;

    /** The pixels whose centres lie inside the triangle or on its edges. */
    private void triangle(double ax, double ay, double bx, double by, double cx, double cy, int argb) {
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (area == 0) {
            return;
        }
        int minX = Math.max(left, (int) Math.floor(Math.min(ax, Math.min(bx, cx)) - 0.5));
        int maxX = Math.min(right - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx)) - 0.5));
        int minY = Math.max(top, (int) Math.floor(Math.min(ay, Math.min(by, cy)) - 0.5));
        int maxY = Math.min(bottom - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy)) - 0.5));
        double sign = Math.signum(area);
        for (int y = minY; y <= maxY; y++) {
            double pyc = y + 0.5;
            for (int x = minX; x <= maxX; x++) {
                double pxc = x + 0.5;
                if (sign * edge(ax, ay, bx, by, pxc, pyc) >= 0 && sign * edge(bx, by, cx, cy, pxc, pyc) >= 0
                        && sign * edge(cx, cy, ax, ay, pxc, pyc) >= 0) {
                    if (pixels != null) {
                        pixels[y * width + x] = argb;
                        if (counts != null) {
                            counts[y * width + x]++;
                        }
                    } else {
                        collect(y * width + x);
                    }
                }
            }
        }
    }

    private static double edge(double ax, double ay, double bx, double by, double x, double y) {
        return (bx - ax) * (y - ay) - (by - ay) * (x - ax);
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
