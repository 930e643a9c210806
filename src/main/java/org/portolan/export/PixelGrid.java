package org.portolan.export;

import org.portolan.layout.Rect;

/**
 * Whole pixels at {@code scale} pixels per diagram unit: the image's top-left pixel is pixel ({@code x},
 * {@code y}) of the diagram drawn at that scale with its origin at pixel (0, 0). An image on such a grid can
 * be shown pixel for pixel, at a whole-pixel position.
 */
public record PixelGrid(int x, int y, int width, int height, double scale) {

    public PixelGrid {
        if (width < 1 || height < 1 || !(scale > 0)) {
            throw new IllegalArgumentException("a grid needs a size and a scale: " + width + "x" + height + " at " + scale);
        }
    }

    /** The smallest grid covering {@code area}. */
    public static PixelGrid covering(Rect area, double scale) {
        int x = (int) Math.floor(area.x() * scale);
        int y = (int) Math.floor(area.y() * scale);
        int maxX = (int) Math.ceil(area.maxX() * scale);
        int maxY = (int) Math.ceil(area.maxY() * scale);
        return new PixelGrid(x, y, Math.max(1, maxX - x), Math.max(1, maxY - y), scale);
    }
}
