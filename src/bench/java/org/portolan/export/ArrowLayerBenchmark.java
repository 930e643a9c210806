package org.portolan.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.portolan.analysis.DiagramState;
import org.portolan.layout.Rect;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * The designer's overview arrows layer of a 1,000-node diagram (66,000 arrows) drawn whole, as after an edit that
 * moves a card nobody selected: by Java2D one arrow at a time (as before {@link PixelArrows}) and by stepping
 * through the pixels; and the part of it the Internet Send connector's arrows reach, redrawn when it is turned off.
 * Scale 0.11 is the whole diagram in a 1920×1080 window; 0.27 is zoomed in two and a half times.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=ArrowLayerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ArrowLayerBenchmark {

    @Param({"0.11", "0.27"})
    double scale;

    DiagramRenderer renderer;
    PixelGrid grid;
    BufferedImage image;
    /** The Internet Send connector turned off: the four arrows that change, and the layer to redraw them in. */
    DiagramRenderer withoutSend;
    Rect sendChanged;
    BufferedImage scratch;

    @Setup
    public void draw() {
        Topology topology = GeneratedTopology.of(1000);
        DiagramState state = DiagramState.of(topology);
        var layout = state.layout();
        renderer = new DiagramRenderer(layout);
        grid = PixelGrid.covering(layout.bounds(), scale);
        image = PngExporter.blank(grid);
        var off = DiagramState.after(topology.withOptions(topology.options().withInternetSendConnector(false)), state)
                .layout();
        withoutSend = new DiagramRenderer(off);
        sendChanged = ChangedArrows.area(layout.connectors(), c -> true, off.connectors(), c -> true, 5_000);
        scratch = PngExporter.blank(grid);
        PngExporter.drawArrows(image, renderer, grid, c -> true);
    }

    @Benchmark
    public BufferedImage java2d() {
        Graphics2D g = image.createGraphics();
        g.translate(-grid.x(), -grid.y());
        g.scale(grid.scale(), grid.scale());
        renderer.renderArrows(new Java2dSurface(g, true), c -> true);
        g.dispose();
        return image;
    }

    /** The part of the layer the Send connector's arrows reach, redrawn without them (the edit's partial redraw). */
    @Benchmark
    public BufferedImage redrawSendConnector() {
        PngExporter.redrawArrows(image, scratch, withoutSend, grid, c -> true, sendChanged);
        return image;
    }

    @Benchmark
    public BufferedImage pixels() {
        PngExporter.drawArrows(image, renderer, grid, c -> true);
        return image;
    }
}
