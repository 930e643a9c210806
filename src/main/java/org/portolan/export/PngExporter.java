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
import org.portolan.layout.Rect;
import org.portolan.render.DiagramRenderer;
import org.portolan.render.Java2dSurface;

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
