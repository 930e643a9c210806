package org.portolan.bench;

import java.time.ZonedDateTime;
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
import org.portolan.render.DiagramRenderer;
import org.portolan.export.SvgExporter;
import org.portolan.export.pdf.Paper;
import org.portolan.export.pdf.PortRequirementSheet;
import org.portolan.export.pdf.SheetOptions;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * Exporting a generated organisation, from the topology (flows, layout, drawing), as the export command
 * does. Targets for 1,000 nodes: PDF under 3 s, SVG under 1 s.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=ExportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ExportBenchmark {

    @Param({"100", "1000"})
    int nodes;

    Topology topology;

    @Setup
    public void generate() {
        topology = GeneratedTopology.of(nodes);
    }

    @Benchmark
    public byte[] pdf() {
        Analysis a = Analysis.of(topology);
        DiagramRenderer r = new DiagramRenderer(DiagramLayouter.layout(topology, a.flows()));
        return PortRequirementSheet.export(a, r, new SheetOptions(Paper.A4, "Benchmark", ZonedDateTime.now()));
    }

    @Benchmark
    public String svg() {
        Analysis a = Analysis.of(topology);
        return SvgExporter.export(new DiagramRenderer(DiagramLayouter.layout(topology, a.flows())), topology.name());
    }
}
