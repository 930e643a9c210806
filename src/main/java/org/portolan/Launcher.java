package org.portolan;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.portolan.cli.PortolanCommand;

/**
 * Entry point of the jar. A subcommand or an option runs headless; nothing, or a single file, opens the
 * window. Deliberately not a JavaFX Application: that is what lets {@code java -jar} start without
 * JavaFX on the module path, and keeps the command line free of the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            org.portolan.ui.DesktopApp.start(args);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(PortolanCommand.run(args, out, err));
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 1 && !args[0].startsWith("-") && !PortolanCommand.isCommand(args[0]));
    }
}
