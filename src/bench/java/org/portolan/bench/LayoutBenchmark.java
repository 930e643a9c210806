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
import org.portolan.flow.Flow;
import org.portolan.flow.FlowEngine;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayouter;
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
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class LayoutBenchmark {

    @Param({"10", "100", "1000"})
    int nodes;

    Topology topology;
    List<Flow> flows;

    @Setup
    public void generate() {
        topology = GeneratedTopology.of(nodes);
        flows = FlowEngine.flows(topology);
    }

    @Benchmark
    public DiagramLayout layout() {
        return DiagramLayouter.layout(topology, flows);
    }
}
