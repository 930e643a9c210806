package org.portolan.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramStyle;

/**
 * Draws an overview's arrows on several processors at once when every line is thinner than a pixel: the arrows
 * are cut into runs of consecutive ones, one run per processor; the first run is drawn onto the image, each other
 * onto a transparent layer of its own, and the layers are then put over the image in order, wherever they
 * painted. Thin arrows are opaque and unantialiased, so a pixel still gets the colour of the last arrow crossing
 * it: the image is exactly the one drawn in one go. Moving a card nobody selected draws all 66,000 arrows of a
 * 1,000-node diagram again, on the edit's thread: 15 ms on two processors, against 27 ms in one go and 17.5 ms in
 * two bands of rows, which each read every arrow that crosses both ({@code ArrowLayerBenchmark}). A large image
 * (zoomed in) is drawn in such bands instead, each band stepping only the part of each line in its rows
 * ({@link PixelArrows}): there two more images to write and stack cost more than the arrows read twice.
 */
final class ArrowRuns {

    /** Runs of fewer arrows than this are not worth a thread's hand-over. */
    private static final int MIN_ARROWS = 2_000;
    /** Bands of fewer rows than this are not worth a thread's hand-over. */
    private static final int MIN_ROWS = 64;
    /**
     * Images of more pixels than this are drawn in bands. ArrowLayerBenchmark.pixels, runs against bands: 15.0
     * against 17.5 ms at 0.11 (0.5 million pixels), 25.8 against 27.1 ms at 0.2 (1.7 million), 36.9 against
     * 35.5 ms and worse at 0.27 (3.1 million).
     */
    private static final long RUNS_MOST_PIXELS = 2_000_000;
    private static final int RUNS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final double WIDEST_LINE = Arrays.stream(TrafficClass.values())
            .mapToDouble(c -> DiagramStyle.line(c).width()).max().orElseThrow();

    /** The other runs' drawers; the calling thread draws the first run itself. */
    private static final ExecutorService HELPERS = RUNS == 1 ? null : Executors.newFixedThreadPool(RUNS - 1, r -> {
        Thread t = new Thread(r, "portolan-arrow-run");
        t.setDaemon(true);
        return t;
    });

    /**
     * Layers for runs, kept from one drawing to the next (2 MB each in a full-screen window); a layer is taken
     * by one drawing until it is put over the image, since two drawings (an edit's and a selection's, drawn in the
     * background) may share the helpers.
     */
    private static final java.util.concurrent.ConcurrentLinkedDeque<BufferedImage> FREE_LAYERS =
            new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** Layers kept at most: one per run of two drawings at once. */
    private static final int LAYERS_KEPT = 2 * (RUNS - 1);

    private ArrowRuns() {
    }

    /** {@code count} arrows in their order, which {@link #draw} has {@code run} draw a run at a time. */
    record Arrows(int count, Run run) {
    }

    /** Draws arrows {@code from} to {@code to} (excluded), in their order, on {@code surface}. */
    @FunctionalInterface
    interface Run {
        void draw(DrawingSurface surface, int from, int to);
    }

    /**
     * Has {@code arrows} draw on rows {@code top} to {@code bottom} (excluded) of {@code image}, placed on
     * {@code grid}, through {@link PixelArrows}: in runs (or, on a large image, bands) when every line is thin
     * there, else in one go on the whole image. {@code arrows} is then called on several threads at once, each with
     * its own surface.
     */
    static void draw(BufferedImage image, PixelGrid grid, Arrows arrows, int top, int bottom) {
        int count = arrows.count();
        if (!PixelArrows.thin(WIDEST_LINE, grid)) {
            PngExporter.drawOnto(image, grid, false, g -> arrows.run().draw(new PixelArrows(image, grid, g), 0, count));
            return;
        }
        // A large image (zoomed in) is cut into bands of rows instead: two layers of it and the stacking cost more
        // than each band reading the arrows that cross it.
        boolean inRuns = (long) image.getWidth() * (bottom - top) <= RUNS_MOST_PIXELS;
        int runs = Math.max(1, Math.min(RUNS, inRuns ? count / MIN_ARROWS : (bottom - top) / MIN_ROWS));
        List<FutureTask<BufferedImage>> others = new ArrayList<>();
        for (int r = 1; r < runs; r++) {
            int from = count * r / runs;
            int to = count * (r + 1) / runs;
            int bandTop = top + (bottom - top) * r / runs;
            int bandBottom = top + (bottom - top) * (r + 1) / runs;
            FutureTask<BufferedImage> task = new FutureTask<>(inRuns ? () -> {
                BufferedImage layer = layer(image, top, bottom);
                run(layer, grid, arrows, from, to, top, bottom);
                return layer;
            } : () -> {
                run(image, grid, arrows, 0, count, bandTop, bandBottom);
                return null;
            });
            others.add(task);
            HELPERS.execute(task);
        }
        RuntimeException failure = null;
        try {
            if (inRuns) {
                run(image, grid, arrows, 0, count / runs, top, bottom);
            } else {
                run(image, grid, arrows, 0, count, top, top + (bottom - top) / runs);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        List<BufferedImage> layers = new ArrayList<>();
        failure = awaitAll(others, layers, failure);
        if (failure != null) {
            throw failure;
        }
        for (BufferedImage layer : layers) {
            over(image, layer, top, bottom);
        }
        for (BufferedImage layer : layers) {
            if (FREE_LAYERS.size() < LAYERS_KEPT) {
                FREE_LAYERS.push(layer);
            }
        }
    }

    /**
     * Waits for every run, drawing those no helper has started (a busy helper never holds the edit up), even
     * after a failure: none may go on writing into a layer that is reused. Collects the layers drawn, in order,
     * and returns the first failure.
     */
    private static RuntimeException awaitAll(List<FutureTask<BufferedImage>> runs, List<BufferedImage> layers,
                                             RuntimeException failure) {
        boolean interrupted = false;
        for (FutureTask<BufferedImage> task : runs) {
            task.run(); // does nothing when a helper has started it
            while (true) {
                try {
                    BufferedImage layer = task.get();
                    if (layer != null) {
                        layers.add(layer);
                    }
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

    private static void run(BufferedImage image, PixelGrid grid, Arrows arrows, int from, int to, int top,
                            int bottom) {
        PngExporter.drawOnto(image, grid, false,
                g -> arrows.run().draw(new PixelArrows(image, grid, g, top, bottom), from, to));
    }

    /**
     * A layer the size of {@code image}, transparent on rows {@code top} to {@code bottom}, this drawing's until
     * {@link #draw} gives it back. A kept one of another size (the zoom changed) is dropped.
     */
    private static BufferedImage layer(BufferedImage image, int top, int bottom) {
        BufferedImage layer;
        while ((layer = FREE_LAYERS.poll()) != null) {
            if (layer.getWidth() == image.getWidth() && layer.getHeight() == image.getHeight()) {
                Arrays.fill(pixels(layer), top * layer.getWidth(), bottom * layer.getWidth(), 0);
                return layer;
            }
        }
        return new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
    }

    /** Puts the pixels {@code layer} painted on rows {@code top} to {@code bottom} over {@code image}. */
    private static void over(BufferedImage image, BufferedImage layer, int top, int bottom) {
        int[] to = pixels(image);
        int[] from = pixels(layer);
        for (int i = top * image.getWidth(); i < bottom * image.getWidth(); i++) {
            int argb = from[i];
            if (argb != 0) {
                to[i] = argb;
            }
        }
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
