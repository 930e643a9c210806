package org.portolan.layout;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.portolan.rules.Flow;
import org.portolan.rules.TrafficClass;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Zone;

/**
 * The one diagram geometry every painter draws from: the window's canvas, SVG, PNG and PDF. Painters
 * choose colours and fonts; they never decide where anything goes. Immutable; two layouts are equal when
 * they draw the same (bounds, zones, cards, arrows and bundles).
 *
 * <p>A dense diagram (more than {@link DiagramLayouter#DENSE_ARROWS} arrows) is drawn as {@link #bundles()}:
 * one weighted arrow per pair of roles in zones and traffic class. Its {@link #connectors()} are still there,
 * straight and without placed labels, for the arrows of a selection.
 */
public final class DiagramLayout {

    private final Rect bounds;
    private final List<ZoneArea> zones;
    private final List<NodeBox> nodes;
    private final List<Connector> connectors;
    private final List<Bundle> bundles;
    private final Map<String, NodeBox> nodesById = new HashMap<>();

    DiagramLayout(Rect bounds, List<ZoneArea> zones, List<NodeBox> nodes, List<Connector> connectors,
                  List<Bundle> bundles) {
        this.bounds = bounds;
        this.zones = List.copyOf(zones);
        this.nodes = List.copyOf(nodes);
        this.connectors = List.copyOf(connectors);
        this.bundles = List.copyOf(bundles);
        nodes.forEach(b -> nodesById.put(b.node().id(), b));
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

    /** The bundled arrows a dense diagram is drawn with; empty when every arrow is drawn. */
    public List<Bundle> bundles() {
        return bundles;
    }

    /** True when the diagram is drawn as bundles rather than one arrow per pair of cards. */
    public boolean dense() {
        return !bundles.isEmpty();
    }

    /** The traffic classes the drawn arrows use, in legend order. */
    public Set<TrafficClass> trafficClasses() {
        Set<TrafficClass> used = java.util.EnumSet.noneOf(TrafficClass.class);
        connectors.forEach(c -> used.add(c.trafficClass()));
        return used;
    }

    /** The arrows from or to any of the nodes with these ids, in the order of {@link #connectors()}. */
    public List<Connector> connectorsOf(Collection<String> nodeIds) {
        Set<String> ids = Set.copyOf(nodeIds);
        return connectors.stream().filter(c -> ids.contains(c.source().id()) || ids.contains(c.target().id()))
                .toList();
    }

    /** The card of a node, or null. */
    public NodeBox nodeBox(String nodeId) {
        return nodesById.get(nodeId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiagramLayout other && bounds.equals(other.bounds) && zones.equals(other.zones)
                && nodes.equals(other.nodes) && connectors.equals(other.connectors) && bundles.equals(other.bundles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bounds, zones, nodes, connectors, bundles);
    }

    @Override
    public String toString() {
        return "DiagramLayout[" + bounds + ", " + zones.size() + " zones, " + nodes.size() + " cards, "
                + connectors.size() + " arrows" + (dense() ? ", " + bundles.size() + " bundles" : "") + "]";
    }

    /** A zone's area with its title. */
    public record ZoneArea(Zone zone, Rect rect, String title) {
    }

    /**
     * A node's card.
     *
     * @param title    the node's name, shortened to fit the card
     * @param subtitle its role (and site, when it names one)
     * @param dimmed   the view shows none of its connections: drawn faded, still in its place
     */
    public record NodeBox(Node node, Rect rect, String title, String subtitle, boolean dimmed) {

        NodeBox dim() {
            return new NodeBox(node, rect, title, subtitle, true);
        }
    }

    /**
     * The flows of one traffic class between two nodes, drawn as one arrow; with flows both ways it has a head
     * at each end.
     *
     * @param forward   the flows from source to target
     * @param backward  the flows from target to source; empty for a one-way arrow
     * @param points    the route, source border first, target border last
     * @param label     the ports, "25, 50636/TCP", or "any" for unrestricted links; both ways, a line per
     *                  direction, its ports after the arrow that points its way: "→ 25/TCP\n← 25, 50636/TCP"
     * @param labelRect where the label's box goes; null in a dense diagram, whose arrows carry no label
     */
    public record Connector(Node source, Node target, TrafficClass trafficClass, List<Flow> forward,
                            List<Flow> backward, List<Vec> points, String label, Rect labelRect) {

        public Connector {
            forward = List.copyOf(forward);
            backward = List.copyOf(backward);
            points = List.copyOf(points);
        }

        /** Flows go both ways: the arrow has a head at each end. */
        public boolean twoWay() {
            return !backward.isEmpty();
        }

        /** Every flow the arrow carries, forward first. */
        public List<Flow> flows() {
            if (backward.isEmpty()) {
                return forward;
            }
            List<Flow> all = new java.util.ArrayList<>(forward);
            all.addAll(backward);
            return all;
        }

        /** The line to draw: the route between the arrowheads' bases, so dashes never poke through them. */
        public List<Vec> shaft() {
            return twoWay() ? Arrowheads.shaftBetweenHeads(points, 1) : Arrowheads.shaft(points, 1);
        }

        /** The arrowhead on the target: tip on its border, then the two corners of its base. */
        public List<Vec> head() {
            return Arrowheads.head(points, 1);
        }

        /** The arrowhead on the source when flows go both ways; otherwise empty. */
        public List<Vec> tail() {
            return twoWay() ? Arrowheads.tail(points, 1) : List.of();
        }
    }

    /**
     * The arrows of a dense diagram from the cards of one role in one zone to those of another role in a zone,
     * of one traffic class, drawn as one arrow from the middle of the ones to the middle of the others.
     *
     * @param arrows how many arrows it stands for
     * @param ports  the ports of their flows, "443/TCP · 80/TCP"
     * @param label  what it says on the diagram: "40 × 443/TCP · 80/TCP"
     * @param width  its line width, growing with the number of arrows
     */
    public record Bundle(Zone sourceZone, NodeKind sourceKind, Zone targetZone, NodeKind targetKind,
                         TrafficClass trafficClass, int arrows, String ports, List<Vec> points, String label,
                         Rect labelRect, double width) {

        /** How much larger than a single arrow's its arrowhead is. */
        public double headScale() {
            return Math.max(1, width / 2);
        }

        public List<Vec> shaft() {
            return Arrowheads.shaft(points, headScale());
        }

        public List<Vec> head() {
            return Arrowheads.head(points, headScale());
        }
    }
}
