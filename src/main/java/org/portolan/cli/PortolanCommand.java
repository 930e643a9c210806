package org.portolan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code java -jar portolan.jar COMMAND …}. Never starts the JavaFX toolkit. */
@Command(name = "portolan", mixinStandardHelpOptions = true,
        version = org.portolan.model.Product.NAME + " " + org.portolan.model.Product.VERSION + " (Exchange Server 2013)",
        description = {"Designs Exchange Server 2013 deployments and derives the firewall ports they need.",
                "Without a command, 'java -jar portolan.jar [FILE]' opens the designer window."},
        subcommands = {FlowsCommand.class, ValidateCommand.class, ExportCommand.class, EndpointsCommand.class})
public final class PortolanCommand implements Runnable {

    /** Exit code for input that cannot be read. */
    public static final int UNREADABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PortolanCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("portolan: " + ex.getMessage());
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static boolean isCommand(String arg) {
        return new CommandLine(new PortolanCommand()).getSubcommands().containsKey(arg);
    }
}
