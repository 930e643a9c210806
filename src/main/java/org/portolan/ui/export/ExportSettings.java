package org.portolan.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.portolan.export.ExportRequest;
import org.portolan.export.PngExporter;
import org.portolan.export.pdf.Paper;

/**
 * What the export dialog asks for, remembered between exports (folder, formats and options) in the
 * user's preferences.
 */
public record ExportSettings(Path folder, boolean pdf, boolean svg, boolean png, boolean csv, boolean markdown,
                             PngScale pngScale, boolean transparent, Paper paper, String author, boolean capirca,
                             boolean handout) {

    /** The PNG sizes the dialog offers. */
    public enum PngScale {
        ONE("1× (screen)", 1), TWO("2× (high-density screens)", 2), PRINT("300 dpi (print)", PngExporter.scaleForDpi(300));

        private final String label;
        private final double factor;

        PngScale(String label, double factor) {
            this.label = label;
            this.factor = factor;
        }

        public double factor() {
            return factor;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static ExportSettings defaults() {
        return new ExportSettings(Path.of(System.getProperty("user.home")), true, false, false, false, false,
                PngScale.TWO, false, Paper.A4, "", false, false);
    }

    public boolean anySelected() {
        return pdf || svg || png || csv || markdown || capirca || handout;
    }

    /** The files this export writes, named after {@code baseName} in the chosen folder. */
    public ExportRequest toRequest(String baseName) {
        return new ExportRequest(pdf ? folder.resolve(baseName + ".pdf") : null,
                svg ? folder.resolve(baseName + ".svg") : null,
                png ? folder.resolve(baseName + ".png") : null,
                csv ? folder.resolve(baseName + ".csv") : null,
                markdown ? folder.resolve(baseName + ".md") : null,
                pngScale.factor(), transparent, paper, author == null || author.isBlank() ? null : author.trim(),
                capirca ? folder.resolve(baseName + "-capirca") : null, null, false, false, null,
                handout ? folder.resolve(baseName + "-handout.pdf") : null);
    }

    /** A file name from a diagram name: keeps letters (Hangul too), digits, dashes; spaces become dashes. */
    public static String baseName(String diagramName) {
        String s = diagramName.trim().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").replaceAll("\\s+", "-");
        return s.isEmpty() ? "diagram" : s.length() > 80 ? s.substring(0, 80) : s;
    }

    public static ExportSettings load(Preferences p) {
        ExportSettings d = defaults();
        return new ExportSettings(Path.of(p.get("folder", d.folder().toString())), p.getBoolean("pdf", d.pdf()),
                p.getBoolean("svg", d.svg()), p.getBoolean("png", d.png()), p.getBoolean("csv", d.csv()),
                p.getBoolean("markdown", d.markdown()), valueOf(PngScale.class, p.get("pngScale", d.pngScale().name()), d.pngScale()),
                p.getBoolean("transparent", d.transparent()), valueOf(Paper.class, p.get("paper", d.paper().name()), d.paper()),
                p.get("author", d.author()), p.getBoolean("capirca", d.capirca()), p.getBoolean("handout", d.handout()));
    }

    public void save(Preferences p) {
        p.put("folder", folder.toString());
        p.putBoolean("pdf", pdf);
        p.putBoolean("svg", svg);
        p.putBoolean("png", png);
        p.putBoolean("csv", csv);
        p.putBoolean("markdown", markdown);
        p.put("pngScale", pngScale.name());
        p.putBoolean("transparent", transparent);
        p.put("paper", paper.name());
        p.put("author", author == null ? "" : author);
        p.putBoolean("capirca", capirca);
        p.putBoolean("handout", handout);
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
