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
import org.portolan.analysis.DiagramState;
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

    @Param({"10", "100", "1000"})
    int nodes;

    Topology topology;
    List<Flow> flows;

    @Setup
    public void generate() {
        topology = GeneratedTopology.of(nodes);
        flows = FlowEngine.flows(topology);
        prepareEdits(); // JMH runs @Setup methods in no set order: this one needs the topology
    }

    /** The designer's case: the fourth node dragged into another zone and back, laid out from the layout before. */
    Topology[] moved = new Topology[2];
    List<Flow>[] movedFlows;
    DiagramLayout previous;
    int edits;

    @SuppressWarnings("unchecked")
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
        movedFlows = new List[] {FlowEngine.flows(moved[0]), FlowEngine.flows(moved[1])};
        imap = new Topology[] {moved[1].withOptions(moved[1].options().withImap4(!moved[1].options().imap4())),
                moved[1]};
        previous = DiagramLayouter.layout(moved[1], movedFlows[1]);
        deleted = new Topology[] {TopologyEdits.deleteNodes(moved[1], List.of(node.id())), moved[1]};
    }

    @Benchmark
    public DiagramLayout layout() {
        return DiagramLayouter.layout(topology, flows);
    }

    /** The designer's whole derivation after an edit: analysis and layout, each from the one before. */
    Analysis analysed;
    DiagramLayout laidOut;

    @Benchmark
    public DiagramLayout analysisAndLayoutAfterEdit() {
        int i = edits++ & 1;
        analysed = Analysis.of(moved[i], analysed);
        laidOut = DiagramLayouter.layout(moved[i], analysed.flows(), laidOut);
        return laidOut;
    }

    /** As {@link #analysisAndLayoutAfterEdit}, but analysing from scratch: every flow and arrow is new. */
    @Benchmark
    public DiagramLayout analysisFromScratchAndLayoutAfterEdit() {
        int i = edits++ & 1;
        laidOut = DiagramLayouter.layout(moved[i], Analysis.of(moved[i]).flows(), laidOut);
        return laidOut;
    }

    /**
     * The designer's derivation now ({@link DiagramState#after}): the move is a node update, whose flows and
     * arrows are those before it with the moved node's made again.
     */
    DiagramState state;

    @Benchmark
    public DiagramState stateAfterMove() {
        state = DiagramState.after(moved[edits++ & 1], state);
        return state;
    }

    /** IMAP4 turned on and off: the engine runs again and every client network's arrows change. */
    Topology[] imap;

    @Benchmark
    public DiagramState stateAfterOptionChange() {
        state = DiagramState.after(imap[edits++ & 1], state);
        return state;
    }

    /** The fourth node (an Edge) deleted and the deletion undone: nodes go and come, the engine runs again. */
    Topology[] deleted;

    @Benchmark
    public DiagramState stateAfterDeletion() {
        state = DiagramState.after(deleted[edits++ & 1], state);
        return state;
    }

    @Benchmark
    public DiagramLayout layoutAfterEdit() {
        int i = edits++ & 1;
        previous = DiagramLayouter.layout(moved[i], movedFlows[i], previous);
        return previous;
    }
}
