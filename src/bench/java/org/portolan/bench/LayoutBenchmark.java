package org.portolan.bench;

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
import org.portolan.analysis.Analysis;
import org.portolan.rules.Flow;
import org.portolan.rules.FlowEngine;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayouter;
import java.util.Map;
import org.portolan.edit.TopologyEdits;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * The diagram layout of generated organisations, the step after the flows on every edit in the designer.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=LayoutBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// Heap pages touched up front: G1 grows the young generation to gigabytes here, and until it has been
// through it once, every edit's allocations first fault the pages in (three times slower for a while).
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class LayoutBenchmark {

    @Param({"10", "150", "1000"})
    int nodes;

    Topology topology;
    List<Flow> flows;

    @Setup
    public void generate() {
        topology = GeneratedTopology.of(nodes);
        flows = FlowEngine.flows(topology);
        prepareEdits(); // JMH runs @Setup methods in no set order: this one needs the topology
    }

    /** The designer's case: the fourth node dragged into another zone and back. */
    Topology[] moved = new Topology[2];
    int edits;

    private void prepareEdits() {
        Topology pinned = TopologyEdits.pin(topology, DiagramLayouter.layout(topology, flows));
        var node = pinned.nodes().get(3);
        DiagramLayout l = DiagramLayouter.layout(pinned, flows);
        var home = l.zones().stream().filter(z -> z.zone().id().equals(node.zoneId())).findFirst().orElseThrow().rect();
        var away = l.zones().stream().filter(z -> !z.zone().id().equals(node.zoneId())).findFirst().orElseThrow().rect();
        moved[0] = TopologyEdits.moveNodes(pinned, Map.of(node.id(), new Point(away.x() + 40, away.y() + 84)),
                DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT);
        moved[1] = TopologyEdits.moveNodes(pinned, Map.of(node.id(), new Point(home.x() + 40, home.y() + 84)),
                DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT);
    }

    @Benchmark
    public DiagramLayout layout() {
        return DiagramLayouter.layout(topology, flows);
    }

    /** What the designer derives after each edit, from scratch: flows, findings and layout. */
    @Benchmark
    public DiagramLayout analysisAndLayoutAfterMove() {
        Topology t = moved[edits++ & 1];
        return DiagramLayouter.layout(t, Analysis.of(t).flows());
    }
}
