package org.portolan.export;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Draws an overview's arrows in horizontal bands of the image at once, one band per processor, when every
 * line is thinner than a pixel: each band steps only the part of each line within its rows, so the image is
 * exactly the one drawn in one go (a pixel still gets the colour of the last arrow crossing it). Moving a card
 * nobody selected draws all 66,000 arrows of a 1,000-node diagram again, on the edit's thread: 17-19 ms on two
 * processors instead of 29 in one band ({@code ArrowLayerBenchmark}). A partial redraw draws only its rows.
 */
final class ArrowBands {

    /** Bands of fewer rows than this are not worth a thread's hand-over. */
    private static final int MIN_ROWS = 64;
    private static final int BANDS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** The other bands' drawers; the calling thread draws the first band itself. */
    private static final ExecutorService HELPERS = BANDS == 1 ? null : Executors.newFixedThreadPool(BANDS - 1, r -> {
        Thread t = new Thread(r, "portolan-arrow-band");
        t.setDaemon(true);
        return t;
    });

    private ArrowBands() {
    }

    /**
     * Has {@code arrows} draw on rows {@code top} to {@code bottom} (excluded) of {@code image}, placed on
     * {@code grid}, through {@link PixelArrows}: in bands when every line is thin there, else in one go on the
     * whole image. {@code arrows} is then called on several threads at once, each with its own surface.
     */
    static void draw(BufferedImage image, PixelGrid grid, Consumer<DrawingSurface> arrows, int top, int bottom) {
        if (!PixelArrows.allThin(grid)) {
            band(image, grid, arrows, 0, image.getHeight());
            return;
        }
        int rows = bottom - top;
        int bands = Math.max(1, Math.min(BANDS, rows / MIN_ROWS));
        List<FutureTask<Void>> others = new ArrayList<>();
        for (int b = 1; b < bands; b++) {
            int from = top + rows * b / bands;
            int to = top + rows * (b + 1) / bands;
            FutureTask<Void> task = new FutureTask<>(() -> band(image, grid, arrows, from, to), null);
            others.add(task);
            HELPERS.execute(task);
        }
        RuntimeException failure = null;
        try {
            band(image, grid, arrows, top, top + rows / bands);
        } catch (RuntimeException e) {
            failure = e;
        }
        failure = awaitAll(others, failure);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Waits for every band, drawing those no helper has started (a busy helper never holds the edit up), even
     * after a failure: none may go on writing into an image that is reused. Returns the first failure.
     */
    private static RuntimeException awaitAll(List<FutureTask<Void>> bands, RuntimeException failure) {
        boolean interrupted = false;
        for (FutureTask<Void> task : bands) {
            task.run(); // does nothing when a helper has started it
            while (true) {
                try {
                    task.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (failure == null) {
                        Throwable cause = e.getCause();
                        failure = cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return failure;
    }

    private static void band(BufferedImage image, PixelGrid grid, Consumer<DrawingSurface> arrows, int top,
                             int bottom) {
        PngExporter.drawOnto(image, grid, false, g -> arrows.accept(new PixelArrows(image, grid, g, top, bottom)));
    }
}
