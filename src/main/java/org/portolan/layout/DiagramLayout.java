package org.portolan.layout;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.portolan.flow.ByEnds;
import org.portolan.flow.Flow;
import org.portolan.flow.TrafficClass;
import org.portolan.model.Node;
import org.portolan.model.Zone;

/**
 * The one diagram geometry every painter draws from: the window's canvas, SVG, PNG and PDF. Painters
 * choose colours and fonts; they never decide where anything goes. Immutable; two layouts are equal when
 * they draw the same (bounds, zones, cards, arrows and mode).
 */
public final class DiagramLayout {

    private final Rect bounds;
    private final List<ZoneArea> zones;
    private final List<NodeBox> nodes;
    private final List<Connector> connectors;
    private final boolean overview;
    /** The cards by node id: selecting, dragging and pinning look cards up by id. */
    private final Map<String, NodeBox> nodesById;
    /**
     * Given by the layouter, which has them at hand as it makes the arrows, or made on first need: the legend
     * asks after every edit, and a pass over 66,000 arrows costs.
     */
    private volatile Set<TrafficClass> trafficClasses;
    /** Positions in {@link #connectors} of each card's arrows, by card: given or made like the above. */
    private volatile int[][] connectorsByCard;

    /**
     * @param overview true for diagrams too dense for port labels ({@link DiagramLayouter#OVERVIEW_CONNECTORS}
     *                 arrows or more): arrows are straight and painters leave the labels out
     */
    public DiagramLayout(Rect bounds, List<ZoneArea> zones, List<NodeBox> nodes, List<Connector> connectors,
                         boolean overview) {
        this(bounds, zones, nodes, connectors, overview, null, null);
    }

    DiagramLayout(Rect bounds, List<ZoneArea> zones, List<NodeBox> nodes, List<Connector> connectors,
                  boolean overview, Set<TrafficClass> trafficClasses, int[][] connectorsByCard) {
        this.bounds = bounds;
        this.zones = zones;
        this.nodes = nodes;
        this.connectors = connectors;
        this.overview = overview;
        this.trafficClasses = trafficClasses;
        this.connectorsByCard = connectorsByCard;
        Map<String, NodeBox> byId = new HashMap<>(nodes.size() * 2);
        nodes.forEach(b -> byId.put(b.node().id(), b));
        this.nodesById = Collections.unmodifiableMap(byId);
    }

    public Rect bounds() {
        return bounds;
    }

    public List<ZoneArea> zones() {
        return zones;
    }

    /** The cards, in the topology's node order. */
    public List<NodeBox> nodes() {
        return nodes;
    }

    /** The arrows, one per directed pair of cards with flows. */
    public List<Connector> connectors() {
        return connectors;
    }

    public boolean overview() {
        return overview;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiagramLayout other && overview == other.overview && bounds.equals(other.bounds)
                && zones.equals(other.zones) && nodes.equals(other.nodes) && connectors.equals(other.connectors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bounds, zones, nodes, connectors, overview);
    }

    @Override
    public String toString() {
        return "DiagramLayout[" + bounds + ", " + zones.size() + " zones, " + nodes.size() + " cards, "
                + connectors.size() + " arrows" + (overview ? ", overview" : "") + "]";
    }

    /** A zone's area with its title. */
    public record ZoneArea(Zone zone, Rect rect, String title) {
    }

    /**
     * A node's card.
     *
     * @param title    the node's name, shortened to fit the card
     * @param subtitle its role (and site, when it names one)
     */
    public record NodeBox(Node node, Rect rect, String title, String subtitle) {
    }

    /**
     * All flows from one node to another, drawn as one arrow.
     *
     * @param points    the route, source border first, target border (arrow tip) last
     * @param label     the ports, "25/TCP · 50636/TCP", or "any" for unrestricted links
     * @param labelRect where the label's box goes
     * @param twoWay    flows also go from target to source: each direction then keeps to its own lane
     */
    public record Connector(Node source, Node target, List<Flow> flows, TrafficClass trafficClass,
                            List<Vec> points, String label, Rect labelRect, boolean twoWay) {

        public static final double ARROW_LENGTH = 11;
        public static final double ARROW_HALF_WIDTH = 4.5;

        /** True when {@code other} is drawn as the same arrow: same ends, traffic class and route. */
        public boolean sameRoute(Connector other) {
            return this == other || trafficClass == other.trafficClass && source.id().equals(other.source.id())
                    && target.id().equals(other.target.id()) && points.equals(other.points);
        }

        /** The line to draw: the route, ending at the arrowhead's base so dashes never poke through it. */
        public List<Vec> shaft() {
            java.util.ArrayList<Vec> shaft = new java.util.ArrayList<>(points.subList(0, points.size() - 1));
            shaft.add(arrowBase());
            return shaft;
        }

        /** The arrowhead: tip on the target's border, then the two corners of its base. */
        public List<Vec> head() {
            Vec tip = points.get(points.size() - 1);
            Vec base = arrowBase();
            Vec side = tip.minus(base).unit().perpendicular().times(ARROW_HALF_WIDTH);
            return List.of(tip, base.plus(side), base.minus(side));
        }

        private Vec arrowBase() {
            Vec tip = points.get(points.size() - 1);
            Vec dir = tip.minus(points.get(points.size() - 2)).unit();
            return tip.minus(dir.times(ARROW_LENGTH));
        }
    }

    /** The traffic classes the arrows use, in legend order. */
    public Set<TrafficClass> trafficClasses() {
        if (trafficClasses == null) {
            Set<TrafficClass> used = EnumSet.noneOf(TrafficClass.class);
            connectors.forEach(c -> used.add(c.trafficClass()));
            trafficClasses = Collections.unmodifiableSet(used);
        }
        return trafficClasses;
    }

    /**
     * For each card (in {@link #nodes()} order), the positions in {@link #connectors()} of the arrows from or
     * to it, ascending. Shared, not copied: callers must not change the arrays.
     */
    int[][] connectorsByCard() {
        int[][] index = connectorsByCard;
        if (index == null) {
            Map<String, Integer> cards = new HashMap<>(nodes.size() * 2);
            for (int i = 0; i < nodes.size(); i++) {
                cards.put(nodes.get(i).node().id(), i);
            }
            int[] sources = new int[connectors.size()];
            int[] targets = new int[connectors.size()];
            for (int k = 0; k < connectors.size(); k++) {
                Connector c = connectors.get(k);
                sources[k] = k > 0 && connectors.get(k - 1).source() == c.source() ? sources[k - 1]
                        : cards.get(c.source().id()); // arrows come in runs from one card
                targets[k] = cards.get(c.target().id());
            }
            index = ByEnds.of(sources, targets, nodes.size());
            connectorsByCard = index;
        }
        return index;
    }

    /** The arrows from or to any of the nodes with these ids, in the order of {@link #connectors()}. */
    public List<Connector> connectorsOf(java.util.Collection<String> nodeIds) {
        int[] cards = new int[nodes.size()];
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodeIds.contains(nodes.get(i).node().id())) {
                cards[count++] = i;
            }
        }
        return count == 0 ? List.of() : ByEnds.pick(connectors, connectorsByCard(), java.util.Arrays.copyOf(cards, count));
    }

    /** The card of a node, or null. */
    public NodeBox nodeBox(String nodeId) {
        return nodesById.get(nodeId);
    }
}
