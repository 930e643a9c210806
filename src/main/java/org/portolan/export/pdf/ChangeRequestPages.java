package org.portolan.export.pdf;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.portolan.export.pdf.PdfPages.Cell;
import org.portolan.export.pdf.PdfPages.Column;
import org.portolan.export.pdf.PdfPages.Run;
import org.portolan.m365.Office365Endpoints;
import org.portolan.model.ChangeRequest;
import org.portolan.rules.RuleId;
import org.portolan.rules.RuleSources;

/**
 * What makes the sheet a change request: the document's identity on the cover, the revision table and the
 * sign-off block, and the appendix that ties every rule ID to the article's section and table row.
 */
final class ChangeRequestPages {

    private ChangeRequestPages() {
    }

    /** Cover rows: the request's fields; a blank field reads "—" so that it can be filled in by hand. */
    static List<Cell[]> coverRows(ChangeRequest c) {
        List<Cell[]> rows = new ArrayList<>();
        rows.add(row("Document number", c.documentNumber()));
        rows.add(row("Revision", c.revision()));
        rows.add(row("Status", c.status().label()));
        rows.add(row("Requester", c.requester()));
        rows.add(row("Change ticket", c.changeTicket()));
        rows.add(row("Implementation window", c.implementationWindow()));
        rows.add(row("Microsoft 365 endpoints", "list version " + Office365Endpoints.active().version()));
        return rows;
    }

    private static Cell[] row(String label, String value) {
        return new Cell[] {Cell.of(Run.strong(label)), Cell.of(value.isEmpty() ? Run.muted("—") : Run.plain(value))};
    }

    /** The revision table and the sign-off block, on a page of their own after the cover. */
    static void changeControl(PdfPages p, ChangeRequest c, SheetOptions o) {
        p.newPage();
        p.mark("Change control");
        p.heading("Change control", 14);
        float w = p.contentWidth();
        List<Cell[]> revisions = new ArrayList<>();
        for (ChangeRequest.Revision r : c.revisions()) {
            revisions.add(new Cell[] {Cell.of(Run.strong(r.revision())), Cell.of(Run.plain(r.date())),
                    Cell.of(Run.plain(r.author())), Cell.of(Run.plain(r.description()))});
        }
        if (revisions.isEmpty()) {
            revisions.add(new Cell[] {Cell.of(c.revision().isEmpty() ? Run.muted("—") : Run.strong(c.revision())),
                    Cell.of(Run.plain(o.generated().format(DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)))),
                    Cell.of(Run.plain(o.author() == null ? "" : o.author())),
                    Cell.of(Run.plain("Port requirements derived by Portolan from the diagram"))});
        }
        p.table("Revisions", List.of(new Column("Revision", 70), new Column("Date", 90), new Column("Author", w * 0.22f),
                new Column("Description", w - 160 - w * 0.22f)), revisions, 9, "Revisions");
        List<Cell[]> signOff = new ArrayList<>();
        signOff.add(signer("Approver", c.approver()));
        signOff.add(signer("Firewall owner", c.firewallOwner()));
        signOff.add(signer("Implemented by", ""));
        p.table("Sign-off", List.of(new Column("Role", w * 0.18f), new Column("Name", w * 0.3f),
                new Column("Date", w * 0.17f), new Column("Signature", w * 0.35f)), signOff, 10, "Sign-off");
        p.paragraph("By signing, the approver accepts the rules of this sheet as the firewall change for "
                + (c.changeTicket().isEmpty() ? "this change" : "change " + c.changeTicket())
                + "; the firewall owner confirms they are implemented as numbered here.", 9, PdfPages.MUTED);
    }

    /** A signer's row, tall enough to sign in. */
    private static Cell[] signer(String role, String name) {
        return new Cell[] {Cell.of(Run.strong(role)), Cell.of(Run.plain(name), Run.plain(" "), Run.plain(" ")),
                Cell.of(Run.plain(" ")), Cell.of(Run.plain(" "))};
    }

    /** Appendix: every rule ID, its title, and the article's section and table row it comes from. */
    static void ruleSources(PdfPages p) {
        p.newPage();
        p.mark("Rule sources");
        p.heading("Rule sources", 14);
        p.paragraph("Every rule ID of this sheet, with the section and table row of Microsoft's article it comes from: "
                + RuleSources.ARTICLE + ", " + RuleSources.ARTICLE_ADDRESS + ".", 9, PdfPages.TEXT);
        p.moveDown(6);
        float w = p.contentWidth();
        List<Cell[]> rows = new ArrayList<>();
        for (RuleId id : RuleId.values()) {
            RuleSources.Source s = RuleSources.of(id);
            rows.add(new Cell[] {Cell.of(Run.strong(id.name())), Cell.of(Run.plain(RuleSources.title(id))),
                    Cell.of(Run.plain(s.section())), Cell.of(Run.plain(s.row()))});
        }
        p.table(null, List.of(new Column("ID", 34), new Column("Rule", w * 0.24f), new Column("Article section",
                w * 0.34f), new Column("Table row", w * 0.42f - 34)), rows, 8.5f, "Rule sources");
    }
}
