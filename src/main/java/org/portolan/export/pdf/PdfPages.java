package org.portolan.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Flows text and tables down landscape pages in y-down coordinates, starting a new page when the next
 * block does not fit; tables repeat their header on every page they continue on.
 */
final class PdfPages {

    static final float MARGIN = 40;
    static final float HEADER = 30;
    static final float FOOTER = 26;
    static final String TEXT = "#0f172a";
    static final String MUTED = "#475569";
    static final String RULE_LINE = "#cbd5e1";

    /** A piece of text in one style. */
    record Run(String text, boolean bold, String color) {
        static Run plain(String text) {
            return new Run(text, false, TEXT);
        }

        static Run strong(String text) {
            return new Run(text, true, TEXT);
        }

        static Run muted(String text) {
            return new Run(text, false, MUTED);
        }
    }

    /** A cell: runs stacked as separate paragraphs. */
    record Cell(List<Run> runs) {
        static Cell of(Run... runs) {
            return new Cell(List.of(runs));
        }
    }

    record Column(String title, float width) {
    }

    final PDDocument doc;
    final PdfFonts fonts;
    final float width;
    final float height;
    private PDPageContentStream stream;
    private PdfCanvas canvas;
    private float y;
    private PDPage page;
    final PageMarks marks = new PageMarks();
    /** The bookmark of the next table, placed where its heading lands. */
    private String nextTableMark;

    PdfPages(PDDocument doc, PDRectangle landscape) {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
        this.width = landscape.getWidth();
        this.height = landscape.getHeight();
    }

    float left() {
        return MARGIN;
    }

    float contentWidth() {
        return width - 2 * MARGIN;
    }

    float top() {
        return MARGIN + HEADER;
    }

    float bottom() {
        return height - MARGIN - FOOTER;
    }

    float y() {
        return y;
    }

    void moveDown(float dy) {
        y += dy;
    }

    /** Puts the flow back to {@code newY} on the same page, e.g. to lay a second table beside a first. */
    void moveTo(float newY) {
        y = newY;
    }

    PdfCanvas canvas() {
        return canvas;
    }

    void newPage() {
        closeStream();
        page = new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        PdfCanvas.io(() -> stream = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true));
        canvas = new PdfCanvas(stream, fonts, height);
        y = top();
    }

    void closeStream() {
        if (stream != null) {
            PdfCanvas.io(stream::close);
            stream = null;
        }
    }

    /** Starts a new page unless {@code needed} points still fit on this one. */
    boolean ensure(float needed) {
        if (canvas == null || y + needed > bottom()) {
            newPage();
            return true;
        }
        return false;
    }

    void heading(String text, float size) {
        ensure(size * 2.4f);
        y += size;
        canvas.text(text, left(), y, size, true, TEXT);
        y += size * 0.8f;
    }

    void paragraph(String text, float size, String color) {
        for (String line : wrap(text, size, false, contentWidth())) {
            ensure(size * 1.4f);
            y += size * 1.1f;
            canvas.text(line, left(), y, size, false, color);
            y += size * 0.3f;
        }
    }

    /** Breaks text into lines no wider than {@code maxWidth}, splitting over-long words by character. */
    List<String> wrap(String text, float size, boolean bold, float maxWidth) {
        String printable = fonts.printable(text);
        List<String> lines = new ArrayList<>();
        for (String paragraph : split(printable, '\n')) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            float space = fonts.width(" ", size, bold);
            for (String word : split(paragraph, ' ')) {
                if (word.isEmpty()) {
                    continue;
                }
                float w = fonts.width(word, size, bold);
                if (w > maxWidth) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    for (String piece : splitWord(word, size, bold, maxWidth)) {
                        lines.add(piece);
                    }
                    String last = lines.remove(lines.size() - 1);
                    line.append(last);
                    lineWidth = fonts.width(last, size, bold);
                    continue;
                }
                float needed = line.length() == 0 ? w : lineWidth + space + w;
                if (needed > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                    lineWidth = w;
                } else {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = needed;
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** String.split without the regular expression, which showed up in profiles of large sheets. */
    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /**
     * A word wider than the column, in pieces that fit: host names and addresses break after a '.', '-', ':' or
     * '/' where one fits (never inside a number), other words wherever they must.
     */
    private List<String> splitWord(String word, float size, boolean bold, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = start + 1;
            while (end < word.length() && fonts.width(word.substring(start, end + 1), size, bold) <= maxWidth) {
                end++;
            }
            if (end < word.length()) {
                for (int i = end; i > start + 1; i--) {
                    if (".-:/,;".indexOf(word.charAt(i - 1)) >= 0) {
                        end = i;
                        break;
                    }
                }
            }
            pieces.add(word.substring(start, end));
            start = end;
        }
        return pieces;
    }

    /**
     * Draws a table under an optional heading; the heading, the header row and the first row always
     * share a page. When a row does not fit, the table continues on a new page under
     * "{@code continued} (continued)" with the header row again. Rows never split across pages.
     */
    void table(String heading, List<Column> columns, List<Cell[]> rows, float size, String continued) {
        table(heading, left(), columns, rows, size, continued);
    }

    /** The same, with the table's left edge at {@code x} (its width is that of its columns). */
    void table(String heading, float x0, List<Column> columns, List<Cell[]> rows, float size, String continued) {
        float width = (float) columns.stream().mapToDouble(Column::width).sum();
        float leading = size * 1.3f;
        float pad = 3.5f;
        float headerHeight = size * 1.3f + 2 * pad + 1;
        float maxRowLines = (bottom() - top() - 40 - headerHeight - 2 * pad) / leading;
        List<List<List<Run>>> wrapped = new ArrayList<>(rows.size());
        List<Integer> lineCounts = new ArrayList<>(rows.size());
        for (Cell[] row : rows) {
            List<List<Run>> lines = new ArrayList<>();
            int maxLines = 1;
            for (int c = 0; c < columns.size(); c++) {
                List<Run> cellLines = new ArrayList<>();
                for (Run run : row[c].runs()) {
                    if (run.text().isEmpty()) {
                        continue;
                    }
                    for (String l : wrap(run.text(), size, run.bold(), columns.get(c).width() - 2 * pad)) {
                        cellLines.add(new Run(l, run.bold(), run.color()));
                    }
                }
                lines.add(cellLines);
                maxLines = Math.max(maxLines, cellLines.size());
            }
            wrapped.add(lines);
            lineCounts.add((int) Math.min(maxLines, maxRowLines));
        }
        float first = rows.isEmpty() ? 0 : lineCounts.get(0) * leading + 2 * pad;
        ensure((heading == null ? 0 : 11 * 2.4f + 4) + headerHeight + first);
        if (nextTableMark != null) {
            marks.mark(nextTableMark, 1, page, y);
            nextTableMark = null;
        }
        if (heading != null) {
            heading(heading, 11);
            y += 4;
        }
        header(x0, width, columns, size, pad);
        boolean zebra = false;
        for (int r = 0; r < rows.size(); r++) {
            List<List<Run>> lines = wrapped.get(r);
            int maxLines = lineCounts.get(r);
            float rowHeight = maxLines * leading + 2 * pad;
            if (y + rowHeight > bottom()) {
                newPage();
                if (continued != null) {
                    heading(continued + " (continued)", 11);
                    y += 4;
                }
                header(x0, width, columns, size, pad);
                zebra = false;
            }
            if (zebra) {
                canvas.rect(new org.portolan.layout.Rect(x0, y, width, rowHeight), 0, "#f8fafc", null, 0);
            }
            zebra = !zebra;
            float x = x0;
            for (int c = 0; c < columns.size(); c++) {
                List<Run> cellLines = lines.get(c);
                for (int i = 0; i < Math.min(cellLines.size(), maxLines); i++) {
                    Run run = cellLines.get(i);
                    String text = i == maxLines - 1 && cellLines.size() > maxLines ? run.text() + " …" : run.text();
                    canvas.text(text, x + pad, y + pad + i * leading + size, size, run.bold(), run.color());
                }
                x += columns.get(c).width();
            }
            y += rowHeight;
            canvas.line(x0, y, x0 + width, y, RULE_LINE, 0.5);
        }
        y += 10;
    }

    private void header(float x0, float width, List<Column> columns, float size, float pad) {
        float h = size * 1.3f + 2 * pad + 1;
        canvas.rect(new org.portolan.layout.Rect(x0, y, width, h), 0, "#1e293b", null, 0);
        float x = x0;
        for (Column c : columns) {
            canvas.text(c.title(), x + pad, y + pad + size + 0.5, size, true, "#ffffff");
            x += c.width();
        }
        y += h;
    }

    /** Adds the running header and "page X of Y" footer to every page, once all pages exist. */
    /** Bookmarks a section (level 0) where the text goes on next. */
    /** A diagram scaled to the rest of the page, centred across it. */
    void diagram(org.portolan.render.DiagramRenderer diagram) {
        org.portolan.layout.Rect b = diagram.bounds();
        float availW = contentWidth();
        float availH = bottom() - y() - 4;
        float scale = (float) Math.min(availW / b.width(), availH / b.height());
        float dx = left() + (float) (availW - b.width() * scale) / 2;
        float top = y();
        PdfCanvas.io(() -> {
            canvas().stream().saveGraphicsState();
            canvas().stream().transform(new org.apache.pdfbox.util.Matrix(scale, 0, 0, scale,
                    dx - (float) b.x() * scale, top - (float) b.y() * scale));
        });
        diagram.render(canvas());
        PdfCanvas.io(() -> canvas().stream().restoreGraphicsState());
    }

    void mark(String title) {
        marks.mark(title, 0, page, y);
    }

    /** Bookmarks the next table (level 1) where its heading lands. */
    void markNextTable(String title) {
        nextTableMark = title;
    }

    PDPage page() {
        return page;
    }

    /** 1-based, in the finished document. */
    int pageNumber(PDPage p) {
        return doc.getPages().indexOf(p) + 1;
    }

    void finish(String headerLeft, String headerRight, String footerLeft) throws IOException {
        closeStream();
        marks.outline(doc, height);
        int total = doc.getNumberOfPages();
        int i = 0;
        for (PDPage page : doc.getPages()) { // the iterator is linear; getPage(i) walks the tree every time
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfCanvas c = new PdfCanvas(cs, fonts, height);
                marks.laterOn(page).forEach(draw -> draw.accept(c));
                float hy = MARGIN + 10;
                c.text(fit(headerLeft, 9, true, contentWidth() * 0.6f), left(), hy, 9, true, TEXT);
                String right = fit(headerRight, 9, false, contentWidth() * 0.38f);
                c.text(right, width - MARGIN - fonts.width(right, 9, false), hy, 9, false, MUTED);
                c.line(left(), hy + 6, width - MARGIN, hy + 6, RULE_LINE, 0.75);
                float fy = height - MARGIN;
                c.line(left(), fy - 14, width - MARGIN, fy - 14, RULE_LINE, 0.75);
                c.text(footerLeft, left(), fy, 8, false, MUTED);
                String pageText = "page " + (i + 1) + " of " + total;
                c.text(pageText, width - MARGIN - fonts.width(pageText, 8, false), fy, 8, false, MUTED);
            }
            i++;
        }
    }

    private String fit(String text, float size, boolean bold, float maxWidth) {
        String t = fonts.printable(text);
        if (fonts.width(t, size, bold) <= maxWidth) {
            return t;
        }
        int end = t.length();
        while (end > 1 && fonts.width(t.substring(0, end) + "…", size, bold) > maxWidth) {
            end--;
        }
        return t.substring(0, end) + "…";
    }
}
