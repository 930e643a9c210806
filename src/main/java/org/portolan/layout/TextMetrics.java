package org.portolan.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text widths of the bundled NanumGothic font, which every painter (window, SVG, PNG, PDF) uses, so that
 * the layout reserves exactly the room the text takes. Plain AWT font metrics: no toolkit, works headless.
 */
public final class TextMetrics {

    public static final String FONT_RESOURCE = "/assets/fonts/NanumGothic.ttf";
    public static final String BOLD_FONT_RESOURCE = "/assets/fonts/NanumGothicBold.ttf";
    public static final String FONT_FAMILY = "NanumGothic";

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font REGULAR = load(FONT_RESOURCE);
    private static final Font BOLD = load(BOLD_FONT_RESOURCE);
    private static final ConcurrentHashMap<String, Double> CACHE = new ConcurrentHashMap<>();

    private TextMetrics() {
    }

    private static Font load(String resource) {
        try (InputStream in = TextMetrics.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }

    public static double width(String text, double size, boolean bold) {
        if (CACHE.size() > 20_000) {
            CACHE.clear(); // renames and edits keep adding strings; keep memory bounded
        }
        String key = (bold ? "b" : "r") + size + '\u0000' + text;
        return CACHE.computeIfAbsent(key, k -> (bold ? BOLD : REGULAR).deriveFont((float) size)
                .getStringBounds(text, CONTEXT).getWidth());
    }

    /** The bundled font as an AWT font, for painters that draw with Java2D. */
    public static Font awtFont(double size, boolean bold) {
        return (bold ? BOLD : REGULAR).deriveFont((float) size);
    }

    /** The text, shortened with an ellipsis so that it fits in {@code maxWidth}. */
    public static String fit(String text, double size, boolean bold, double maxWidth) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width(text.substring(0, end) + "…", size, bold) > maxWidth) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
