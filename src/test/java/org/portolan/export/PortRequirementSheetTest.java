package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.analysis.Analysis;
import org.portolan.export.pdf.Paper;
import org.portolan.export.pdf.PortRequirementSheet;
import org.portolan.export.pdf.SheetOptions;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Topology;
import org.portolan.render.DiagramRenderer;
import org.portolan.firewall.AddressObject;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.firewall.PolicyRule;
import org.portolan.rules.Finding;
import org.portolan.samples.GeneratedTopology;
import org.portolan.samples.Sample;

/** The sheet as a reader sees it: its text, extracted with PDFBox. */
class PortRequirementSheetTest {

    static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneOffset.UTC);

    static byte[] sheet(Topology t, Paper paper) {
        Analysis a = Analysis.of(t);
        return PortRequirementSheet.export(a, new DiagramRenderer(DiagramLayouter.layout(t, a.flows())),
                new SheetOptions(paper, "Jiwoo Park", WHEN));
    }

    static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void everyRuleObjectFindingAndUnrestrictedRuleIsInTheText(Sample sample) throws IOException {
        Topology t = sample.load();
        Analysis a = Analysis.of(t);
        try (PDDocument doc = Loader.loadPDF(sheet(t, Paper.A4))) {
            String all = text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", " ");
            FirewallPolicy policy = FirewallPolicy.of(t, a.flows());
            for (PolicyRule r : policy.rules()) {
                assertThat(all).contains(r.crossing().toString(), r.source().name(), r.destination().name(),
                        r.ruleIdList());
                if (!r.isUnrestricted()) {
                    assertThat(all).contains(r.service().name(), r.service().portList());
                }
            }
            for (AddressObject o : policy.objects()) {
                assertThat(all).contains(o.name());
                for (org.portolan.model.Node n : o.members()) {
                    assertThat(all).contains(org.portolan.firewall.FlowEnds.name(n));
                }
                for (String address : o.addresses()) {
                    assertThat(all).contains(address.equals("any") ? "any" : address);
                }
            }
            for (Finding f : a.findings()) {
                assertThat(all).contains(f.id().name(), f.message().substring(0, 40));
            }
            assertThat(all).contains("Unrestricted internal traffic (R1/R2)", "Microsoft does not support restricting",
                    "Address objects", "Service sets");
        }
    }

    @Test
    void rulesAreNumberedOnceAcrossTheDocumentAndUnrestrictedRulesContinue() throws IOException {
        Topology t = Sample.TWO_DATACENTRES.load();
        FirewallPolicy policy = FirewallPolicy.of(t, Analysis.of(t).flows());
        try (PDDocument doc = Loader.loadPDF(sheet(t, Paper.A4))) {
            String all = text(doc, 1, doc.getNumberOfPages());
            int last = 0;
            for (PolicyRule r : policy.rules()) {
                int at = all.indexOf("\n" + r.number() + " allow", last);
                assertThat(at).as("rule %d after rule %d", r.number(), r.number() - 1).isGreaterThan(last);
                last = at;
            }
            assertThat(policy.unrestricted().get(0).number()).isEqualTo(policy.restricted().size() + 1);
        }
    }

    @Test
    void anObjectWithoutAddressesSaysSoInTheWarningColourPlace() throws IOException {
        Topology t = Sample.LOAD_BALANCED_DAG_HYBRID.load();
        Topology unaddressed = t.withNode(t.node("lb01").orElseThrow().withAddresses(List.of()));
        try (PDDocument doc = Loader.loadPDF(sheet(unaddressed, Paper.A4))) {
            assertThat(text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", " "))
                    .contains("LB-LB01", "address not recorded (F12)");
        }
    }

    @Test
    void coverStatesNameDateAuthorVersionSummaryAndOptions() throws IOException {
        try (PDDocument doc = Loader.loadPDF(sheet(Sample.SEPARATE_CAS_MAILBOX.load(), Paper.A4))) {
            String cover = text(doc, 1, 1).replaceAll("\\s+", " "); // cells wrap
            assertThat(cover).contains("Separate Client Access and Mailbox servers", "27 November 2026", "Jiwoo Park",
                    "Exchange Server 2013", "Nodes", "Rules", "Findings");
            assertThat(cover).contains("IMAP4, 143 and 993/TCP (C3)", "Outbound mail proxied through Client Access (N3)",
                    "Yes (-FrontEndProxyEnabled $true)");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Jiwoo Park");
        }
    }

    @Test
    void theSheetIsAChangeRequestWithRevisionsSignOffContentsBookmarksAndSources() throws IOException {
        Topology t = Sample.TWO_DATACENTRES.load().withChangeRequest(new org.portolan.model.ChangeRequest("FW-2026-014",
                "1.1", org.portolan.model.ChangeRequest.Status.FOR_APPROVAL, "Minji Kim", "CHG0012345",
                "2026-12-12 22:00–02:00 KST", "Seojun Lee", "Network Operations", List.of(
                new org.portolan.model.ChangeRequest.Revision("1.0", "2026-12-01", "Minji Kim", "First issue"),
                new org.portolan.model.ChangeRequest.Revision("1.1", "2026-12-07", "Minji Kim", "Busan DAG members"))));
        try (PDDocument doc = Loader.loadPDF(sheet(t, Paper.A4))) {
            String cover = text(doc, 1, 1).replaceAll("\\s+", " ");
            assertThat(cover).contains("Document number FW-2026-014", "Revision 1.1", "Status For approval",
                    "Requester Minji Kim", "Change ticket CHG0012345", "Implementation window 2026-12-12 22:00–02:00 KST",
                    "Microsoft 365 endpoints list version 2022072800");
            String control = text(doc, 2, 2).replaceAll("\\s+", " ");
            assertThat(control).contains("Change control", "Revisions", "1.0 2026-12-01 Minji Kim First issue",
                    "1.1 2026-12-07 Minji Kim Busan DAG members", "Sign-off", "Approver Seojun Lee",
                    "Firewall owner Network Operations", "change CHG0012345");
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> sections = new java.util.ArrayList<>();
            outline.children().forEach(i -> sections.add(i.getTitle()));
            // A diagram page for all connections, then one per concern that has any.
            assertThat(sections).containsExactly("Cover", "Change control", "Diagram", "Diagram: client access",
                    "Diagram: mail flow", "Diagram: name resolution", "Diagram: unrestricted",
                    "Firewall rules by zone crossing",
                    "Findings", "Unrestricted internal traffic (R1/R2)", "Address objects", "Service sets",
                    "Rule sources");
            List<String> crossings = new java.util.ArrayList<>();
            for (var section : outline.children()) {
                if (section.getTitle().startsWith("Firewall rules")) {
                    section.children().forEach(c -> crossings.add(c.getTitle()));
                }
            }
            assertThat(crossings).contains("external → perimeter: Internet → Perimeter network",
                    "internal → busan: Seoul datacentre → Busan datacentre");
            // The contents name each crossing's rules and the page its table starts on (drawn once laid out: read
            // the page in reading order).
            PDFTextStripper sorted = new PDFTextStripper();
            sorted.setSortByPosition(true);
            String all = sorted.getText(doc);
            for (var section : outline.children()) {
                if (section.getTitle().startsWith("Firewall rules")) {
                    for (var c : section.children()) {
                        int page = doc.getPages().indexOf(c.findDestinationPage(doc)) + 1;
                        assertThat(all).containsPattern(java.util.regex.Pattern.quote(c.getTitle())
                                + " · rules? [0-9–]+\\s*page " + page);
                    }
                }
            }
            String sources = text(doc, doc.getNumberOfPages() - 1, doc.getNumberOfPages()).replaceAll("\\s+", " ");
            assertThat(sources).contains("Rule sources", "https://technet.microsoft.com/ko-kr/library/Bb331973(v=EXCHG.150)",
                    "E5", "EdgeSync", "L2", "R1");
        }
    }

    @Test
    void thePerHostAppendixListsEveryConnectionOnlyOnRequest() throws IOException {
        Topology t = Sample.SEPARATE_CAS_MAILBOX.load();
        Analysis a = Analysis.of(t);
        DiagramRenderer r = new DiagramRenderer(DiagramLayouter.layout(t, a.flows()));
        try (PDDocument with = Loader.loadPDF(PortRequirementSheet.export(a, r, new SheetOptions(Paper.A4, null, WHEN,
                true)));
             PDDocument without = Loader.loadPDF(sheet(t, Paper.A4))) {
            String all = text(with, 1, with.getNumberOfPages());
            String appendix = all.substring(all.lastIndexOf("Connections per host"));
            assertThat(appendix).contains("CAS01", "MBX01", "10.1.1.11", "143/TCP", "993/TCP", "N3");
            assertThat(text(without, 1, without.getNumberOfPages())).doesNotContain("Connections per host");
        }
    }

    @Test
    void koreanNamesSurviveIntact() throws IOException {
        try (PDDocument doc = Loader.loadPDF(sheet(Sample.EDGE_PERIMETER.load(), Paper.A4))) {
            assertThat(text(doc, 1, doc.getNumberOfPages())).contains("서울 본사 사용자");
        }
        try (PDDocument doc = Loader.loadPDF(sheet(Sample.HYBRID_OFFICE_365.load(), Paper.A4))) {
            assertThat(text(doc, 1, doc.getNumberOfPages())).contains("부산 지사 사용자");
        }
    }

    @Test
    void everyPageHasHeaderAndPageXOfY() throws IOException {
        try (PDDocument doc = Loader.loadPDF(sheet(Sample.EDGE_PERIMETER.load(), Paper.A4))) {
            int pages = doc.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                assertThat(text(doc, i, i)).contains("Exchange 2013 with Edge Transport", "page " + i + " of " + pages,
                        "Generated 2026-11-27 09:30");
            }
        }
    }

    @Test
    void paperSizeIsLandscapeA4OrLetter() throws IOException {
        try (PDDocument a4 = Loader.loadPDF(sheet(Sample.SINGLE_MULTI_ROLE.load(), Paper.A4));
             PDDocument letter = Loader.loadPDF(sheet(Sample.SINGLE_MULTI_ROLE.load(), Paper.LETTER))) {
            PDPage p = a4.getPage(0);
            assertThat(p.getMediaBox().getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(p.getMediaBox().getHeight()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
            assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(612f);
        }
    }

    @Test
    void pageCountGrowsWithTheFlowsAndTablesContinueWithTheirHeader() throws IOException {
        int small;
        try (PDDocument doc = Loader.loadPDF(sheet(Sample.EDGE_PERIMETER.load(), Paper.A4))) {
            small = doc.getNumberOfPages();
        }
        Topology big = GeneratedTopology.of(100);
        try (PDDocument doc = Loader.loadPDF(sheet(big, Paper.A4))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(small);
            int continued = 0;
            boolean inRules = false;
            for (int i = 1; i <= pages; i++) {
                String page = text(doc, i, i);
                inRules |= page.contains("Firewall rules by zone crossing");
                if (page.contains("Findings")) {
                    inRules = false;
                }
                if (inRules) {
                    assertThat(page).as("page %d repeats the table header", i).contains("Service", "Destination");
                }
                if (page.contains("(continued)")) {
                    continued++;
                }
            }
            assertThat(continued).isGreaterThan(0);
            // every rule number appears: nothing lost at a page break
            String all = text(doc, 1, pages);
            int rules = FirewallPolicy.of(big, Analysis.of(big).flows()).rules().size();
            for (int n = 1; n <= rules; n++) {
                assertThat(all).contains("\n" + n + " allow");
            }
        }
    }
}
