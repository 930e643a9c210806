package org.portolan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.portolan.analysis.Analysis;
import org.portolan.model.Topology;
import org.portolan.rules.Finding;
import org.portolan.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the design and prints each finding with its ID and severity.",
                "Exit code: 0 no errors, 1 at least one error, 2 the file cannot be read."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    DiagramInput input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Topology topology = input.readOrReport();
        if (topology == null) {
            return PortolanCommand.UNREADABLE;
        }
        Analysis analysis = Analysis.of(topology);
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : analysis.findings()) {
            out.println(f.id() + " " + f.severity().label().toUpperCase(java.util.Locale.ROOT) + ": " + f.message());
        }
        out.println(topology.name() + ": " + analysis.flows().size() + " flows, " + analysis.count(Severity.ERROR)
                + " errors, " + analysis.count(Severity.WARNING) + " warnings, " + analysis.count(Severity.INFO)
                + " notes");
        return analysis.hasErrors() ? 1 : 0;
    }
}
