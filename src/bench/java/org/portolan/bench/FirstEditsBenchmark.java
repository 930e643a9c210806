package org.portolan.bench;

import java.util.Map;
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
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Node;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * The derivation ({@link DiagramState#after}) of the first edits after a 1,000-node diagram opens, one edit per
 * measurement, as a user makes them: nothing is warmed up, and the heap is the JVM's default, not touched in
 * advance. The JIT compiling the edit path and the first touch of the heap's pages as the collector grows it
 * both show here, and neither shows in {@link LayoutBenchmark}, which warms up on a pre-touched heap.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="FirstEditsBenchmark"}; to see what the first
 * touch of the heap costs, append {@code -jvmArgsAppend "-XX:+AlwaysPreTouch -Xms4g"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 200)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class FirstEditsBenchmark {

    @Param({"imap", "move"})
    String edit;

    private Topology[] topologies;
    private DiagramState state;
    private int edits;

    @Setup
    public void open() {
        Topology generated = GeneratedTopology.of(1000);
        Topology pinned = TopologyEdits.pin(generated, DiagramLayouter.layout(generated,
                org.portolan.flow.FlowEngine.flows(generated)));
        Node edge = pinned.nodes().get(3);
        Topology other = edit.equals("imap")
                ? pinned.withOptions(pinned.options().withImap4(!pinned.options().imap4()))
                : TopologyEdits.moveNodes(pinned, Map.of(edge.id(), new Point(edge.position().x(),
                        edge.position().y() + 2 * DiagramLayouter.NODE_HEIGHT)), DiagramLayouter.NODE_WIDTH,
                        DiagramLayouter.NODE_HEIGHT);
        topologies = new Topology[] {other, pinned};
        state = DiagramState.of(pinned);
    }

    @Benchmark
    public DiagramState derive() {
        state = DiagramState.after(topologies[edits++ & 1], state);
        return state;
    }
}
