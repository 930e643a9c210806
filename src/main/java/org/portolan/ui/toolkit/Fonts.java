package org.portolan.ui.toolkit;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.portolan.layout.TextMetrics;

/** Loads the bundled NanumGothic so Hangul renders on machines that have no Korean font. */
public final class Fonts {

    private static String family;

    private Fonts() {
    }

    public static synchronized String family() {
        if (family == null) {
            family = load(TextMetrics.FONT_RESOURCE);
            load(TextMetrics.BOLD_FONT_RESOURCE);
        }
        return family;
    }

    private static String load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            Font font = in == null ? null : Font.loadFont(in, 12);
            return font == null ? Font.getDefault().getFamily() : font.getFamily();
        } catch (IOException e) {
            return Font.getDefault().getFamily();
        }
    }

    public static Font regular(double size) {
        return Font.font(family(), FontWeight.NORMAL, size);
    }

    public static Font bold(double size) {
        return Font.font(family(), FontWeight.BOLD, size);
    }
}
