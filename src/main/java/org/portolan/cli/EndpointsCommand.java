package org.portolan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.portolan.m365.EndpointList;
import org.portolan.m365.EndpointListException;
import org.portolan.m365.EndpointSet;
import org.portolan.m365.Office365Endpoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code portolan endpoints show|import}: the Microsoft 365 endpoint sets the Office 365 rules are written against. */
@Command(name = "endpoints", mixinStandardHelpOptions = true,
        description = "Shows or replaces the Microsoft 365 endpoint sets (1: Exchange Online, 10: Exchange Online"
                + " Protection) that Office 365 rows are written against.",
        subcommands = {EndpointsCommand.Show.class, EndpointsCommand.Import.class})
final class EndpointsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void print(PrintWriter out, EndpointList list) {
        for (EndpointSet set : list.sets()) {
            out.println(list.describe(set.id()) + ": " + set.ips().size() + " address ranges, TCP " + set.tcpPorts());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints the endpoint sets in use.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), Office365Endpoints.active());
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Reads Microsoft's worldwide endpoints JSON, as downloaded from",
                    "https://endpoints.office.com/endpoints/worldwide?clientrequestid=<any GUID>,",
                    "keeps sets 1 and 10, and uses them from then on (kept in ~/.portolan).",
                    "Exit code: 0 imported, 2 the file is not Microsoft's endpoints list."})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the downloaded JSON file")
        Path file;

        @Option(names = "--list-version", paramLabel = "VERSION",
                description = "Microsoft's list version, as https://endpoints.office.com/version/worldwide gives it"
                        + " (e.g. 2024103100); printed on every sheet with the addresses")
        String version;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("portolan: " + file + ": no such file");
                return PortolanCommand.UNREADABLE;
            }
            try {
                EndpointList list = Office365Endpoints.importFile(file, version, org.portolan.io.PortolanHome.dir());
                spec.commandLine().getOut().println("Imported into " + org.portolan.io.PortolanHome.dir() + ":");
                print(spec.commandLine().getOut(), list);
                return 0;
            } catch (EndpointListException e) {
                err.println("portolan: " + e.getMessage());
                return PortolanCommand.UNREADABLE;
            } catch (NoSuchFileException e) {
                err.println("portolan: " + file + ": no such file");
                return PortolanCommand.UNREADABLE;
            } catch (IOException e) {
                err.println("portolan: " + file + ": cannot be read or stored (" + e.getMessage() + ")");
                return PortolanCommand.UNREADABLE;
            }
        }
    }
}
