package org.portolan.ui.canvas;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Two images over int buffers in the pixel format the software renderer keeps its textures in, used in turn:
 * showing a picture is one array copy, with no conversion on either thread (an image made by
 * {@code SwingFXUtils} is converted to bytes on the FX thread and back to ints on the renderer's). Two, so
 * that a new picture goes into the buffer the frame being painted does not show; only a second picture
 * between two frames comes back to that buffer, which then holds the newest one anyway.
 */
final class FrameBuffers {

    private final PixelBuffer<IntBuffer>[] buffers = newBuffers();
    private final WritableImage[] images = new WritableImage[2];
    private int next;

    @SuppressWarnings("unchecked")
    private static PixelBuffer<IntBuffer>[] newBuffers() {
        return new PixelBuffer[2];
    }

    /** An image showing {@code picture} (premultiplied ARGB ints); call on the FX thread. */
    Image show(BufferedImage picture) {
        if (picture.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("premultiplied ARGB expected, was type " + picture.getType());
        }
        int w = picture.getWidth();
        int h = picture.getHeight();
        int i = next;
        next = 1 - next;
        PixelBuffer<IntBuffer> buffer = buffers[i];
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            buffer = new PixelBuffer<>(w, h, IntBuffer.allocate(w * h), PixelFormat.getIntArgbPreInstance());
            buffers[i] = buffer;
            images[i] = new WritableImage(buffer);
        }
        int[] from = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        buffer.updateBuffer(b -> { // as the API asks: changed within the callback, here all of it
            System.arraycopy(from, 0, b.getBuffer().array(), 0, w * h);
            return null;
        });
        return images[i];
    }
}
