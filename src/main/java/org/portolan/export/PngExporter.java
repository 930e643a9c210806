package org.portolan.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.Rect;

/** The diagram as a PNG at a chosen scale; 96 diagram units are one inch, so 300 dpi is scale 300/96. */
public final class PngExporter {

    public static final double UNITS_PER_INCH = 96;

    private PngExporter() {
    }

    public static double scaleForDpi(double dpi) {
        return dpi / UNITS_PER_INCH;
    }

    /** Pixel size of the image at {@code scale}. */
    public static int[] size(DiagramRenderer renderer, double scale) {
        Rect b = renderer.bounds();
        return new int[] {(int) Math.ceil(b.width() * scale), (int) Math.ceil(b.height() * scale)};
    }

    public static byte[] export(DiagramRenderer renderer, double scale, boolean transparent) {
        if (!(scale > 0) || scale > 20) {
            throw new IllegalArgumentException("scale must be greater than 0 and at most 20, was " + scale);
        }
        Rect b = renderer.bounds();
        int[] size = size(renderer, scale);
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (!transparent) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, size[0], size[1]);
            }
            g.scale(scale, scale);
            g.translate(-b.x(), -b.y());
            renderer.render(new Java2dSurface(g));
        } finally {
            g.dispose();
        }
        return encode(image, scale * UNITS_PER_INCH);
    }

    /**
     * The zones' areas, transparent elsewhere, on {@code grid}: the bottom of the designer's overview image.
     * Not antialiased: at an overview's scale a zone's rounded corner is a pixel, and filling large areas with
     * antialiasing took four times as long, on every edit that moves a node.
     */
    public static BufferedImage zoneAreas(DiagramRenderer renderer, PixelGrid grid, BufferedImage reuse) {
        BufferedImage image = cleared(reuse, grid);
        drawOnto(image, grid, false, g -> renderer.renderZoneAreas(new Java2dSurface(g)));
        return image;
    }

    /** {@code reuse} made transparent when it is {@code grid}'s size, else a new {@link #blank} image. */
    private static BufferedImage cleared(BufferedImage reuse, PixelGrid grid) {
        if (reuse == null || reuse.getWidth() != grid.width() || reuse.getHeight() != grid.height()
                || reuse.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            return blank(grid);
        }
        java.util.Arrays.fill(((java.awt.image.DataBufferInt) reuse.getRaster().getDataBuffer()).getData(), 0);
        return reuse;
    }

    /**
     * The arrows {@code which} accepts, transparent elsewhere, on {@code grid}: the designer's overview layers
     * for very dense diagrams.
     */
    public static BufferedImage arrows(DiagramRenderer renderer, PixelGrid grid,
                                       java.util.function.Predicate<DiagramLayout.Connector> which) {
        BufferedImage image = blank(grid);
        drawArrows(image, renderer, grid, which);
        return image;
    }

    /** A transparent image the size of {@code grid}, as the overview's layers are. */
    public static BufferedImage blank(PixelGrid grid) {
        return new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_INT_ARGB_PRE);
    }

    /** Draws the arrows {@code which} accepts onto {@code image}, made by {@link #blank} for the same grid. */
    public static void drawArrows(BufferedImage image, DiagramRenderer renderer, PixelGrid grid,
                                  java.util.function.Predicate<DiagramLayout.Connector> which) {
        ArrowBands.draw(image, grid, s -> renderer.renderArrows(s, which), 0, image.getHeight());
    }

    /**
     * Makes {@code image}, drawn by {@link #drawArrows} for the same grid, show exactly the arrows {@code which}
     * accepts, when they differ from those it shows only within {@code area} (in diagram units, see
     * {@link ChangedArrows}). The arrows reaching that area are drawn onto {@code scratch}, an image of the same
     * size whose content does not matter, on the area's rows only (each exactly as drawn whole; see
     * {@link PixelArrows}), and the area's pixels copied over: a few changed arrows of 66,000 are then a fraction
     * of drawing them all. (Clipped by Java2D instead, lines thinner than a pixel came out a pixel off here and
     * there, even with a margin around the clip.)
     */
    public static void redrawArrows(BufferedImage image, BufferedImage scratch, DiagramRenderer renderer,
                                    PixelGrid grid, java.util.function.Predicate<DiagramLayout.Connector> which,
                                    Rect area) {
        redraw(image, scratch, grid, area, 1, (reached, top, bottom) -> ArrowBands.draw(scratch, grid,
                s -> renderer.renderArrows(s, c -> which.test(c) && c.reaches(reached)), top, bottom));
    }

    /**
     * Makes {@code image}, drawn by {@link #drawCardBodies} for the same grid, show exactly the cards {@code which}
     * accepts, when they differ from those it shows only within {@code area} (a card moved: where it was, and
     * where it is), the way {@link #redrawArrows} does: the cards reaching the area drawn whole onto
     * {@code scratch}, the area's pixels copied over. Redrawing a thousand antialiased cards took 7-10 ms.
     */
    public static void redrawCardBodies(BufferedImage image, BufferedImage scratch, DiagramRenderer renderer,
                                        PixelGrid grid, java.util.function.Predicate<DiagramLayout.NodeBox> which,
                                        Rect area) {
        // Two pixels more: an antialiased border reaches a pixel past its card's edge.
        redraw(image, scratch, grid, area, 2, (reached, top, bottom) ->
                drawCardBodies(scratch, renderer, grid, b -> which.test(b) && b.rect().intersects(reached)));
    }

    /**
     * Redraws the whole pixels covering {@code area} (in diagram units, with a two-pixel margin): clears them on
     * {@code scratch}, has {@code draw} draw there everything reaching them, and copies them into {@code image}.
     */
    private static void redraw(BufferedImage image, BufferedImage scratch, PixelGrid grid, Rect area, int reach,
                               AreaDrawing draw) {
        // Whole pixels covering the area, with a margin: lines thinner than a pixel are widened to one, and card
        // borders antialiased past their edge.
        int x0 = Math.max(0, (int) Math.floor(area.x() * grid.scale()) - grid.x() - 2);
        int y0 = Math.max(0, (int) Math.floor(area.y() * grid.scale()) - grid.y() - 2);
        int x1 = Math.min(image.getWidth(), (int) Math.ceil(area.maxX() * grid.scale()) - grid.x() + 2);
        int y1 = Math.min(image.getHeight(), (int) Math.ceil(area.maxY() * grid.scale()) - grid.y() + 2);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int width = image.getWidth();
        int[] to = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] from = ((java.awt.image.DataBufferInt) scratch.getRaster().getDataBuffer()).getData();
        for (int y = y0; y < y1; y++) {
            java.util.Arrays.fill(from, y * width + x0, y * width + x1, 0);
        }
        // The pixels back in diagram units, widened: everything that can touch them.
        draw.draw(new Rect((x0 + grid.x() - reach) / grid.scale(), (y0 + grid.y() - reach) / grid.scale(),
                (x1 - x0 + 2 * reach) / grid.scale(), (y1 - y0 + 2 * reach) / grid.scale()), y0, y1);
        for (int y = y0; y < y1; y++) {
            System.arraycopy(from, y * width + x0, to, y * width + x0, x1 - x0);
        }
    }

    /** What {@link #redraw} draws on the scratch image. */
    private interface AreaDrawing {
        /**
         * @param reached the pixels redrawn, in diagram units, widened by the reach given: whatever reaches it
         * @param top     the first row redrawn; only rows {@code top} to {@code bottom} (excluded) need be drawn
         */
        void draw(Rect reached, int top, int bottom);
    }

    /** Draws these arrows of the renderer's layout onto {@code image}, as the other {@code drawArrows} does. */
    public static void drawArrows(BufferedImage image, DiagramRenderer renderer, PixelGrid grid,
                                  java.util.List<DiagramLayout.Connector> connectors) {
        ArrowBands.draw(image, grid, s -> renderer.renderArrows(s, connectors), 0, image.getHeight());
    }

    /** Draws the bodies of the cards {@code which} accepts onto {@code image}, antialiased, like {@link #drawArrows}. */
    public static void drawCardBodies(BufferedImage image, DiagramRenderer renderer, PixelGrid grid,
                                      java.util.function.Predicate<DiagramLayout.NodeBox> which) {
        drawOnto(image, grid, true, g -> renderer.renderCardBodies(new Java2dSurface(g), which));
    }

    /** Draws onto {@code image} in diagram units, placed on {@code grid}. */
    static void drawOnto(BufferedImage image, PixelGrid grid, boolean antialias,
                         java.util.function.Consumer<Graphics2D> draw) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    antialias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
            g.translate(-grid.x(), -grid.y());
            g.scale(grid.scale(), grid.scale());
            draw.accept(g);
        } finally {
            g.dispose();
        }
    }

    /** PNG with its resolution recorded (pHYs), so print tools place a 300 dpi export at the right size. */
    private static byte[] encode(BufferedImage image, double dpi) {
        try {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
            ImageWriter writer = writers.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            try {
                meta.mergeTree("javax_imageio_png_1.0", root);
            } catch (IIOInvalidTreeException e) {
                // resolution is a nicety; the image is still right without it
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, meta), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
