package org.portolan.export.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.portolan.export.pdf.PdfPages.Cell;
import org.portolan.export.pdf.PdfPages.Column;
import org.portolan.export.pdf.PdfPages.Run;
import org.portolan.firewall.AddressObject;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.firewall.PolicyRule;
import org.portolan.firewall.ServiceSet;
import org.portolan.model.Node;
import org.portolan.firewall.FlowEnds;
import org.portolan.rules.Crossing;
import org.portolan.rules.Flow;

/**
 * The sheet's rule tables, written against the aggregated policy: the rules of each zone crossing, the
 * unrestricted rules (numbered on), and the appendices a firewall team creates objects from — address objects
 * with every member and address, one address per line, and the service sets.
 */
final class PolicyTables {

    static final float TABLE_FONT = 8f;
    static final String WARNING = "#b45309";
    /** Objects with at most this many addresses list them in the rule tables; larger ones refer to the appendix. */
    private static final int INLINE_ADDRESSES = 6;
    /** Lines per row of the objects appendix: a row fills at most a page. */
    private static final int APPENDIX_LINES = 46;
    /** Member and address column pairs side by side in the objects appendix. */
    private static final int APPENDIX_PAIRS = 4;
    /** The objects appendix's type: an IPv6 /128 still fits its address column on one line. */
    private static final float APPENDIX_FONT = 7.5f;

    private PolicyTables() {
    }

    static void rules(PdfPages p, FirewallPolicy policy) {
        p.newPage();
        p.mark("Firewall rules by zone crossing");
        p.heading("Firewall rules by zone crossing", 14);
        p.paragraph("Create one rule per row, against the address objects and service sets of the appendices. Rows"
                + " are numbered once across the document; R1/R2 traffic, which must not be filtered, is listed at the"
                + " end and continues the numbering.", 9, PdfPages.MUTED);
        p.moveDown(6);
        if (policy.restricted().isEmpty()) {
            p.paragraph("The diagram requires no port rules.", 10, PdfPages.TEXT);
            return;
        }
        contents(p, policy);
        float w = p.contentWidth();
        List<Column> columns = List.of(new Column("#", 22), new Column("Action", 34), new Column("Source", w * 0.2f),
                new Column("Destination", w * 0.2f), new Column("Service", w * 0.14f), new Column("Rule", w * 0.06f),
                new Column("Justification and notes", w * 0.4f - 56));
        for (Crossing c : policy.crossings()) {
            List<PolicyRule> rules = policy.restricted().stream().filter(r -> r.crossing().equals(c)).toList();
            if (rules.isEmpty()) {
                continue;
            }
            String title = title(c) + " (" + rules.size() + (rules.size() == 1 ? " rule)" : " rules)");
            p.markNextTable(title(c));
            List<Cell[]> rows = new ArrayList<>();
            for (PolicyRule r : rules) {
                rows.add(new Cell[] {Cell.of(Run.plain(Integer.toString(r.number()))), Cell.of(Run.strong("allow")),
                        object(r.source()), object(r.destination()),
                        Cell.of(Run.strong(r.service().name()), Run.plain(r.service().portList())),
                        Cell.of(Run.strong(r.ruleIdList())),
                        Cell.of(Run.plain(r.justification()), new Run(notes(r), false, PdfPages.TEXT))});
            }
            p.table(title, columns, rows, TABLE_FONT, c.toString());
        }
    }

    static String title(Crossing c) {
        return c + ": " + c.from().name() + (c.passesFirewall() ? " → " + c.to().name() : "");
    }

    /**
     * The contents of the rules section: one line per crossing with its rule numbers and, once the document is
     * laid out, its page.
     */
    private static void contents(PdfPages p, FirewallPolicy policy) {
        List<Crossing> crossings = policy.crossings().stream()
                .filter(c -> policy.restricted().stream().anyMatch(r -> r.crossing().equals(c))).toList();
        p.ensure(20 + crossings.size() * 13f);
        p.canvas().text("Contents", p.left(), p.y() + 9, 9, true, PdfPages.TEXT);
        p.moveDown(14);
        float right = p.left() + p.contentWidth();
        for (Crossing c : crossings) {
            List<PolicyRule> rules = policy.restricted().stream().filter(r -> r.crossing().equals(c)).toList();
            int first = rules.get(0).number();
            int last = rules.get(rules.size() - 1).number();
            String line = title(c) + " · " + (first == last ? "rule " + first : "rules " + first + "–" + last);
            float y = p.y() + 9;
            p.canvas().text(line, p.left() + 8, y, 8.5f, false, PdfPages.TEXT);
            String title = title(c);
            p.marks.later(p.page(), canvas -> p.marks.marks().stream().filter(m -> m.title().equals(title))
                    .findFirst().ifPresent(m -> {
                        String page = "page " + p.pageNumber(m.page());
                        canvas.text(page, right - p.fonts.width(page, 8.5f, false), y, 8.5f, false, PdfPages.TEXT);
                    }));
            p.moveDown(13);
        }
        p.moveDown(8);
    }

    /** Name, what it is, and its addresses when there are few; "address not recorded" when there are none. */
    private static Cell object(AddressObject o) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.strong(o.name()));
        runs.add(Run.muted(o.description()));
        if (!o.isAddressed()) {
            runs.add(new Run(FlowEnds.NOT_RECORDED + " (F12)", true, WARNING));
        } else if (o.isAny()) {
            runs.add(Run.plain("any"));
        } else if (o.addresses().size() <= INLINE_ADDRESSES) {
            o.addresses().forEach(a -> runs.add(Run.plain(a)));
        } else {
            runs.add(Run.plain(o.addresses().size() + " addresses: see Address objects"));
        }
        return new Cell(runs);
    }

    /** The distinct notes of the rule's flows (the rule's own note, load balancer, Microsoft 365 set). */
    private static String notes(PolicyRule r) {
        Set<String> notes = new LinkedHashSet<>();
        for (Flow f : r.flows()) {
            String n = FlowEnds.notes(f);
            if (!n.isEmpty()) {
                notes.add(n);
            }
            if (notes.size() > 3) {
                break;
            }
        }
        return String.join(" ", notes);
    }

    static void unrestricted(PdfPages p, FirewallPolicy policy) {
        p.ensure(140);
        p.moveDown(8);
        p.mark("Unrestricted internal traffic (R1/R2)");
        p.heading("Unrestricted internal traffic (R1/R2)", 14);
        p.paragraph(PortRequirementSheet.UNRESTRICTED_REASON, 9, PdfPages.TEXT);
        p.moveDown(6);
        if (policy.unrestricted().isEmpty()) {
            p.paragraph("The diagram has no Exchange servers that need it.", 10, PdfPages.TEXT);
            return;
        }
        float w = p.contentWidth();
        List<Cell[]> rows = new ArrayList<>();
        for (PolicyRule r : policy.unrestricted()) {
            rows.add(new Cell[] {Cell.of(Run.plain(Integer.toString(r.number()))), Cell.of(Run.strong("allow any")),
                    object(r.source()), object(r.destination()), Cell.of(Run.strong(r.ruleIdList())),
                    Cell.of(Run.plain(r.flows().get(0).services().stream().reduce((a, b) -> a + "; " + b).orElse(""))),
                    Cell.of(r.crossing().passesFirewall()
                            ? new Run("Both directions; crosses " + r.crossing() + ": see F1", true, WARNING)
                            : Run.muted(r.crossing() + ": no firewall inside the zone"))});
        }
        p.table(null, List.of(new Column("#", 22), new Column("Action", 40), new Column("Servers", w * 0.22f),
                new Column("Servers", w * 0.22f), new Column("Rule", 30), new Column("Traffic", w * 0.28f),
                new Column("Zones", w * 0.28f - 92)), rows, TABLE_FONT, "Unrestricted internal traffic (R1/R2)");
    }

    /** Appendix: every address object with its members and their addresses, one address per line. */
    static void objects(PdfPages p, FirewallPolicy policy) {
        p.newPage();
        p.mark("Address objects");
        p.heading("Address objects", 14);
        p.paragraph("Create one address group per object. Each member is listed with its addresses, one per line;"
                + " \"address not recorded\" marks a server whose addresses the diagram does not give (F12).", 9,
                PdfPages.MUTED);
        p.moveDown(6);
        float w = p.contentWidth();
        float objectWidth = w * 0.16f;
        float pair = (w - objectWidth) / APPENDIX_PAIRS;
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Object", objectWidth));
        for (int i = 0; i < APPENDIX_PAIRS; i++) {
            columns.add(new Column("Member", pair * 0.4f));
            columns.add(new Column("Addresses", pair * 0.6f));
        }
        List<Cell[]> rows = new ArrayList<>();
        for (AddressObject o : policy.objects()) {
            List<Run[]> lines = memberLines(o, policy.objects());
            List<AddressObject> covering = covering(o, policy.objects());
            int perRow = APPENDIX_LINES * APPENDIX_PAIRS;
            for (int start = 0; start == 0 || start < lines.size(); start += perRow) {
                Cell[] row = new Cell[columns.size()];
                List<Run> first = new ArrayList<>(List.of(Run.strong(o.name()), Run.muted(o.description()),
                        Run.muted(o.addresses().size() + (o.addresses().size() == 1 ? " address" : " addresses"))));
                if (!covering.isEmpty()) {
                    first.add(Run.plain("The servers of " + String.join(", ",
                            covering.stream().map(AddressObject::name).toList()) + " (above)"));
                }
                row[0] = start == 0 ? new Cell(first) : Cell.of(Run.muted(o.name() + " (continued)"));
                // The chunk's lines spread evenly over the column pairs, so that a small object takes a low row.
                int chunk = Math.min(perRow, lines.size() - start);
                int perColumn = Math.max(1, (chunk + APPENDIX_PAIRS - 1) / APPENDIX_PAIRS);
                for (int k = 0; k < APPENDIX_PAIRS; k++) {
                    int from = Math.min(start + chunk, start + k * perColumn);
                    int to = Math.min(start + chunk, from + perColumn);
                    List<Run> members = new ArrayList<>();
                    List<Run> addresses = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        members.add(lines.get(i)[0]);
                        addresses.add(lines.get(i)[1]);
                    }
                    row[1 + 2 * k] = new Cell(members);
                    row[2 + 2 * k] = new Cell(addresses);
                }
                rows.add(row);
            }
        }
        p.table(null, columns, rows, APPENDIX_FONT, "Address objects");
    }

    /**
     * One line per address: the member's name on its first line, a blank beside the others. An object whose
     * servers all belong to objects listed before it (every Exchange server of a zone, for R1) names those
     * objects instead of repeating their servers.
     */
    private static List<Run[]> memberLines(AddressObject o, List<AddressObject> all) {
        List<Run[]> lines = new ArrayList<>();
        if (!covering(o, all).isEmpty()) {
            return lines; // named in the object's cell
        }
        if (o.members().isEmpty()) {
            // The Internet, or a list Microsoft publishes.
            String what = o.isAny() ? "Internet" : "Microsoft list";
            for (String a : o.addresses()) {
                lines.add(new Run[] {Run.muted(lines.isEmpty() ? what : " "), Run.plain(a)});
            }
            return lines;
        }
        for (Node n : o.members()) {
            List<String> addresses = FlowEnds.addresses(n, 0);
            if (addresses.isEmpty()) {
                lines.add(new Run[] {Run.plain(FlowEnds.name(n)), new Run(FlowEnds.NOT_RECORDED, true, WARNING)});
            }
            for (int i = 0; i < addresses.size(); i++) {
                lines.add(new Run[] {i == 0 ? Run.plain(FlowEnds.name(n)) : Run.plain(" "), Run.plain(addresses.get(i))});
            }
        }
        return lines;
    }

    /** The objects before {@code o} that hold all its members between them, or none when some member is only in o. */
    private static List<AddressObject> covering(AddressObject o, List<AddressObject> all) {
        Set<Node> left = new java.util.HashSet<>(o.members());
        if (left.size() < 2) {
            return List.of();
        }
        List<AddressObject> covering = new ArrayList<>();
        for (AddressObject other : all) {
            if (other == o) {
                break;
            }
            if (!other.members().isEmpty() && o.members().containsAll(other.members())
                    && left.removeAll(other.members())) {
                covering.add(other);
            }
        }
        return left.isEmpty() ? covering : List.of();
    }

    /** Appendix: the service sets, each with its ports. */
    static void services(PdfPages p, FirewallPolicy policy) {
        p.ensure(120);
        p.moveDown(8);
        p.mark("Service sets");
        p.heading("Service sets", 14);
        float w = p.contentWidth();
        List<Cell[]> rows = new ArrayList<>();
        for (ServiceSet s : policy.services()) {
            rows.add(new Cell[] {Cell.of(Run.strong(s.name())), Cell.of(Run.plain(s.isAny() ? "any port, any protocol"
                    : s.portList())), Cell.of(Run.plain(s.description()))});
        }
        p.table(null, List.of(new Column("Service set", w * 0.25f), new Column("Ports", w * 0.3f),
                new Column("What it carries", w * 0.45f)), rows, 8.5f, "Service sets");
    }

    /** Appendix on request: every host-to-host connection, by the rule it belongs to. */
    static void perHost(PdfPages p, FirewallPolicy policy) {
        p.newPage();
        p.mark("Connections per host");
        p.heading("Connections per host", 14);
        p.paragraph("Every connection behind the rules, host to host, numbered by the rule it belongs to.", 9,
                PdfPages.MUTED);
        p.moveDown(6);
        float w = p.contentWidth();
        List<Cell[]> rows = new ArrayList<>();
        for (PolicyRule r : policy.rules()) {
            for (Flow f : r.flows()) {
                rows.add(new Cell[] {Cell.of(Run.plain(Integer.toString(r.number()))),
                        end(FlowEnds.name(f, true), FlowEnds.addresses(f, true)),
                        end(FlowEnds.name(f, false), FlowEnds.addresses(f, false)),
                        Cell.of(Run.strong(f.port().toString())), Cell.of(Run.strong(f.ruleId().name())),
                        Cell.of(Run.plain(String.join("; ", f.connectors())))});
            }
        }
        p.table(null, List.of(new Column("Rule", 30), new Column("Source", w * 0.27f), new Column("Destination",
                w * 0.27f), new Column("Port", 60), new Column("ID", 30), new Column("Connectors", w * 0.46f - 120)),
                rows, TABLE_FONT, "Connections per host");
    }

    private static Cell end(String name, List<String> addresses) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.strong(name));
        if (addresses.isEmpty()) {
            runs.add(new Run(FlowEnds.NOT_RECORDED + " (F12)", true, WARNING));
        } else {
            addresses.stream().limit(INLINE_ADDRESSES).forEach(a -> runs.add(Run.plain(a)));
            if (addresses.size() > INLINE_ADDRESSES) {
                runs.add(Run.muted("and " + (addresses.size() - INLINE_ADDRESSES) + " more (Address objects)"));
            }
        }
        return new Cell(runs);
    }
}
