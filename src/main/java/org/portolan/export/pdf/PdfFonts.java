package org.portolan.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.portolan.layout.TextMetrics;

/** The bundled NanumGothic, embedded as subsets, with cached widths and a guard for missing glyphs. */
final class PdfFonts {

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<String, Float> widths = new HashMap<>();
    /** Per BMP character: 0 not yet checked, 1 the fonts show it, 2 they do not. */
    private final byte[] bmp = new byte[0x10000];
    private final Map<Integer, Boolean> beyondBmp = new HashMap<>();

    PdfFonts(PDDocument doc) {
        this.regular = load(doc, TextMetrics.FONT_RESOURCE);
        this.bold = load(doc, TextMetrics.BOLD_FONT_RESOURCE);
    }

    private static PDType0Font load(PDDocument doc, String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** Width in points. */
    float width(String text, float size, boolean isBold) {
        String key = (isBold ? "b" : "r") + text;
        Float units = widths.get(key);
        if (units == null) {
            try {
                units = font(isBold).getStringWidth(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            widths.put(key, units);
        }
        return units / 1000f * size;
    }

    /** The text with characters the font cannot show (emoji, controls) replaced, so writing never fails. */
    String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = showable(cp);
            if (!ok && sb == null) {
                sb = new StringBuilder(text.substring(0, i));
            }
            if (sb != null) {
                if (ok) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(Character.isWhitespace(cp) || Character.isISOControl(cp) ? " " : "?");
                }
            }
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    private boolean showable(int cp) {
        if (cp >= 0x20 && cp < 0x7f) {
            return true; // NanumGothic covers printable ASCII
        }
        if (cp < 0x10000) {
            if (bmp[cp] == 0) {
                bmp[cp] = (byte) (canShow(cp) ? 1 : 2);
            }
            return bmp[cp] == 1;
        }
        return beyondBmp.computeIfAbsent(cp, this::canShow);
    }

    private boolean canShow(int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        try {
            String s = new String(Character.toChars(cp));
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
