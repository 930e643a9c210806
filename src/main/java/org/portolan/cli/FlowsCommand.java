package org.portolan.cli;

import java.util.concurrent.Callable;
import org.portolan.rules.FlowEngine;
import org.portolan.model.Topology;
import org.portolan.report.TableFormat;
import org.portolan.report.TableOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "flows", mixinStandardHelpOptions = true,
        description = "Lists every connection the diagram requires, one row per port and protocol.")
final class FlowsCommand implements Callable<Integer> {

    @Mixin
    DiagramInput input;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json|markdown",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    TableFormat format;

    @Option(names = "--excel", description = "CSV for Excel: starts with a UTF-8 byte order mark")
    boolean excel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Topology topology = input.readOrReport();
        if (topology == null) {
            return PortolanCommand.UNREADABLE;
        }
        spec.commandLine().getOut().print(format.render(topology, FlowEngine.flows(topology),
                TableOptions.now().withExcel(excel)));
        return 0;
    }
}
