package org.portolan.render;

import java.util.List;
import java.util.Locale;
import org.portolan.layout.Rect;
import org.portolan.layout.TextMetrics;
import org.portolan.layout.Vec;

/** Writes SVG elements; text stays text (searchable, selectable) and every string is XML-escaped. */
public final class SvgSurface implements DrawingSurface {

    public static final String FONT_FAMILY = "'" + TextMetrics.FONT_FAMILY + "', 'Nanum Gothic', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif";

    private final StringBuilder out;
    /** Code points drawn in each weight: the embedded font subsets need exactly these. */
    private final java.util.Set<Integer> regularCodePoints = new java.util.TreeSet<>();
    private final java.util.Set<Integer> boldCodePoints = new java.util.TreeSet<>();

    public SvgSurface(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void rect(Rect r, double radius, String fill, String stroke, double strokeWidth) {
        out.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                .append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height()))
                .append("\" rx=\"").append(n(radius)).append("\" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
        }
        out.append("/>\n");
    }

    @Override
    public void polyline(List<Vec> points, String color, double width, List<Double> dashes) {
        out.append("<polyline points=\"");
        points(points);
        out.append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"").append(n(width))
                .append("\" stroke-linejoin=\"round\"");
        if (!dashes.isEmpty()) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.size(); i++) {
                out.append(i == 0 ? "" : " ").append(n(dashes.get(i)));
            }
            out.append('"');
        }
        out.append("/>\n");
    }

    @Override
    public void polygon(List<Vec> points, String fill) {
        out.append("<polygon points=\"");
        points(points);
        out.append("\" fill=\"").append(fill).append("\"/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String color) {
        String shown = escape(text);
        if (shown.isEmpty()) {
            return;
        }
        text.codePoints().forEach((bold ? boldCodePoints : regularCodePoints)::add);
        // textLength keeps the text inside the width Portolan measured, even where a viewer substitutes a font.
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" textLength=\"").append(n(TextMetrics.width(text, size, bold)))
                .append("\" lengthAdjust=\"spacingAndGlyphs\"");
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append(" fill=\"").append(color).append("\">").append(shown).append("</text>\n");
    }

    @Override
    public void text(String shown, String whole, double x, double y, double size, boolean bold, String color) {
        if (whole.equals(shown)) {
            text(shown, x, y, size, bold, color);
            return;
        }
        // The group's <title> holds the whole name: viewers show it on hover, and search and copy find it.
        out.append("<g><title>").append(escape(whole)).append("</title>\n");
        text(shown, x, y, size, bold, color);
        out.append("</g>\n");
    }

    @Override
    public void icon(String pathData, Rect box, String color, double strokeWidth) {
        double k = box.width() / org.portolan.layout.Icons.GRID;
        out.append("<path transform=\"translate(").append(n(box.x())).append(' ').append(n(box.y()))
                .append(") scale(").append(n(k)).append(")\" d=\"").append(pathData)
                .append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"").append(n(strokeWidth))
                .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
    }

    /** The code points of the regular text drawn, for the font subset an SVG embeds. */
    public java.util.Set<Integer> regularCodePoints() {
        return java.util.Collections.unmodifiableSet(regularCodePoints);
    }

    /** The code points of the bold text drawn. */
    public java.util.Set<Integer> boldCodePoints() {
        return java.util.Collections.unmodifiableSet(boldCodePoints);
    }

    private void points(List<Vec> points) {
        for (int i = 0; i < points.size(); i++) {
            out.append(i == 0 ? "" : " ").append(n(points.get(i).x())).append(',').append(n(points.get(i).y()));
        }
    }

    /** Two decimals at most, no trailing zeros: stable output for golden files and small files. */
    public static String n(double v) {
        double rounded = Math.round(v * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        String s = String.format(Locale.ROOT, "%.2f", rounded);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /** Escapes for text and attribute content; drops characters XML 1.0 cannot hold. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }
}
