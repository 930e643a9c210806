package org.portolan.layout;

import java.util.Collections;
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
    /** The traffic classes the arrows use: the legend asks after every edit. */
    private final Set<TrafficClass> trafficClasses;
    /** Positions in {@link #connectors} of each card's arrows, by card. */
    private final int[][] connectorsByCard;
    /** The card (its position in {@link #nodes}) each arrow comes from, and the one it goes to. */
    private final int[] connectorSources;
    private final int[] connectorTargets;

    /**
     * Made by {@link DiagramLayouter}, which has the derived parts at hand as it makes the cards and arrows.
     *
     * @param trafficClasses unmodifiable, in legend order
     * @param overview true for diagrams too dense for port labels ({@link DiagramLayouter#OVERVIEW_CONNECTORS}
     *                 arrows or more): arrows are straight and painters leave the labels out
     */
    DiagramLayout(Rect bounds, List<ZoneArea> zones, List<NodeBox> nodes, List<Connector> connectors, boolean overview,
                  Map<String, NodeBox> nodesById, Set<TrafficClass> trafficClasses, int[][] connectorsByCard,
                  int[] connectorSources, int[] connectorTargets) {
        this.bounds = bounds;
        this.zones = zones;
        this.nodes = nodes;
        this.connectors = connectors;
        this.overview = overview;
        this.nodesById = Collections.unmodifiableMap(nodesById);
        this.trafficClasses = trafficClasses;
        this.connectorsByCard = connectorsByCard;
        this.connectorSources = connectorSources;
        this.connectorTargets = connectorTargets;
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
     * @param labelRect where the label's box goes; null in an overview, whose labels are not drawn (the ports
     *                  are in the tables), so that its tens of thousands of arrows need no label placed
     * @param twoWay    flows also go from target to source: each direction then keeps to its own lane
     */
    public record Connector(Node source, Node target, List<Flow> flows, TrafficClass trafficClass,
                            List<Vec> points, String label, Rect labelRect, boolean twoWay) {

        public static final double ARROW_LENGTH = 11;
        public static final double ARROW_HALF_WIDTH = 4.5;

        /** How far beyond its route its drawing can reach: the arrowhead's half width and the widest line. */
        public static final double REACH = ARROW_HALF_WIDTH + 3;

        /** The area its drawing can cover: its route, with room for the arrowhead and the widest line. */
        public Rect reach() {
            double[] b = routeBounds();
            return new Rect(b[0], b[1], b[2] - b[0], b[3] - b[1]).inflate(REACH);
        }

        /**
         * True when its drawing can cover part of {@code area}: {@link #reach()} intersecting it, without making
         * a rectangle (asked of 66,000 arrows when a few changed).
         */
        public boolean reaches(Rect area) {
            double[] b = routeBounds();
            return b[0] - REACH < area.maxX() && area.x() < b[2] + REACH
                    && b[1] - REACH < area.maxY() && area.y() < b[3] + REACH;
        }

        /** The route's bounds: minimum x and y, maximum x and y. */
        private double[] routeBounds() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i = 0; i < points.size(); i++) {
                Vec p = points.get(i);
                b[0] = Math.min(b[0], p.x());
                b[1] = Math.min(b[1], p.y());
                b[2] = Math.max(b[2], p.x());
                b[3] = Math.max(b[3], p.y());
            }
            return b;
        }

        /** True when {@code other} is drawn as the same arrow: same ends, traffic class and route. */
        public boolean sameRoute(Connector other) {
            return this == other || trafficClass == other.trafficClass && source.id().equals(other.source.id())
                    && target.id().equals(other.target.id()) && points.equals(other.points);
        }

        /** The line to draw: the route, ending at the arrowhead's base so dashes never poke through it. */
        public List<Vec> shaft() {
            double[] head = arrowhead(new double[HEAD]);
            java.util.ArrayList<Vec> shaft = new java.util.ArrayList<>(points.subList(0, points.size() - 1));
            shaft.add(new Vec(head[0], head[1]));
            return shaft;
        }

        /** The arrowhead: tip on the target's border, then the two corners of its base. */
        public List<Vec> head() {
            double[] head = arrowhead(new double[HEAD]);
            return List.of(points.get(points.size() - 1), new Vec(head[2], head[3]), new Vec(head[4], head[5]));
        }

        /** Length of what {@link #arrowhead} fills in. */
        public static final int HEAD = 6;

        /**
         * The arrowhead's base, where the shaft ends, then the two corners of that base (the tip is the route's last
         * point), into {@code into} and returned: {@link #shaft} and {@link #head} without making an object, for a
         * painter drawing 66,000 arrows.
         */
        public double[] arrowhead(double[] into) {
            Vec tip = points.get(points.size() - 1);
            Vec before = points.get(points.size() - 2);
            // Each step as Vec's arithmetic does it (unit, times, minus, perpendicular, plus), to the last bit.
            double dx = tip.x() - before.x();
            double dy = tip.y() - before.y();
            double length = Math.sqrt(dx * dx + dy * dy);
            double baseX = tip.x() - (length == 0 ? 0 : dx / length) * ARROW_LENGTH;
            double baseY = tip.y() - (length == 0 ? 0 : dy / length) * ARROW_LENGTH;
            double ax = tip.x() - baseX;
            double ay = tip.y() - baseY;
            double along = Math.sqrt(ax * ax + ay * ay);
            double sideX = -(along == 0 ? 0 : ay / along) * ARROW_HALF_WIDTH;
            double sideY = (along == 0 ? 0 : ax / along) * ARROW_HALF_WIDTH;
            into[0] = baseX;
            into[1] = baseY;
            into[2] = baseX + sideX;
            into[3] = baseY + sideY;
            into[4] = baseX - sideX;
            into[5] = baseY - sideY;
            return into;
        }
    }

    /** The traffic classes the arrows use, in legend order. */
    public Set<TrafficClass> trafficClasses() {
        return trafficClasses;
    }

    /**
     * For each card (in {@link #nodes()} order), the positions in {@link #connectors()} of the arrows from or
     * to it, ascending. Shared, not copied: callers must not change the arrays.
     */
    int[][] connectorsByCard() {
        return connectorsByCard;
    }

    /** The card each arrow comes from, by the arrow's position. Shared, not copied. */
    int[] connectorSources() {
        return connectorSources;
    }

    /** The card each arrow goes to, by the arrow's position. Shared, not copied. */
    int[] connectorTargets() {
        return connectorTargets;
    }

    /** The arrows from or to any of the nodes with these ids, in the order of {@link #connectors()}. */
    public List<Connector> connectorsOf(java.util.Collection<String> nodeIds) {
        return ByEnds.pick(connectors, card -> connectorsByCard[card],
                ByEnds.placesOf(nodes, b -> b.node().id(), nodeIds));
    }

    /** The card of a node, or null. */
    public NodeBox nodeBox(String nodeId) {
        return nodesById.get(nodeId);
    }
}
