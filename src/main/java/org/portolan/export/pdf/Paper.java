package org.portolan.export.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper sizes of the sheet; every page is landscape. */
public enum Paper {
    A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

    private final PDRectangle portrait;

    Paper(PDRectangle portrait) {
        this.portrait = portrait;
    }

    PDRectangle landscape() {
        return new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }
}
