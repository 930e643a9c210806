package org.portolan.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.portolan.analysis.Analysis;
import org.portolan.analysis.Walkthrough;
import org.portolan.layout.DiagramLayouter;
import org.portolan.render.DiagramRenderer;

/**
 * The workshop's walkthrough on paper: a page per hop, with the diagram of that step (its arrow alone, the
 * cards it does not touch faded) and its caption, on white whatever the screen's theme.
 */
public final class Handout {

    private Handout() {
    }

    public static byte[] export(Analysis analysis, Paper paper, ZonedDateTime generated) {
        Walkthrough walkthrough = Walkthrough.of(analysis.flows());
        try (PDDocument doc = new PDDocument()) {
            PdfPages pages = new PdfPages(doc, paper.landscape());
            if (walkthrough.scenarios().isEmpty()) {
                pages.newPage();
                pages.heading("No connections to walk through", 14);
            }
            int number = 0;
            for (Walkthrough.Scenario s : walkthrough.scenarios()) {
                number++;
                for (int h = 0; h < s.hops().size(); h++) {
                    Walkthrough.Hop hop = s.hops().get(h);
                    pages.newPage();
                    if (h == 0) {
                        pages.mark(number + ". " + s.title());
                    }
                    pages.heading(number + ". " + s.title() + " · hop " + (h + 1) + " of " + s.hops().size(), 14);
                    pages.paragraph(hop.caption(), 11, PdfPages.TEXT);
                    pages.moveDown(8);
                    pages.diagram(new DiagramRenderer(DiagramLayouter.layout(analysis.topology(), analysis.flows(),
                            List.of(hop.flow()))));
                }
            }
            String date = generated.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
            pages.finish(analysis.topology().name(), "Workshop handout · Exchange Server 2013",
                    "Generated " + date + " by Portolan");
            doc.getDocumentInformation().setTitle(analysis.topology().name() + " — workshop handout");
            doc.getDocumentInformation().setCreator("Portolan");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
