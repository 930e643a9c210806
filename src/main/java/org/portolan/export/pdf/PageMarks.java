package org.portolan.export.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Places remembered while the sheet is laid out: the bookmarks of its sections and crossings, and what must be
 * drawn on a page once later pages exist (the contents' page numbers).
 */
final class PageMarks {

    /** A bookmark: a title at a place on a page, a section (level 0) or one of its parts (level 1). */
    record Mark(String title, int level, PDPage page, float y) {
    }

    private final List<Mark> marks = new ArrayList<>();
    /** By the page's dictionary: the page tree hands out a new PDPage for the same page on every walk. */
    private final Map<COSDictionary, List<Consumer<PdfCanvas>>> later = new IdentityHashMap<>();

    void mark(String title, int level, PDPage page, float y) {
        marks.add(new Mark(title, level, page, y));
    }

    List<Mark> marks() {
        return marks;
    }

    /** Draws on {@code page} when the document is finished, when every page number is known. */
    void later(PDPage page, Consumer<PdfCanvas> draw) {
        later.computeIfAbsent(page.getCOSObject(), p -> new ArrayList<>()).add(draw);
    }

    List<Consumer<PdfCanvas>> laterOn(PDPage page) {
        return later.getOrDefault(page.getCOSObject(), List.of());
    }

    /** The document outline, opened beside the pages. */
    void outline(PDDocument doc, float pageHeight) {
        if (marks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem section = null;
        for (Mark m : marks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(m.title());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(m.page());
            dest.setTop(Math.round(pageHeight - m.y() + 20));
            item.setDestination(dest);
            if (m.level() == 0 || section == null) {
                outline.addLast(item);
                section = item;
            } else {
                section.addLast(item);
            }
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }
}
