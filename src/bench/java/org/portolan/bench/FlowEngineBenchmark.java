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
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * Recomputing the flows (and the findings) of generated organisations. Target: the 1,000-node case under
 * 5 ms median. Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=FlowEngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class FlowEngineBenchmark {

    @Param({"10", "100", "1000"})
    int nodes;

    Topology topology;

    @Setup
    public void generate() {
        topology = GeneratedTopology.of(nodes);
    }

    @Benchmark
    public List<Flow> flows() {
        return FlowEngine.flows(topology);
    }

    @Benchmark
    public Analysis flowsAndFindings() {
        return Analysis.of(topology);
    }
}
