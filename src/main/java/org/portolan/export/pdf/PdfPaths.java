package org.portolan.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.portolan.layout.Icons;
import org.portolan.layout.Rect;
import org.portolan.render.PathData;

/** Adds an icon's path to a PDF content stream (the PDF painter lives in a sub-package; the parser here). */
public final class PdfPaths {

    private PdfPaths() {
    }

    public static void replay(String pathData, Rect box, PDPageContentStream cs) {
        PathData.replay(pathData, box.x(), box.y(), box.width() / Icons.GRID, new PathData.Sink() {
            public void moveTo(double x, double y) {
                run(() -> cs.moveTo((float) x, (float) y));
            }

            public void lineTo(double x, double y) {
                run(() -> cs.lineTo((float) x, (float) y));
            }

            public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
                run(() -> cs.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3));
            }

            public void close() {
                run(cs::closePath);
            }
        });
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
