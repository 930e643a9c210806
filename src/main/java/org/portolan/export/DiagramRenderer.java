package org.portolan.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.DiagramStyle;
import org.portolan.layout.Icons;
import org.portolan.layout.Legend;
import org.portolan.layout.NodeBoxes;
import org.portolan.layout.Rect;
import org.portolan.layout.Vec;

/** Draws a {@link DiagramLayout} on any {@link DrawingSurface}: the one drawing routine of SVG, PNG and PDF. */
public final class DiagramRenderer {

    private static final double LEGEND_GAP = 14;

    private final DiagramLayout layout;
    /** Placed on first need: the window's overview draws only arrows and cards, on every edit. */
    private Optional<Legend.Placement> legend;

    public DiagramRenderer(DiagramLayout layout) {
        this.layout = layout;
    }

    private Legend.Placement legend() {
        if (legend == null) {
            Set<TrafficClass> used = layout.trafficClasses();
            Rect b = layout.bounds();
            legend = used.isEmpty() ? Optional.empty() : Optional.of(
                    Legend.place(new ArrayList<>(used), b.x(), b.maxY() + LEGEND_GAP, Math.max(b.width(), 700)));
        }
        return legend.orElse(null);
    }

    /** The area the picture covers: the diagram and, below it, the legend. */
    public Rect bounds() {
        Legend.Placement legend = legend();
        return legend == null ? layout.bounds() : layout.bounds().union(legend.box());
    }

    public void render(DrawingSurface s) {
        Legend.Placement legend = legend();
        for (ZoneArea z : layout.zones()) {
            Rect r = z.rect();
            zoneArea(s, z);
            s.text(z.title(), r.x() + 16, r.y() + 28, DiagramLayouter.ZONE_TITLE_FONT, true,
                    DiagramStyle.zoneTitle(z.zone().kind()));
        }
        for (Connector c : layout.connectors()) {
            line(s, c);
        }
        for (NodeBox b : layout.nodes()) {
            card(s, b);
        }
        for (Connector c : layout.overview() ? List.<Connector>of() : layout.connectors()) {
            Rect r = c.labelRect();
            s.rect(r, 4, DiagramStyle.LABEL_FILL, DiagramStyle.line(c.trafficClass()).color(), 0.8);
            s.text(c.label(), r.x() + 5, r.maxY() - 4.5, DiagramLayouter.LABEL_FONT, false, DiagramStyle.TEXT);
        }
        if (legend != null) {
            s.rect(legend.box(), 6, "#f8fafc", DiagramStyle.CARD_STROKE, 1);
            s.text(legend.title(), legend.titleOrigin().x(), legend.titleOrigin().y(), Legend.FONT, true, DiagramStyle.TEXT);
            for (Legend.Entry e : legend.entries()) {
                DiagramStyle.Line style = DiagramStyle.line(e.trafficClass());
                s.polyline(List.of(e.lineStart(), e.lineEnd()), style.color(), style.width(), style.dashes());
                s.text(e.text(), e.textOrigin().x(), e.textOrigin().y(), Legend.FONT, false, DiagramStyle.TEXT);
            }
        }
    }

    /**
     * Only the arrows {@code which} accepts: what the window shows as images when a diagram is too dense for
     * a node per arrow.
     */
    public void renderArrows(DrawingSurface s, java.util.function.Predicate<Connector> which) {
        for (Connector c : layout.connectors()) {
            if (which.test(c)) {
                line(s, c);
            }
        }
    }

    /** Only these arrows, of this renderer's layout. */
    public void renderArrows(DrawingSurface s, List<Connector> connectors) {
        for (Connector c : connectors) {
            line(s, c);
        }
    }

    /**
     * Only the bodies (no icon, no text) of the cards {@code which} accepts: what the window shows of cards
     * in a dense diagram zoomed out, drawn into its overview image.
     */
    public void renderCardBodies(DrawingSurface s, java.util.function.Predicate<NodeBox> which) {
        for (NodeBox b : layout.nodes()) {
            if (which.test(b)) {
                body(s, b);
            }
        }
    }

    /**
     * Only the zones' areas (no title): the bottom of the window's overview image, so that the software
     * renderer paints one image instead of large rounded shapes under it.
     */
    public void renderZoneAreas(DrawingSurface s) {
        for (ZoneArea z : layout.zones()) {
            zoneArea(s, z);
        }
    }

    private static void zoneArea(DrawingSurface s, ZoneArea z) {
        s.rect(z.rect(), 8, DiagramStyle.zoneFill(z.zone().kind()), DiagramStyle.zoneStroke(z.zone().kind()), 1.5);
    }

    private static void body(DrawingSurface s, NodeBox b) {
        s.rect(b.rect(), DiagramStyle.CARD_RADIUS, DiagramStyle.CARD_FILL, DiagramStyle.CARD_STROKE, 1);
    }

    private static void line(DrawingSurface s, Connector c) {
        s.arrow(c, DiagramStyle.line(c.trafficClass()));
    }

    private static void card(DrawingSurface s, NodeBox b) {
        body(s, b);
        s.icon(Icons.pathData(b.node().kind()), NodeBoxes.icon(b), DiagramStyle.accent(b.node().kind()), 2);
        Vec t = NodeBoxes.title(b);
        s.text(b.title(), t.x(), t.y(), DiagramLayouter.TITLE_FONT, true, DiagramStyle.TEXT);
        Vec st = NodeBoxes.subtitle(b);
        s.text(b.subtitle(), st.x(), st.y(), DiagramLayouter.SUBTITLE_FONT, false, DiagramStyle.MUTED_TEXT);
    }
}
