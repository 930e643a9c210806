package org.portolan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portolan.rules.TrafficClass;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Bundle;
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
            s.text(z.title(), r.x() + 14, r.y() + 25, DiagramLayouter.ZONE_TITLE_FONT, true,
                    DiagramStyle.zoneTitle(z.zone().kind()));
        }
        List<Connector> drawn = layout.dense() ? List.of() : layout.connectors();
        for (Connector c : drawn) {
            arrow(s, c.shaft(), c.head(), c.trafficClass(), DiagramStyle.line(c.trafficClass()).width());
            if (c.twoWay()) {
                s.polygon(c.tail(), DiagramStyle.line(c.trafficClass()).color());
            }
        }
        for (NodeBox b : layout.nodes()) {
            card(s, b);
        }
        // A dense diagram's bundles go over its cards, which fill the zones.
        for (Bundle b : layout.bundles()) {
            arrow(s, b.shaft(), b.head(), b.trafficClass(), b.width());
        }
        for (Connector c : drawn) {
            label(s, c.labelRect(), c.label(), c.trafficClass());
        }
        for (Bundle b : layout.bundles()) {
            label(s, b.labelRect(), b.label(), b.trafficClass());
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

    private static void zoneArea(DrawingSurface s, ZoneArea z) {
        s.rect(z.rect(), 8, DiagramStyle.zoneFill(z.zone().kind()), DiagramStyle.zoneStroke(z.zone().kind()), 1.5);
    }

    private static void arrow(DrawingSurface s, List<Vec> shaft, List<Vec> head, TrafficClass trafficClass,
                              double width) {
        DiagramStyle.Line style = DiagramStyle.line(trafficClass);
        double stretch = width / style.width();
        s.polyline(shaft, style.color(), width, style.dashes().stream().map(d -> d * stretch).toList());
        s.polygon(head, style.color());
    }

    private static void label(DrawingSurface s, Rect r, String text, TrafficClass trafficClass) {
        s.rect(r, 4, DiagramStyle.LABEL_FILL, DiagramStyle.line(trafficClass).color(), 0.8);
        List<String> lines = DiagramLayouter.labelLines(text);
        for (int i = 0; i < lines.size(); i++) {
            s.text(lines.get(i), r.x() + DiagramLayouter.LABEL_INSET, DiagramLayouter.labelBaseline(r, i), DiagramLayouter.LABEL_FONT, false,
                    DiagramStyle.TEXT);
        }
    }

    private static void card(DrawingSurface s, NodeBox b) {
        // A card the view shows no connection of is drawn faded: outline, icon and text in light greys.
        String stroke = b.dimmed() ? DiagramStyle.DIMMED : DiagramStyle.CARD_STROKE;
        // A group (a DAG, a pool) is a stack of cards.
        for (Rect behind : NodeBoxes.stack(b)) {
            s.rect(behind, DiagramStyle.CARD_RADIUS, DiagramStyle.CARD_FILL, stroke, 1);
        }
        s.rect(b.rect(), DiagramStyle.CARD_RADIUS, DiagramStyle.CARD_FILL, stroke, 1);
        s.icon(Icons.pathData(b.node().kind()), NodeBoxes.icon(b),
                b.dimmed() ? DiagramStyle.DIMMED : DiagramStyle.accent(b.node().kind()), 2);
        Vec t = NodeBoxes.title(b);
        s.text(b.title(), b.node().name(), t.x(), t.y(), DiagramLayouter.TITLE_FONT, true,
                b.dimmed() ? DiagramStyle.DIMMED_TEXT : DiagramStyle.TEXT);
        Vec st = NodeBoxes.subtitle(b);
        s.text(b.subtitle(), st.x(), st.y(), DiagramLayouter.SUBTITLE_FONT, false,
                b.dimmed() ? DiagramStyle.DIMMED : DiagramStyle.MUTED_TEXT);
    }
}
