package org.portolan.export;

import java.nio.file.Path;
import org.portolan.analysis.View;
import java.util.EnumSet;
import java.util.Set;
import org.portolan.capirca.CapircaTarget;
import org.portolan.export.pdf.Paper;

/**
 * Which files to write in one export, and how. A null path means "not asked for".
 *
 * @param pngScale       pixels per diagram unit (1, 2, or {@link PngExporter#scaleForDpi} for print)
 * @param capirca        the folder of the Capirca policy (def/ and policies/pol/ inside it), or null
 * @param capircaTargets the platforms the policy's headers name
 * @param excel          the CSV starts with a UTF-8 byte order mark, for Excel
 * @param perHostAppendix the PDF ends with every host-to-host connection
 * @param view           the concern the PNG and SVG show (the PDF has a diagram page per concern)
 * @param handout        the workshop walkthrough as a PDF, a page per hop, or null
 */
public record ExportRequest(Path pdf, Path svg, Path png, Path csv, Path markdown, double pngScale,
                            boolean transparentPng, Paper paper, String author, Path capirca,
                            Set<CapircaTarget> capircaTargets, boolean excel, boolean perHostAppendix,
                            View view, Path handout) {

    public ExportRequest {
        capircaTargets = capircaTargets == null || capircaTargets.isEmpty() ? EnumSet.allOf(CapircaTarget.class)
                : EnumSet.copyOf(capircaTargets);
        view = view == null ? View.ALL : view;
    }

    /** Every connection in the PNG and SVG, and no handout. */
    public ExportRequest(Path pdf, Path svg, Path png, Path csv, Path markdown, double pngScale,
                         boolean transparentPng, Paper paper, String author, Path capirca,
                         Set<CapircaTarget> capircaTargets, boolean excel, boolean perHostAppendix) {
        this(pdf, svg, png, csv, markdown, pngScale, transparentPng, paper, author, capirca, capircaTargets, excel,
                perHostAppendix, View.ALL, null);
    }

    /** Everything but a Capirca policy. */
    public ExportRequest(Path pdf, Path svg, Path png, Path csv, Path markdown, double pngScale,
                         boolean transparentPng, Paper paper, String author) {
        this(pdf, svg, png, csv, markdown, pngScale, transparentPng, paper, author, null, null, false, false);
    }

    public boolean isEmpty() {
        return pdf == null && svg == null && png == null && csv == null && markdown == null && capirca == null
                && handout == null;
    }
}
