package org.portolan.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** The pixels of the exporter's int-backed images, as the tests compare them. */
final class ImagePixels {

    private ImagePixels() {
    }

    /** The image's own pixel array, not a copy. */
    static int[] of(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** How many pixels are not fully transparent. */
    static int painted(int[] px) {
        int n = 0;
        for (int p : px) {
            n += p == 0 ? 0 : 1;
        }
        return n;
    }
}
