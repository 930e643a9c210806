package org.portolan.render;

import java.util.List;
import org.portolan.layout.Rect;
import org.portolan.layout.Vec;

/**
 * What an exporter must be able to draw. Coordinates are diagram units, y downwards; colours are
 * "#rrggbb". {@link DiagramRenderer} is the only caller, so every format draws the same picture.
 */
public interface DrawingSurface {

    /** A rectangle with rounded corners; fill or stroke may be null. */
    void rect(Rect r, double radius, String fill, String stroke, double strokeWidth);

    void polyline(List<Vec> points, String color, double width, List<Double> dashes);

    void polygon(List<Vec> points, String fill);

    /** Text with its baseline starting at (x, y), in the bundled NanumGothic. */
    void text(String text, double x, double y, double size, boolean bold, String color);

    /**
     * Text shortened to fit ({@code shown}, ending in "…") whose whole form {@code whole} a format that can keep
     * it does (SVG: a {@code <title>}, which viewers show on hover and search finds).
     */
    default void text(String shown, String whole, double x, double y, double size, boolean bold, String color) {
        text(shown, x, y, size, bold, color);
    }

    /** An icon from assets/icons (32×32 path data of M, L, C and Z), stroked, scaled into {@code box}. */
    void icon(String pathData, Rect box, String color, double strokeWidth);
}
