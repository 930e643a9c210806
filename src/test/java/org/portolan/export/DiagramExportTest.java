package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.Rect;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.render.DiagramRenderer;
import org.portolan.rules.FlowEngine;
import org.portolan.samples.Sample;
import org.portolan.testing.Golden;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DiagramExportTest {

    static DiagramRenderer renderer(Topology t) {
        return new DiagramRenderer(DiagramLayouter.layout(t, FlowEngine.flows(t)));
    }

    /** Regenerate after a deliberate drawing change: mvn test -Dtest=DiagramExportTest -Dgolden.update=true */
    @ParameterizedTest
    @EnumSource(Sample.class)
    void svgMatchesTheGoldenFile(Sample sample) throws IOException {
        Golden.assertMatches(sample.fileName().replace(".portolan", ".svg"),
                SvgExporter.export(renderer(sample.load()), sample.load().name()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void svgIsValidXmlWithEveryNameAndPortLabelAsText(Sample sample) throws Exception {
        Topology t = sample.load();
        Document doc = parse(SvgExporter.export(renderer(t), t.name()));
        List<String> texts = texts(doc);
        for (Node n : t.nodes()) {
            assertThat(texts).contains(n.name());
        }
        assertThat(texts).anyMatch(s -> s.contains("/TCP"));
        assertThat(doc.getElementsByTagName("polyline").getLength()).isPositive();
    }

    @Test
    void hostileNamesStayHarmlessAndCorrect() throws Exception {
        Topology t = Topology.empty("A&B <diagram>").withNodes(List.of(
                Node.of("x", NodeKind.MULTI_ROLE, "<script>alert(1)</script>"),
                Node.of("y", NodeKind.INTERNET, "A&B \"quoted\" 'single'"),
                Node.of("z", NodeKind.DNS, "서울\u0001DNS")));
        String svg = SvgExporter.export(renderer(t), t.name());
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        // long names are shortened to fit the card, and read back exactly as drawn; the whole name is the text's
        // <title>, which viewers show on hover and search finds
        assertThat(texts(doc)).contains("<script>alert(1)<…", "A&B \"quoted\" 's…", "서울DNS");
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName("title").getLength(); i++) {
            titles.add(doc.getElementsByTagName("title").item(i).getTextContent());
        }
        assertThat(titles).contains("<script>alert(1)</script>", "A&B \"quoted\" 'single'");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("A&B <diagram>");
    }

    @Test
    void pngSizeFollowsTheScale() throws Exception {
        DiagramRenderer r = renderer(Sample.EDGE_PERIMETER.load());
        Rect b = r.bounds();
        for (double scale : new double[] {1, 2, PngExporter.scaleForDpi(300)}) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.export(r, scale, false)));
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(b.width() * scale));
            assertThat(image.getHeight()).isEqualTo((int) Math.ceil(b.height() * scale));
        }
        assertThat(PngExporter.scaleForDpi(300)).isEqualTo(3.125);
    }

    @Test
    void pngIsWhiteByDefaultAndTransparentOnRequest() throws Exception {
        DiagramRenderer r = renderer(Sample.SINGLE_MULTI_ROLE.load());
        BufferedImage white = ImageIO.read(new ByteArrayInputStream(PngExporter.export(r, 1, false)));
        BufferedImage clear = ImageIO.read(new ByteArrayInputStream(PngExporter.export(r, 1, true)));
        assertThat(white.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
        assertThat(clear.getRGB(1, 1) >>> 24).isZero();
        // and the drawing itself is there: some pixel differs from the background
        boolean drawn = false;
        for (int x = 0; x < white.getWidth() && !drawn; x += 3) {
            for (int y = 0; y < white.getHeight() && !drawn; y += 3) {
                drawn = white.getRGB(x, y) != 0xFFFFFFFF;
            }
        }
        assertThat(drawn).isTrue();
    }

    @Test
    void aDenseDiagramIsExportedWithItsBundlesInsteadOfEveryArrow() throws Exception {
        Topology big = org.portolan.samples.GeneratedTopology.of(1000);
        var layout = DiagramLayouter.layout(big, FlowEngine.flows(big));
        List<String> texts = texts(parse(SvgExporter.export(new DiagramRenderer(layout), big.name())));

        assertThat(layout.dense()).isTrue();
        assertThat(texts).contains("EX500").containsAll(layout.bundles().stream().map(b -> b.label()).toList())
                .as("no label of a single arrow").doesNotContain("443/TCP · 80/TCP · 587/TCP", "any");
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc) {
        NodeList list = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return texts;
    }
}
