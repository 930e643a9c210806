package org.portolan.export;

import java.nio.file.Path;
import org.portolan.export.pdf.Paper;

/**
 * Which files to write in one export, and how. A null path means "not asked for".
 *
 * @param pngScale pixels per diagram unit (1, 2, or {@link PngExporter#scaleForDpi} for print)
 */
public record ExportRequest(Path pdf, Path svg, Path png, Path csv, Path markdown, double pngScale,
                            boolean transparentPng, Paper paper, String author) {

    public boolean isEmpty() {
        return pdf == null && svg == null && png == null && csv == null && markdown == null;
    }
}
