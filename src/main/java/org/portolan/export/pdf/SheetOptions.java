package org.portolan.export.pdf;

import java.time.ZonedDateTime;

/**
 * @param author    who prepared the sheet, or null to leave the cover's field blank for a signature
 * @param generated when the sheet is generated; printed on the cover and in every footer
 */
public record SheetOptions(Paper paper, String author, ZonedDateTime generated) {

    public static SheetOptions defaults() {
        return new SheetOptions(Paper.A4, null, ZonedDateTime.now());
    }
}
