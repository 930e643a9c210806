package org.portolan.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How a table is written.
 *
 * @param excel     CSV starts with a UTF-8 byte order mark, so that Excel reads Hangul names correctly
 * @param generated when it was written, stated in Markdown and JSON
 */
public record TableOptions(boolean excel, ZonedDateTime generated) {

    public TableOptions {
        Objects.requireNonNull(generated, "generated");
    }

    public static TableOptions now() {
        return new TableOptions(false, ZonedDateTime.now());
    }

    public TableOptions withExcel(boolean value) {
        return new TableOptions(value, generated);
    }

    /** "2026-12-07 22:15". */
    String generatedText() {
        return generated.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
    }
}
