package org.portolan.export;

import org.portolan.layout.Rect;

/** The diagram as a standalone SVG document. */
public final class SvgExporter {

    private SvgExporter() {
    }

    public static String export(DiagramRenderer renderer, String title) {
        Rect b = renderer.bounds();
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(SvgSurface.n(b.width()))
                .append("\" height=\"").append(SvgSurface.n(b.height())).append("\" viewBox=\"")
                .append(SvgSurface.n(b.x())).append(' ').append(SvgSurface.n(b.y())).append(' ')
                .append(SvgSurface.n(b.width())).append(' ').append(SvgSurface.n(b.height()))
                .append("\" font-family=\"").append(SvgSurface.escape(SvgSurface.FONT_FAMILY)).append("\">\n")
                .append("<title>").append(SvgSurface.escape(title)).append("</title>\n")
                .append("<rect x=\"").append(SvgSurface.n(b.x())).append("\" y=\"").append(SvgSurface.n(b.y()))
                .append("\" width=\"").append(SvgSurface.n(b.width())).append("\" height=\"").append(SvgSurface.n(b.height()))
                .append("\" fill=\"#ffffff\"/>\n");
        renderer.render(new SvgSurface(out));
        out.append("</svg>\n");
        return out.toString();
    }
}
