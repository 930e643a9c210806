package org.portolan.cli;

import java.nio.file.Path;
import org.portolan.fileformat.TopologyFileException;
import org.portolan.fileformat.TopologyReader;
import org.portolan.model.Topology;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The FILE parameter every command takes; prints the reader's sentence and yields exit code 2 on failure. */
final class DiagramInput {

    @Parameters(index = "0", paramLabel = "FILE", description = "Diagram file (.portolan)")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The topology, or null after printing why it cannot be read. */
    Topology readOrReport() {
        try {
            return TopologyReader.read(file);
        } catch (TopologyFileException e) {
            spec.commandLine().getErr().println("portolan: " + e.getMessage());
            return null;
        }
    }
}
