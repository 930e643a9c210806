package org.portolan.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public static final double NODE_WIDTH = 176;
    public static final double NODE_HEIGHT = 60;
    public static final double LABEL_FONT = 11;
    public static final double LABEL_HEIGHT = 17;
    public static final double TITLE_FONT = 13;
    public static final double SUBTITLE_FONT = 10.5;
    public static final double ZONE_TITLE_FONT = 14;
    public static final double ZONE_HEADER = 44;
    /**
     * Above this many arrows a diagram is dense: drawn as bundles, with the arrows of the selection. A
     * 150-card organisation has about 1,800 arrows and is drawn in full; 2,000 arrows with their labels
     * already cover most of a diagram.
     */
    public static final int DENSE_ARROWS = 2000;

    private DiagramLayouter() {
    }

    public static DiagramLayout layout(Topology topology, List<Flow> flows) {
        CardPlacement.Cards cards = CardPlacement.place(topology);
        Map<String, NodeBox> byId = new HashMap<>();
        cards.boxes().forEach(b -> byId.put(b.node().id(), b));
        List<FlowPairs.Pair> pairs = FlowPairs.group(flows);
        boolean dense = pairs.size() > DENSE_ARROWS;
        SpatialGrid<Rect> obstacles = dense ? null : ArrowRoutes.obstacles(cards.boxes());
        SpatialGrid<Rect> occupied = new SpatialGrid<>(LABEL_HEIGHT * 4);
        if (!dense) {
            cards.boxes().forEach(b -> occupied.add(b.rect().inflate(3), b.rect().inflate(3)));
        }
        PortLabels labels = new PortLabels();
        List<Connector> connectors = new ArrayList<>(pairs.size());
        for (FlowPairs.Pair pair : pairs) {
            NodeBox from = byId.get(pair.from());
            NodeBox to = byId.get(pair.to());
            List<Vec> points = ArrowRoutes.route(from.rect(), to.rect(), pair.twoWay(), obstacles);
            String label = labels.of(pair.flows());
            Rect labelRect = null;
            if (!dense) {
                double width = TextMetrics.width(label, LABEL_FONT, false) + 10;
                labelRect = ArrowRoutes.placeLabel(points, width, LABEL_HEIGHT, occupied);
                occupied.add(labelRect.inflate(2), labelRect.inflate(2));
            }
            connectors.add(new Connector(from.node(), to.node(), pair.flows(), pair.flows().get(0).trafficClass(),
                    points, label, labelRect, pair.twoWay()));
        }
        List<Bundle> bundles = dense ? Bundles.of(cards.zones(), byId, connectors, occupied, labels) : List.of();
        return new DiagramLayout(bounds(cards, dense ? List.of() : connectors, bundles), cards.zones(),
                cards.boxes(), connectors, bundles);
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
