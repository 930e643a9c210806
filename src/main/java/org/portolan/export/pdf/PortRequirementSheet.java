package org.portolan.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.portolan.analysis.Analysis;
import org.portolan.analysis.View;
import org.portolan.layout.DiagramLayouter;
import org.portolan.export.pdf.PdfPages.Cell;
import org.portolan.export.pdf.PdfPages.Column;
import org.portolan.export.pdf.PdfPages.Run;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.m365.Office365Endpoints;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.render.DiagramRenderer;
import org.portolan.rules.Finding;
import org.portolan.rules.Severity;

/**
 * The PDF a firewall team acts on: cover with the assumptions, the diagram, the rules to create grouped
 * by zone crossing, the findings, and the traffic that must not be filtered at all.
 */
public final class PortRequirementSheet {

    static final String UNRESTRICTED_REASON = "Microsoft does not support restricting or altering network traffic"
            + " between internal Exchange servers, between internal Exchange servers and internal Lync or Skype for"
            + " Business servers, or between internal Exchange servers and internal Active Directory domain"
            + " controllers, in any type of topology. Any firewall or network device on these paths must allow"
            + " free and unrestricted communication: incoming and outgoing traffic on any port, including random"
            + " RPC ports, and any protocol, without altering it. (Network ports for clients and mail flow in"
            + " Exchange 2013, ground rules; rules R1 and R2.)";


    private PortRequirementSheet() {
    }

    public static byte[] export(Analysis analysis, DiagramRenderer diagram, SheetOptions options) {
        return export(analysis, diagram, FirewallPolicy.of(analysis.topology(), analysis.flows()), options);
    }

    /** The sheet, with the firewall policy of the analysis's flows made already (for the export's other files). */
    public static byte[] export(Analysis analysis, DiagramRenderer diagram, FirewallPolicy policy, SheetOptions options) {
        try (PDDocument doc = new PDDocument()) {
            PdfPages pages = new PdfPages(doc, options.paper().landscape());
            Topology t = analysis.topology();
            cover(pages, analysis, policy, options);
            ChangeRequestPages.changeControl(pages, t.changeRequest(), options);
            about(pages, t);
            diagramPage(pages, diagram, View.ALL);
            // Then a page per concern, as the article keeps clients and services apart from mail flow.
            for (View view : View.values()) {
                if (view != View.ALL && !view.filter(analysis.flows()).isEmpty()) {
                    diagramPage(pages, new DiagramRenderer(DiagramLayouter.layout(t, analysis.flows(), view)), view);
                }
            }
            PolicyTables.rules(pages, policy);
            findings(pages, analysis);
            PolicyTables.unrestricted(pages, policy);
            PolicyTables.objects(pages, policy);
            PolicyTables.services(pages, policy);
            if (options.perHostAppendix()) {
                PolicyTables.perHost(pages, policy);
            }
            ChangeRequestPages.ruleSources(pages);
            String date = options.generated().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
            pages.finish(t.name(), "Port requirement sheet · Exchange Server 2013", "Generated " + date + " by Portolan");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.name() + " — port requirement sheet");
            info.setSubject("Firewall port requirements for an Exchange Server 2013 deployment");
            info.setCreator("Portolan");
            if (options.author() != null && !options.author().isBlank()) {
                info.setAuthor(options.author());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(PdfPages p, Analysis a, FirewallPolicy policy, SheetOptions o) {
        p.newPage();
        p.mark("Cover");
        Topology t = a.topology();
        p.moveDown(30);
        p.canvas().text("PORT REQUIREMENT SHEET", p.left(), p.y(), 11, true, "#2563eb");
        p.moveDown(12);
        for (String line : p.wrap(t.name(), 24, true, p.contentWidth())) {
            p.moveDown(26);
            p.canvas().text(line, p.left(), p.y(), 24, true, PdfPages.TEXT);
        }
        p.moveDown(22);
        p.canvas().text("Firewall rules required by a Microsoft Exchange Server 2013 deployment", p.left(), p.y(), 12,
                false, PdfPages.MUTED);
        p.moveDown(24);
        float half = p.contentWidth() / 2 - 10;
        List<Cell[]> facts = new ArrayList<>();
        facts.addAll(ChangeRequestPages.coverRows(t.changeRequest()));
        facts.add(row("Exchange version", "Exchange Server 2013"));
        facts.add(row("Date", o.generated().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))));
        facts.add(row("Author", o.author() == null || o.author().isBlank() ? "" : o.author()));
        facts.add(row("Nodes", t.nodes().size() + " (" + kinds(t) + ")"));
        facts.add(row("Rules", policy.restricted().size() + " firewall rules, " + policy.unrestricted().size()
                + " unrestricted rules (R1/R2), " + policy.objects().size() + " address objects, from "
                + a.flows().size() + " host-to-host port rows"));
        facts.add(row("Findings", a.count(Severity.ERROR) + " errors, " + a.count(Severity.WARNING) + " warnings, "
                + a.count(Severity.INFO) + " notes"));
        float startY = p.y();
        p.table(null, List.of(new Column("Summary", 110), new Column("", half - 110)), facts, 9, null);
        float afterFacts = p.y();

        Options op = t.options();
        List<Cell[]> opts = new ArrayList<>();
        opts.add(option("HTTP, 80/TCP (C2)", op.http() ? "On" : "Off"));
        opts.add(option("IMAP4, 143 and 993/TCP (C3)", op.imap4() ? "On" : "Off (Exchange default)"));
        opts.add(option("POP3, 110 and 995/TCP (C4)", op.pop3() ? "On" : "Off (Exchange default)"));
        opts.add(option("Authenticated SMTP submission, 587/TCP (C5)", op.smtpClientSubmission() ? "On" : "Off"));
        opts.add(option("Send connector to the Internet (N2, N3, E4)", op.internetSendConnector() ? "Yes" : "No"));
        opts.add(option("Outbound mail proxied through Client Access (N3)", op.outboundProxyThroughCas()
                ? "Yes (-FrontEndProxyEnabled $true)" : "No"));
        opts.add(option("Sender reputation proxy (E7)", op.senderReputationProxyPort() == null ? "None"
                : op.senderReputationProxyPort() + "/TCP"));
        // The options table sits in the right half, level with the summary.
        p.moveTo(startY);
        p.table(null, p.left() + half + 20, List.of(new Column("Organisation options in effect", half - 110),
                new Column("", 110)), opts, 9, null);
        p.moveTo(Math.max(afterFacts, p.y()) + 6);
    }

    /** What the sheet's addresses and rule IDs mean; on the change-control page, where there is room. */
    static void about(PdfPages p, Topology t) {
        p.moveDown(6);
        boolean endpointSets = t.nodes().stream().anyMatch(n -> n.kind() == NodeKind.OFFICE_365 && n.addresses().isEmpty());
        p.paragraph("Every rule cites its ID in Portolan's rule table, derived from Microsoft's \"Network ports for"
                + " clients and mail flow in Exchange 2013\" and \"Hybrid deployment prerequisites\". Addresses are"
                + " those recorded in the diagram; \"any\" means any Internet host." + (endpointSets
                ? " Office 365 addresses are Microsoft's published endpoint sets (\"Office 365 URLs and IP address"
                + " ranges\", worldwide), list version " + Office365Endpoints.active().version() + ": set 10 for"
                + " SMTP, set 1 for HTTPS." : ""), 9, PdfPages.MUTED);
    }

    private static Cell[] row(String label, String value) {
        return new Cell[] {Cell.of(Run.strong(label)), Cell.of(Run.plain(value))};
    }

    private static Cell[] option(String label, String value) {
        return new Cell[] {Cell.of(Run.plain(label)), Cell.of(Run.strong(value))};
    }

    private static String kinds(Topology t) {
        return t.nodesByKind().entrySet().stream()
                .map(e -> e.getValue().size() + " " + e.getKey().displayName())
                .collect(Collectors.joining(", "));
    }

    private static void diagramPage(PdfPages p, DiagramRenderer diagram, View view) {
        p.newPage();
        String title = view == View.ALL ? "Diagram" : "Diagram: " + view.title().toLowerCase(Locale.ROOT);
        p.mark(title);
        p.heading(title, 14);
        p.diagram(diagram);
    }

    private static void findings(PdfPages p, Analysis a) {
        p.ensure(120);
        p.moveDown(8);
        p.mark("Findings");
        p.heading("Findings", 14);
        if (a.findings().isEmpty()) {
            p.paragraph("No findings: the design follows every rule.", 10, PdfPages.TEXT);
            return;
        }
        float w = p.contentWidth();
        List<Cell[]> rows = new ArrayList<>();
        for (Finding f : a.findings()) {
            rows.add(new Cell[] {Cell.of(new Run(f.severity().label(), true, severityColor(f.severity()))),
                    Cell.of(Run.strong(f.id().name())), Cell.of(Run.plain(f.message())),
                    Cell.of(Run.plain(f.nodes().stream().map(Node::name).collect(Collectors.joining(", "))))});
        }
        p.table(null, List.of(new Column("Severity", 60), new Column("ID", 36), new Column("Finding", w * 0.62f),
                new Column("Nodes concerned", w * 0.38f - 96)), rows, 8.5f, "Findings");
    }

    private static String severityColor(Severity s) {
        return switch (s) {
            case ERROR -> "#dc2626";
            case WARNING -> "#b45309";
            case INFO -> "#2563eb";
        };
    }
}
