package org.portolan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.portolan.layout.TextMetrics;

/** Web-font subsets of the bundled font, so an SVG carries only the glyphs it shows. */
final class FontSubsets {

    /** What a browser needs to draw the glyphs; the font's bitmaps and kerning tables would be copied whole. */
    private static final java.util.List<String> WEB_FONT_TABLES = java.util.List.of("head", "hhea", "loca", "maxp",
            "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "OS/2", "name", "post");
    private static final byte[] REGULAR = read(TextMetrics.FONT_RESOURCE);
    private static final byte[] BOLD = read(TextMetrics.BOLD_FONT_RESOURCE);

    private FontSubsets() {
    }

    /** An {@code @font-face} rule with the subset as a data URL; empty when no text uses the weight. */
    static String fontFace(String resource, String weight, Set<Integer> codePoints) {
        if (codePoints.isEmpty()) {
            return "";
        }
        byte[] font = resource.equals(TextMetrics.BOLD_FONT_RESOURCE) ? BOLD : REGULAR;
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, WEB_FONT_TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return "@font-face { font-family: '" + TextMetrics.FONT_FAMILY + "'; font-weight: " + weight
                    + "; src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(out.toByteArray())
                    + ") format('truetype'); }\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontSubsets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
