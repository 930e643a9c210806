package org.portolan.export;

import org.portolan.layout.Rect;
import org.portolan.layout.TextMetrics;
import org.portolan.render.DiagramRenderer;
import org.portolan.render.SvgSurface;

/**
 * The diagram as a standalone SVG document: vector shapes, text as text, and the subset of NanumGothic the
 * text uses embedded as a web font, so that Hangul and the measured widths survive on any machine.
 */
public final class SvgExporter {

    private SvgExporter() {
    }

    public static String export(DiagramRenderer renderer, String title) {
        Rect b = renderer.bounds();
        StringBuilder body = new StringBuilder(64 * 1024);
        SvgSurface surface = new SvgSurface(body);
        renderer.render(surface);
        StringBuilder out = new StringBuilder(body.length() + 64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(SvgSurface.n(b.width()))
                .append("\" height=\"").append(SvgSurface.n(b.height())).append("\" viewBox=\"")
                .append(SvgSurface.n(b.x())).append(' ').append(SvgSurface.n(b.y())).append(' ')
                .append(SvgSurface.n(b.width())).append(' ').append(SvgSurface.n(b.height()))
                .append("\" font-family=\"").append(SvgSurface.escape(SvgSurface.FONT_FAMILY)).append("\">\n")
                .append("<title>").append(SvgSurface.escape(title)).append("</title>\n")
                .append("<defs><style>\n")
                .append(FontSubsets.fontFace(TextMetrics.FONT_RESOURCE, "normal", surface.regularCodePoints()))
                .append(FontSubsets.fontFace(TextMetrics.BOLD_FONT_RESOURCE, "bold", surface.boldCodePoints()))
                .append("</style></defs>\n")
                .append("<rect x=\"").append(SvgSurface.n(b.x())).append("\" y=\"").append(SvgSurface.n(b.y()))
                .append("\" width=\"").append(SvgSurface.n(b.width())).append("\" height=\"").append(SvgSurface.n(b.height()))
                .append("\" fill=\"#ffffff\"/>\n");
        out.append(body).append("</svg>\n");
        return out.toString();
    }
}
