package org.portolan.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portolan.analysis.View;
import org.portolan.rules.Flow;
import org.portolan.layout.DiagramLayout.Bundle;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.model.Topology;

/**
 * Computes the {@link DiagramLayout} of a topology and its flows, from scratch: cards where
 * {@link CardPlacement} puts them, one arrow per directed pair of cards with flows, bending around cards in
 * its way, each label at the first free spot along its arrow. A dense diagram is drawn as {@link Bundles}.
 */
public final class DiagramLayouter {

    public static final double NODE_WIDTH = 184;
    public static final double NODE_HEIGHT = 60;
    public static final double LABEL_FONT = 13;
    public static final double LABEL_HEIGHT = 20;
    /** Between a label's box and its text, left and right. */
    public static final double LABEL_INSET = 7;
    /** Between the baselines of a label's lines: an arrow both ways has a line per direction. */
    public static final double LABEL_LINE_STEP = 15.5;
    public static final double TITLE_FONT = 15;
    public static final double SUBTITLE_FONT = 11;
    public static final double ZONE_TITLE_FONT = 14;
    public static final double ZONE_HEADER = 38;
    /**
     * Above this many arrows a diagram is dense: drawn as bundles, with the arrows of the selection. A
     * 150-card organisation has about 1,800 arrows and is drawn in full; 2,000 arrows with their labels
     * already cover most of a diagram.
     */
    public static final int DENSE_ARROWS = 2000;

    /** How much wider the gaps between cards get, in turn, for labels that found no free spot. */
    private static final double[] SPREADS = {1, 1.25, 1.5, 1.8};
    /**
     * Up to this many arrows a crowded layout is tried again with wider gaps (a 30-card organisation has about
     * 100); a 150-card one is crowded at any spread, and each try costs a whole layout.
     */
    private static final int SPREAD_ARROWS = 400;

    private DiagramLayouter() {
    }

    /** The layout of every connection. */
    public static DiagramLayout layout(Topology topology, List<Flow> flows) {
        return layout(topology, flows, View.ALL);
    }

    /**
     * The layout of the connections {@code view} shows; the cards stay where they are in every view, and those
     * with no connection in it are dimmed. Where a label finds no free spot and the layout places cards, the
     * gaps between them widen (by up to {@link #SPREADS}' last factor) until every label of the whole diagram
     * has one, in diagrams of up to {@link #SPREAD_ARROWS} arrows.
     */
    public static DiagramLayout layout(Topology topology, List<Flow> flows, View view) {
        return layout(topology, flows, view == View.ALL ? flows : view.filter(flows));
    }

    /**
     * The layout of the {@code shown} flows with the cards where {@code flows}, all of them, put them: a view,
     * or a workshop handout's single hop.
     */
    public static DiagramLayout layout(Topology topology, List<Flow> flows, List<Flow> shownFlows) {
        List<FlowPairs.Pair> all = FlowPairs.group(flows);
        List<FlowPairs.Pair> shown = shownFlows == flows ? all : FlowPairs.group(shownFlows);
        // Lit: every node at an end of a shown flow, the servers of an R1 line inside one zone too (not drawn).
        java.util.Set<String> involved = new java.util.HashSet<>();
        if (shown != all) {
            for (Flow f : shownFlows) {
                f.sourceSide().forEach(n -> involved.add(n.id()));
                f.targetSide().forEach(n -> involved.add(n.id()));
            }
        }
        boolean spreadable = all.size() <= SPREAD_ARROWS && CardPlacement.placesAnything(topology);
        double spread = SPREADS[0];
        DiagramLayout whole = null;
        if (spreadable) {
            for (double s : SPREADS) {
                spread = s;
                LabelSpots spots = new LabelSpots();
                whole = layout(topology, all, all, s, spots, involved);
                if (!spots.crowded()) {
                    break;
                }
            }
        }
        return whole != null && shown == all ? whole : layout(topology, all, shown, spread, new LabelSpots(), involved);
    }

    /** Cards placed for {@code all} the arrows, {@code shown} drawn. */
    private static DiagramLayout layout(Topology topology, List<FlowPairs.Pair> all, List<FlowPairs.Pair> shown,
                                        double spread, LabelSpots spots, java.util.Set<String> involved) {
        CardPlacement.Cards cards = CardPlacement.place(topology, all, spread);
        List<FlowPairs.Pair> pairs = new ArrayList<>(shown);
        Map<String, NodeBox> byId = new HashMap<>();
        cards.boxes().forEach(b -> byId.put(b.node().id(), b));
        boolean dense = pairs.size() > DENSE_ARROWS;
        List<Anchors.Arrow> arrows = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            FlowPairs.Pair p = readingOrder(pairs.get(i), byId);
            pairs.set(i, p);
            arrows.add(new Anchors.Arrow(byId.get(p.from()).rect(), byId.get(p.to()).rect(), p.trafficClass().ordinal()));
        }
        List<Vec[]> anchors = Anchors.of(arrows);
        SpatialGrid<Rect> obstacles = dense ? null : ArrowRoutes.obstacles(cards.boxes());
        List<List<Vec>> routes = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            Anchors.Arrow a = arrows.get(i);
            routes.add(ArrowRoutes.route(anchors.get(i)[0], anchors.get(i)[1], a.from(), a.to(), obstacles));
        }
        PortLabels labels = new PortLabels();
        String[] texts = new String[pairs.size()];
        Rect[] spotsOf = new Rect[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            FlowPairs.Pair p = pairs.get(i);
            boolean across = isAcross(arrows.get(i));
            texts[i] = labels.of(p.forward(), across ? "→" : "↓", p.backward(), across ? "←" : "↑");
        }
        if (!dense) {
            cards.boxes().forEach(b -> spots.block(b.rect().inflate(3)));
            cards.zones().forEach(z -> spots.block(zoneTitle(z)));
            for (int i = 0; i < routes.size(); i++) {
                spots.addLine(i, routes.get(i));
            }
            // Short arrows first: they have the fewest spots to choose from.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < routes.size(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparingDouble(i -> length(routes.get(i))));
            for (int i : order) {
                double[] size = labelSize(texts[i]);
                spotsOf[i] = spots.place(i, routes.get(i), size[0], size[1]);
            }
        }
        List<Connector> connectors = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            FlowPairs.Pair p = pairs.get(i);
            connectors.add(new Connector(byId.get(p.from()).node(), byId.get(p.to()).node(), p.trafficClass(),
                    p.forward(), p.backward(), routes.get(i), texts[i], spotsOf[i]));
        }
        List<Bundle> bundles = dense ? Bundles.of(cards.zones(), byId, connectors, spots, labels) : List.of();
        List<NodeBox> boxes = cards.boxes();
        if (shown != all) {
            boxes = boxes.stream().map(b -> involved.contains(b.node().id()) ? b : b.dim()).toList();
        }
        return new DiagramLayout(bounds(cards, dense ? List.of() : connectors, bundles), cards.zones(),
                boxes, connectors, bundles);
    }

    /** A label's lines: one, or one per direction for an arrow both ways. */
    public static List<String> labelLines(String label) {
        return List.of(label.split("\n"));
    }

    /** Where line {@code line} (from 0) of a label in box {@code r} has its baseline. */
    public static double labelBaseline(Rect r, int line) {
        return r.y() + LABEL_HEIGHT - 4.5 + line * LABEL_LINE_STEP;
    }

    /** The box a label needs. */
    static double[] labelSize(String label) {
        List<String> lines = labelLines(label);
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, TextMetrics.width(line, LABEL_FONT, false));
        }
        return new double[] {width + 2 * LABEL_INSET, LABEL_HEIGHT + (lines.size() - 1) * LABEL_LINE_STEP};
    }

    /**
     * An arrow with flows both ways runs left to right (or top to bottom, when it is steeper than it is wide),
     * so that its label reads "→ 25/TCP · ← 25, 50636/TCP" with the arrows pointing the way the flows go.
     */
    private static FlowPairs.Pair readingOrder(FlowPairs.Pair p, Map<String, NodeBox> byId) {
        if (p.backward().isEmpty()) {
            return p;
        }
        Rect from = byId.get(p.from()).rect();
        Rect to = byId.get(p.to()).rect();
        boolean across = isAcross(new Anchors.Arrow(from, to, 0));
        boolean backwards = across ? to.centerX() < from.centerX() : to.centerY() < from.centerY();
        return backwards ? new FlowPairs.Pair(p.to(), p.from(), p.trafficClass(), p.backward(), p.forward()) : p;
    }

    private static boolean isAcross(Anchors.Arrow a) {
        return Math.abs(a.to().centerX() - a.from().centerX()) >= Math.abs(a.to().centerY() - a.from().centerY());
    }

    private static double length(List<Vec> points) {
        double total = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            total += points.get(i + 1).minus(points.get(i)).length();
        }
        return total;
    }

    /** Where a zone's title is written: no label covers it. */
    static Rect zoneTitle(ZoneArea z) {
        double width = TextMetrics.width(z.title(), ZONE_TITLE_FONT, true);
        return new Rect(z.rect().x() + 8, z.rect().y() + 6, width + 12, ZONE_TITLE_FONT + 12);
    }

    /** Around the zones, the cards, and what is drawn of the arrows: their routes and labels. */
    private static Rect bounds(CardPlacement.Cards cards, List<Connector> drawn, List<Bundle> bundles) {
        List<Rect> parts = new ArrayList<>();
        cards.zones().stream().map(ZoneArea::rect).forEach(parts::add);
        cards.boxes().stream().map(NodeBox::rect).forEach(parts::add);
        for (Connector c : drawn) {
            parts.add(c.labelRect());
            c.points().forEach(p -> parts.add(new Rect(p.x(), p.y(), 0, 0)));
        }
        bundles.forEach(b -> parts.add(b.labelRect()));
        return parts.stream().reduce(Rect::union).orElse(new Rect(0, 0, 0, 0)).inflate(16);
    }
}
