package org.portolan.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.portolan.render.DrawingSurface;
import org.portolan.layout.Icons;
import org.portolan.layout.Rect;
import org.portolan.layout.Vec;

/**
 * A page's content stream in the diagram's convention: y grows downwards from the top-left corner.
 * Text gets its own flipped matrix so glyphs stay upright.
 */
final class PdfCanvas implements DrawingSurface {

    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    /** The graphics state already written, so that each operator is only repeated when it changes. */
    private Object font;
    private float fontSize = -1;
    private String fill;
    private String strokeColor;
    private float lineWidth = -1;
    private boolean dashed = true;
    private static final java.util.Map<String, Color> COLORS = new java.util.concurrent.ConcurrentHashMap<>();

    PdfCanvas(PDPageContentStream cs, PdfFonts fonts, float pageHeight) {
        this.cs = cs;
        this.fonts = fonts;
        io(() -> {
            cs.transform(new Matrix(1, 0, 0, -1, 0, pageHeight));
            cs.setLineJoinStyle(1); // round joins and caps suit both arrows and icons
            cs.setLineCapStyle(1);
        });
    }

    PDPageContentStream stream() {
        return cs;
    }

    @Override
    public void rect(Rect r, double radius, String fill, String stroke, double strokeWidth) {
        io(() -> {
            if (fill != null) {
                roundRect(r, radius);
                fill(fill);
                cs.fill();
            }
            if (stroke != null) {
                roundRect(r, radius);
                stroke(stroke, (float) strokeWidth, null);
                cs.stroke();
            }
        });
    }

    private void roundRect(Rect r, double radius) throws IOException {
        float x = (float) r.x();
        float y = (float) r.y();
        float w = (float) r.width();
        float h = (float) r.height();
        float k = (float) Math.min(radius, Math.min(w, h) / 2);
        if (k <= 0) {
            cs.addRect(x, y, w, h);
            return;
        }
        float c = k * (1 - KAPPA);
        cs.moveTo(x + k, y);
        cs.lineTo(x + w - k, y);
        cs.curveTo(x + w - c, y, x + w, y + c, x + w, y + k);
        cs.lineTo(x + w, y + h - k);
        cs.curveTo(x + w, y + h - c, x + w - c, y + h, x + w - k, y + h);
        cs.lineTo(x + k, y + h);
        cs.curveTo(x + c, y + h, x, y + h - c, x, y + h - k);
        cs.lineTo(x, y + k);
        cs.curveTo(x, y + c, x + c, y, x + k, y);
        cs.closePath();
    }

    @Override
    public void polyline(List<Vec> points, String c, double width, List<Double> dashes) {
        io(() -> {
            cs.moveTo((float) points.get(0).x(), (float) points.get(0).y());
            for (int i = 1; i < points.size(); i++) {
                cs.lineTo((float) points.get(i).x(), (float) points.get(i).y());
            }
            stroke(c, (float) width, dashes);
            cs.stroke();
        });
    }

    void line(double x1, double y1, double x2, double y2, String c, double width) {
        polyline(List.of(new Vec(x1, y1), new Vec(x2, y2)), c, width, List.of());
    }

    @Override
    public void polygon(List<Vec> points, String fill) {
        io(() -> {
            cs.moveTo((float) points.get(0).x(), (float) points.get(0).y());
            for (int i = 1; i < points.size(); i++) {
                cs.lineTo((float) points.get(i).x(), (float) points.get(i).y());
            }
            cs.closePath();
            fill(fill);
            cs.fill();
        });
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String c) {
        String shown = fonts.printable(text);
        if (shown.isEmpty()) {
            return;
        }
        io(() -> {
            fill(c);
            cs.beginText();
            if (font != fonts.font(bold) || fontSize != (float) size) {
                font = fonts.font(bold);
                fontSize = (float) size;
                cs.setFont(fonts.font(bold), fontSize);
            }
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) y));
            cs.showText(shown);
            cs.endText();
        });
    }

    @Override
    public void icon(String pathData, Rect box, String c, double strokeWidth) {
        io(() -> {
            PdfPaths.replay(pathData, box, cs);
            stroke(c, (float) (strokeWidth * box.width() / Icons.GRID), null);
            cs.stroke();
        });
    }

    private void fill(String c) throws IOException {
        if (!c.equals(fill)) {
            fill = c;
            cs.setNonStrokingColor(color(c));
        }
    }

    /** Sets colour, width and dashes (null or empty: solid) of the next stroke. */
    private void stroke(String c, float width, List<Double> dashes) throws IOException {
        if (!c.equals(strokeColor)) {
            strokeColor = c;
            cs.setStrokingColor(color(c));
        }
        if (width != lineWidth) {
            lineWidth = width;
            cs.setLineWidth(width);
        }
        boolean wantDashes = dashes != null && !dashes.isEmpty();
        if (wantDashes) {
            float[] pattern = new float[dashes.size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = dashes.get(i).floatValue();
            }
            cs.setLineDashPattern(pattern, 0);
        } else if (dashed) {
            cs.setLineDashPattern(new float[0], 0);
        }
        dashed = wantDashes;
    }

    static Color color(String hex) {
        return COLORS.computeIfAbsent(hex, h -> new Color(Integer.parseInt(h.substring(1), 16)));
    }

    interface IoAction {
        void run() throws IOException;
    }

    static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
