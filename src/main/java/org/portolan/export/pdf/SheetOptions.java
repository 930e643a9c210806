package org.portolan.export.pdf;

import java.time.ZonedDateTime;

/**
 * @param author         who prepared the sheet, or null to leave the cover's field blank for a signature
 * @param generated      when the sheet is generated; printed on the cover and in every footer
 * @param perHostAppendix an appendix with every host-to-host connection behind the rules (long for large
 *                        organisations, so only on request)
 */
public record SheetOptions(Paper paper, String author, ZonedDateTime generated, boolean perHostAppendix) {

    public SheetOptions(Paper paper, String author, ZonedDateTime generated) {
        this(paper, author, generated, false);
    }

    public static SheetOptions defaults() {
        return new SheetOptions(Paper.A4, null, ZonedDateTime.now());
    }
}
