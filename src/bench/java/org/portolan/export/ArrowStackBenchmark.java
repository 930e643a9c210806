package org.portolan.export;

import java.awt.image.BufferedImage;
import java.util.List;
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
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * The overview arrows layer of a 1,000-node diagram (66,708 arrows) changed through its {@link ArrowStack} as the
 * designer's benchmark edits it: the second Edge moved into another zone and back, 462 arrows gone and 462 new
 * each time ({@code update}, one move per call); and the stack made, as the window does in the background after
 * drawing the layer whole ({@code build}). Compare {@code ArrowLayerBenchmark.pixels}, the layer drawn whole.
 * Scale 0.11 is the whole diagram in a 1920×1080 window; 0.27 is zoomed in two and a half times.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=ArrowStackBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ArrowStackBenchmark {

    @Param({"0.11", "0.27"})
    double scale;

    PixelGrid grid;
    BufferedImage image;
    ArrowStack stack;
    /** The arrows before the move, and after it: the move there and back, one after the other. */
    List<List<Connector>> moves;
    List<Connector> start;
    int next;

    @Setup
    public void draw() {
        Topology t = GeneratedTopology.of(1000);
        DiagramState home = DiagramState.of(TopologyEdits.pin(t, DiagramState.of(t).layout()));
        Node edge = home.topology().nodesByKind().get(NodeKind.EDGE).get(1);
        DiagramState there = DiagramState.after(ZoneMoves.intoAnotherZone(home, edge), home);
        DiagramState back = DiagramState.after(home.topology(), there);
        start = home.layout().connectors();
        moves = List.of(there.layout().connectors(), back.layout().connectors());
        grid = PixelGrid.covering(home.layout().bounds(), scale);
        image = PngExporter.blank(grid);
        PngExporter.drawArrows(image, new DiagramRenderer(home.layout()), grid, c -> true);
        stack = ArrowStack.of(grid, start, c -> true, () -> false);
    }

    @Benchmark
    public BufferedImage update() {
        if (!stack.update(image, grid, moves.get(next), c -> true, 5_000)) {
            throw new IllegalStateException("the stack did not follow the move");
        }
        next = 1 - next;
        return image;
    }

    @Benchmark
    public ArrowStack build() {
        return ArrowStack.of(grid, start, c -> true, () -> false);
    }
}
