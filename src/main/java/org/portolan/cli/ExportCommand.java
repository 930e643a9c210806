package org.portolan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.portolan.capirca.CapircaTarget;
import org.portolan.analysis.View;
import org.portolan.export.ExportRequest;
import org.portolan.export.Exporter;
import org.portolan.export.PngExporter;
import org.portolan.export.pdf.Paper;
import org.portolan.model.ChangeRequest;
import org.portolan.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the diagram (PNG, SVG), the PDF port-requirement sheet, the flow table (CSV, Markdown)"
                + " and the firewall rules as a Capirca policy.",
                "Exit code: 0 written, 1 an output cannot be written, 2 the diagram cannot be read."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DiagramInput input;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "PDF port-requirement sheet")
    Path pdf;

    @Option(names = "--svg", paramLabel = "OUT.svg", description = "Diagram as SVG")
    Path svg;

    @Option(names = "--png", paramLabel = "OUT.png", description = "Diagram as PNG")
    Path png;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG scale: 1 (screen), 2 (high-density screens) … (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--dpi", paramLabel = "DPI", description = "PNG resolution for print, e.g. 300; overrides --scale")
    Double dpi;

    @Option(names = "--transparent", description = "PNG with a transparent background instead of white")
    boolean transparent;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "PDF paper size, landscape (default: ${DEFAULT-VALUE})")
    Paper paper;

    @Option(names = "--author", paramLabel = "NAME", description = "Author shown on the PDF cover")
    String author;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Flow table as CSV")
    Path csv;

    @Option(names = "--markdown", paramLabel = "OUT.md", description = "Flow table as Markdown")
    Path markdown;

    @Option(names = "--capirca", paramLabel = "DIR",
            description = "Capirca policy of the aggregated firewall rules: DIR/def/NETWORK.net, DIR/def/SERVICES.svc,"
                    + " DIR/policies/pol/NAME.pol; compile with aclgen --base_directory=DIR/policies"
                    + " --definitions_directory=DIR/def --output_directory=DIR/out")
    Path capirca;

    @Option(names = "--capirca-targets", paramLabel = "TARGET", split = ",",
            description = "Platforms of the Capirca policy, comma-separated: ${COMPLETION-CANDIDATES}"
                    + " (default: all)")
    java.util.List<CapircaTarget> capircaTargets;

    @Option(names = "--excel", description = "CSV for Excel: starts with a UTF-8 byte order mark")
    boolean excel;

    @Option(names = "--view", paramLabel = "NAME", defaultValue = "all",
            description = "PNG and SVG: the connections of one concern only: all (default), client-access,"
                    + " mail-flow, name-resolution, hybrid, unrestricted")
    String view;

    @Option(names = "--handout", paramLabel = "OUT.pdf",
            description = "Workshop handout: the walkthrough, a page per hop with its diagram and caption")
    Path handout;

    @Option(names = "--per-host-appendix", description = "PDF: end with every host-to-host connection behind the rules")
    boolean perHost;

    @Option(names = "--document-number", paramLabel = "TEXT", description = "Sheet: document number")
    String documentNumber;

    @Option(names = "--revision", paramLabel = "TEXT", description = "Sheet: revision, e.g. 1.2")
    String revision;

    @Option(names = "--status", paramLabel = "draft|for_approval|approved",
            description = "Sheet: status: ${COMPLETION-CANDIDATES}")
    ChangeRequest.Status status;

    @Option(names = "--requester", paramLabel = "NAME", description = "Sheet: who requests the change")
    String requester;

    @Option(names = "--change-ticket", paramLabel = "ID", description = "Sheet: change ticket, e.g. CHG0012345")
    String changeTicket;

    @Option(names = "--window", paramLabel = "TEXT", description = "Sheet: implementation window")
    String window;

    @Option(names = "--approver", paramLabel = "NAME", description = "Sheet: approver, in the sign-off block")
    String approver;

    @Option(names = "--firewall-owner", paramLabel = "NAME", description = "Sheet: firewall owner, in the sign-off block")
    String firewallOwner;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        double pngScale = dpi != null ? PngExporter.scaleForDpi(dpi) : scale;
        if (!(pngScale > 0) || pngScale > 20) {
            spec.commandLine().getErr().println("portolan: --scale must be greater than 0 and at most 20"
                    + " (--dpi at most 1920), was " + (dpi != null ? dpi + " dpi" : scale));
            return 2;
        }
        View chosen = View.ofCliName(view);
        if (chosen == null) {
            spec.commandLine().getErr().println("portolan: --view must be one of " + View.cliNames() + ", was \""
                    + view + "\"");
            return 2;
        }
        ExportRequest request = new ExportRequest(pdf, svg, png, csv, markdown, pngScale, transparent, paper, author,
                capirca, capircaTargets == null ? null : java.util.EnumSet.copyOf(capircaTargets), excel, perHost,
                chosen, handout);
        if (request.isEmpty()) {
            spec.commandLine().getErr().println("portolan: nothing to export; name at least one of --pdf, --svg,"
                    + " --png, --csv, --markdown, --capirca, --handout");
            return 2;
        }
        Topology read = input.readOrReport();
        if (read == null) {
            return PortolanCommand.UNREADABLE;
        }
        // The diagram's change-request fields, with those given here in their place.
        ChangeRequest c = read.changeRequest();
        Topology topology = read.withChangeRequest(new ChangeRequest(or(documentNumber, c.documentNumber()),
                or(revision, c.revision()), status != null ? status : c.status(), or(requester, c.requester()),
                or(changeTicket, c.changeTicket()), or(window, c.implementationWindow()), or(approver, c.approver()),
                or(firewallOwner, c.firewallOwner()), c.revisions()));
        try {
            for (Path written : Exporter.export(topology, request, Exporter.Progress.NONE)) {
                spec.commandLine().getOut().println("wrote " + written);
            }
            return 0;
        } catch (Exporter.ExportException e) {
            spec.commandLine().getErr().println("portolan: " + e.getMessage());
            return 1;
        }
    }

    private static String or(String given, String fallback) {
        return given != null ? given : fallback;
    }
}
