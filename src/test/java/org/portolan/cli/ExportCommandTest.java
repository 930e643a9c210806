package org.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.cli.CommandLineTest.Result;
import org.portolan.samples.Sample;

class ExportCommandTest {

    @TempDir
    Path dir;

    Path sample() throws Exception {
        Path file = dir.resolve("edge.portolan");
        try (var in = Sample.class.getResourceAsStream(Sample.EDGE_PERIMETER.resourcePath())) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void writesEveryOutputAskedForInOneRun() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Result r = CommandLineTest.run("export", sample().toString(), "--pdf", out.resolve("s.pdf").toString(),
                "--svg", out.resolve("d.svg").toString(), "--png", out.resolve("d.png").toString(), "--scale", "2",
                "--paper", "letter", "--csv", out.resolve("f.csv").toString(), "--markdown", out.resolve("f.md").toString(),
                "--author", "Jiwoo Park");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + out.resolve("s.pdf"));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("s.pdf", "d.svg", "d.png", "f.csv", "f.md");
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("s.pdf").toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
        }
        BufferedImage png = ImageIO.read(out.resolve("d.png").toFile());
        assertThat(png.getWidth()).isGreaterThan(2000);
        assertThat(Files.readString(out.resolve("f.csv"))).startsWith("source,target,source_name,target_name,");
        assertThat(Files.readString(out.resolve("f.md"))).startsWith("# Port requirements: Exchange 2013 with Edge"
                + " Transport").contains("| source | target |");
        assertThat(Files.readString(out.resolve("d.svg"))).contains("<svg", "EDGE01");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("s.pdf")))).isEqualTo("rw-r--r--");
    }

    @Test
    void dpiSetsThePrintScale() throws Exception {
        Result one = CommandLineTest.run("export", sample().toString(), "--png", dir.resolve("a.png").toString());
        Result print = CommandLineTest.run("export", sample().toString(), "--png", dir.resolve("b.png").toString(), "--dpi", "300");
        assertThat(one.code()).isZero();
        assertThat(print.code()).isZero();
        int w1 = ImageIO.read(dir.resolve("a.png").toFile()).getWidth();
        int w300 = ImageIO.read(dir.resolve("b.png").toFile()).getWidth();
        assertThat(w300).isBetween((int) (w1 * 3.125) - 1, (int) (w1 * 3.125) + 1);
    }

    @Test
    void anUnreadableDiagramExitsTwoAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.portolan");
        Files.writeString(bad, "{\"format\": \"portolan-topology\", \"version\": 1, \"nodes\": [{\"id\": 1}]}");
        Result r = CommandLineTest.run("export", bad.toString(), "--svg", dir.resolve("d.svg").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("portolan: bad.portolan:1:").contains("nodes[0].id must be a non-empty text");
        assertThat(dir.resolve("d.svg")).doesNotExist();
    }

    @Test
    void anUnwritableOutputExitsOneWithAClearMessageAndLeavesNoFileBehind() throws Exception {
        Path svg = dir.resolve("d.svg");
        Result r = CommandLineTest.run("export", sample().toString(), "--svg", svg.toString(),
                "--pdf", dir.resolve("missing/folder/s.pdf").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write", "s.pdf", "does not exist").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("edge.portolan");
        }
    }

    @Test
    void anOutputThatIsAFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("taken.pdf"));
        Result r = CommandLineTest.run("export", sample().toString(), "--pdf", folder.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("it is a folder");
    }

    @Test
    void nothingToExportIsAUsageError() throws Exception {
        Result r = CommandLineTest.run("export", sample().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nothing to export");
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws Exception {
        Path svg = dir.resolve("d.svg");
        Files.writeString(svg, "old");
        Files.setPosixFilePermissions(svg, PosixFilePermissions.fromString("rw-rw----"));
        assertThat(CommandLineTest.run("export", sample().toString(), "--svg", svg.toString()).code()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(svg))).isEqualTo("rw-rw----");
    }

    @Test
    void writesACapircaPolicyForTheChosenTargets() throws Exception {
        Path policies = dir.resolve("firewall");
        Result r = CommandLineTest.run("export", sample().toString(), "--capirca", policies.toString(),
                "--capirca-targets", "asa,srx");
        assertThat(r.code()).as(r.err()).isZero();
        Path pol = policies.resolve("policies/pol/exchange-2013-with-edge-transport.pol");
        assertThat(r.out()).contains("wrote " + policies.resolve("def/NETWORK.net"), "wrote " + pol);
        assertThat(Files.readString(pol)).contains("target:: ciscoasa EXTERNAL-TO-PERIMETER",
                "target:: srx from-zone external to-zone perimeter").doesNotContain("paloalto", "nftables");
        assertThat(policies.resolve("def/SERVICES.svc")).content().contains("EDGESYNC = 50636/tcp");
    }

    @Test
    void aCapircaFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Result r = CommandLineTest.run("export", sample().toString(), "--capirca", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write the Capirca policy into " + file + ": it is a file, not a folder");
        Result bad = CommandLineTest.run("export", sample().toString(), "--capirca", dir.toString(),
                "--capirca-targets", "checkpoint");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("checkpoint", "ASA", "SRX", "PALOALTO", "NFTABLES", "IPTABLES", "WINDOWS");
    }

    @Test
    void aViewsPictureShowsOnlyThatConcernsPorts() throws Exception {
        Path mail = dir.resolve("mail.svg");
        Path clients = dir.resolve("clients.svg");
        Result r = CommandLineTest.run("export", sample().toString(), "--view", "mail-flow", "--svg", mail.toString());
        assertThat(r.code()).as(r.err()).isZero();
        r = CommandLineTest.run("export", sample().toString(), "--view", "client-access", "--svg", clients.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String mailSvg = Files.readString(mail);
        String clientSvg = Files.readString(clients);
        assertThat(mailSvg).contains("50636/TCP", ">→ 25/TCP<").doesNotContain("443");
        assertThat(clientSvg).contains("443, 80, 587/TCP").doesNotContain("50636");
        // Every card is still drawn, in its place: those without a connection in the view are faded.
        assertThat(mailSvg).contains(">CAS01<", ">DC01<");
    }

    @Test
    void anUnknownViewIsRefusedWithTheValidNames() throws Exception {
        Result r = CommandLineTest.run("export", sample().toString(), "--view", "mail", "--svg",
                dir.resolve("x.svg").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--view must be one of all, client-access, mail-flow, name-resolution, hybrid,"
                + " unrestricted, was \"mail\"");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void theHandoutOfAHybridEdgeDiagramWalksEveryHopOnAPageOfItsOwn() throws Exception {
        var edge = Sample.EDGE_PERIMETER.load();
        var nodes = new java.util.ArrayList<>(edge.nodes());
        nodes.add(org.portolan.model.Node.of("o365", org.portolan.model.NodeKind.OFFICE_365, "Exchange Online")
                .withZone("external"));
        Path file = dir.resolve("hybrid-edge.portolan");
        org.portolan.fileformat.TopologyWriter.save(edge.withNodes(nodes), file);
        Path handout = dir.resolve("handout.pdf");

        Result r = CommandLineTest.run("export", file.toString(), "--handout", handout.toString());

        assertThat(r.code()).as(r.err()).isZero();
        var analysis = org.portolan.analysis.Analysis.of(org.portolan.fileformat.TopologyReader.read(file));
        int hops = org.portolan.analysis.Walkthrough.of(analysis.flows()).hops().size();
        try (PDDocument doc = Loader.loadPDF(handout.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(hops).isGreaterThanOrEqualTo(5);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("EdgeSync", "50636/TCP", "E5, 'mail flow with Edge' table",
                    "Hybrid mail to and from Office 365", "H1, 'hybrid deployment prerequisites' page");
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> scenarios = new java.util.ArrayList<>();
            outline.children().forEach(i -> scenarios.add(i.getTitle()));
            assertThat(scenarios).startsWith("1. Inbound Internet mail").contains("5. EdgeSync");
        }
    }

    @Test
    void aRefusedExportMakesNoCapircaFolders() throws Exception {
        Path policy = dir.resolve("policy");
        Result r = CommandLineTest.run("export", sample().toString(), "--capirca", policy.toString(),
                "--pdf", dir.resolve("missing").resolve("sheet.pdf").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("sheet.pdf", "does not exist");
        assertThat(policy).doesNotExist();
    }
}
