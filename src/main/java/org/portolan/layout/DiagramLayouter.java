package org.portolan.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portolan.flow.Flow;
import org.portolan.flow.FlowIndex;
import org.portolan.flow.NodeSetChange;
import org.portolan.flow.NodeUpdate;
import org.portolan.flow.OptionChange;
import org.portolan.flow.TrafficClass;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;

/**
 * Computes the {@link DiagramLayout} of a topology and its flows. Zones are bands from the Internet side
 * to the internal side; nodes without a position are placed in columns by role; arrows bend around cards
 * they would cross; each label takes the first free spot along its arrow.
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

    private static final double COLUMN_GAP = 150;
    private static final double ROW_GAP = 52;
    private static final double PADDING = 36;
    private static final double ZONE_GAP = 40;
    private static final double MIN_ZONE_WIDTH = 248;
    private static final double MIN_CONTENT_HEIGHT = 360;
    private static final int MAX_ROWS = 8;
    private static final double LANE_OFFSET = 6;
    private static final double DETOUR_MARGIN = 18;
    private static final double[] LABEL_STOPS = {0.5, 0.38, 0.62, 0.27, 0.73, 0.17, 0.83};
    /**
     * Label offsets from the arrow, in label heights: on it first, then beside it; the farther ones only when
     * cards dragged close together leave no room along a short arrow, where a label would cover a card.
     */
    private static final double[] LABEL_SHIFTS = {0, 1, -1, 2, -2, 3, -3};
    /** Above this many arrows the diagram is an overview: straight arrows, ports only in the tables. */
    public static final int OVERVIEW_CONNECTORS = 2000;

    private DiagramLayouter() {
    }

    public static DiagramLayout layout(Topology topology, List<Flow> flows) {
        return layout(topology, flows, null);
    }

    /**
     * The layout of {@code topology}, reusing what {@code previous} (the layout before an edit, or null)
     * computed for arrows that did not change: after a one-node edit almost every overview arrow keeps its
     * ends, and recomputing its route and label was most of the layout. The result is the same as without
     * {@code previous}.
     */
    public static DiagramLayout layout(Topology topology, List<Flow> flows, DiagramLayout previous) {
        return layout(topology, flows, null, previous);
    }

    /**
     * The same, with {@code index} (or null) saying where the ends of each of {@code flows} are in
     * {@code topology}, which spares looking 100,000 flows' ends up again.
     */
    public static DiagramLayout layout(Topology topology, List<Flow> flows, FlowIndex index, DiagramLayout previous) {
        Cards cards = placeCards(topology, previous);
        FlowPairs.Pairs pairs = FlowPairs.group(cards.boxes(), flows, index);
        boolean overview = pairs.size() > OVERVIEW_CONNECTORS;
        Extent arrows = new Extent();
        java.util.Set<TrafficClass> classes = java.util.EnumSet.noneOf(TrafficClass.class);
        List<Connector> connectors = connect(cards.boxes(), pairs, overview,
                overview && previous != null && previous.overview() ? EarlierArrows.of(previous, cards.boxes()) : null,
                arrows, classes);
        // Taken in while the arrows are made: the legend and the canvas ask for them after every edit.
        return finish(cards, connectors, overview, arrows, java.util.Collections.unmodifiableSet(classes),
                pairs.byCard(cards.boxes().size()), pairs.from(), pairs.to());
    }

    /**
     * The layout after a {@link NodeUpdate}, from {@code previous}, the layout before it: the same as
     * {@link #layout(Topology, List, DiagramLayout)} with the updated flows. An overview has the same arrows
     * as before, in the same order, since the same node pairs have flows; only those of updated cards (and
     * of cards the columns placed anew) are made again, and the rest are not even read.
     */
    public static DiagramLayout layout(Topology topology, NodeUpdate.Updated updated, DiagramLayout previous) {
        if (previous == null || !previous.overview()) {
            return layout(topology, updated.flows(), updated.index(), previous);
        }
        Cards cards = placeCards(topology, previous);
        // The cards whose arrows need making again: updated, or placed anew by the columns. A node update keeps
        // the cards' order, and with it the arrows' (the same pairs of nodes have flows).
        int[][] byCard = previous.connectorsByCard();
        java.util.BitSet redrawn = new java.util.BitSet(previous.connectors().size());
        for (int i = 0; i < cards.boxes().size(); i++) {
            NodeBox was = previous.nodes().get(i);
            if (updated.update().updatedAt(i) || !cards.boxes().get(i).rect().equals(was.rect())) {
                for (int k : byCard[i]) {
                    redrawn.set(k);
                }
            }
        }
        List<Connector> connectors = new ArrayList<>(previous.connectors());
        for (int k = redrawn.nextSetBit(0); k >= 0; k = redrawn.nextSetBit(k + 1)) {
            Connector was = connectors.get(k);
            NodeBox from = cards.box(was.source().id());
            NodeBox to = cards.box(was.target().id());
            List<Vec> points = straight(from.rect(), to.rect(), was.twoWay());
            connectors.set(k, new Connector(from.node(), to.node(), updated.now(was.flows()), was.trafficClass(),
                    points, was.label(), null, was.twoWay()));
        }
        return finish(cards, connectors, true, null, previous.trafficClasses(), byCard, previous.connectorSources(),
                previous.connectorTargets());
    }

    /**
     * The layout after an {@link OptionChange}, from {@code previous}, the layout before it: the same as
     * {@link #layout(Topology, List, DiagramLayout)} with the flows after it. When the change leaves an overview
     * with the same arrows, only those with flows of the changed rules are made again, along their routes.
     */
    public static DiagramLayout layout(Topology topology, OptionChange.Updated updated, DiagramLayout previous) {
        if (previous != null && previous.overview()) {
            Cards cards = placeCards(topology, previous);
            ArrowOrder.Arrows arrows = cards.boxes().equals(previous.nodes())
                    ? OptionChangeArrows.arrows(previous, updated) : null;
            if (arrows != null) {
                return finish(cards, arrows.connectors(), true, null, arrows.classes(), arrows.byCard(),
                        arrows.sources(), arrows.targets());
            }
        }
        return layout(topology, updated.flows(), updated.index(), previous);
    }

    /**
     * The layout after a {@link NodeSetChange} (nodes deleted, brought back or dropped), from {@code previous}, the
     * layout before it: the same as {@link #layout(Topology, List, DiagramLayout)} with the flows after it. An
     * overview keeps the arrows between the cards that stayed and makes those of new cards alone, when the cards
     * that stayed kept their places and their flows ({@link NodeSetChangeArrows}).
     */
    public static DiagramLayout layout(Topology topology, NodeSetChange.Updated updated, DiagramLayout previous) {
        if (previous != null && previous.overview()) {
            Cards cards = placeCards(topology, previous);
            ArrowOrder.Arrows arrows = NodeSetChangeArrows.arrows(previous, cards.boxes(), updated);
            if (arrows != null) {
                return finish(cards, arrows.connectors(), true, null, arrows.classes(), arrows.byCard(),
                        arrows.sources(), arrows.targets());
            }
        }
        return layout(topology, updated.flows(), updated.index(), previous);
    }

    /** The zones' areas and the cards, in the topology's node order and by node id. */
    private record Cards(List<ZoneArea> zones, List<NodeBox> boxes, Map<String, NodeBox> byId) {
        Cards(List<ZoneArea> zones, List<NodeBox> boxes) {
            this(zones, boxes, new HashMap<>(boxes.size() * 2));
            boxes.forEach(b -> byId.put(b.node().id(), b));
        }

        NodeBox box(String nodeId) {
            return byId.get(nodeId);
        }
    }

    /** The cards of {@code topology}; one that stayed as it was in {@code previous} (or null) is reused as it is. */
    private static Cards placeCards(Topology topology, DiagramLayout previous) {
        List<Zone> zones = new ArrayList<>(topology.zones());
        zones.sort(Comparator.comparing(Zone::kind)); // stable: file order within a kind
        Map<String, List<Node>> byZone = new LinkedHashMap<>();
        zones.forEach(z -> byZone.put(z.id(), new ArrayList<>()));
        topology.nodes().forEach(n -> byZone.get(n.zoneId()).add(n));

        Map<String, List<List<Node>>> columns = new HashMap<>();
        int tallest = 0;
        for (Zone zone : zones) {
            List<List<Node>> cols = columnsOf(byZone.get(zone.id()));
            columns.put(zone.id(), cols);
            for (List<Node> col : cols) {
                tallest = Math.max(tallest, col.size());
            }
        }
        double contentHeight = Math.max(MIN_CONTENT_HEIGHT, tallest * (NODE_HEIGHT + ROW_GAP) - ROW_GAP);
        double bandHeight = ZONE_HEADER + 2 * PADDING + contentHeight;

        List<ZoneArea> zoneAreas = new ArrayList<>();
        List<NodeBox> boxes = new ArrayList<>();
        double cursor = 0;
        for (Zone zone : zones) {
            List<List<Node>> cols = columns.get(zone.id());
            Rect rect;
            if (zone.bounds() != null) {
                Zone.Bounds b = zone.bounds();
                rect = new Rect(b.x(), b.y(), b.width(), b.height());
            } else {
                double width = Math.max(MIN_ZONE_WIDTH, cols.size() * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP + 2 * PADDING);
                rect = new Rect(cursor, 0, width, bandHeight);
                cursor += width + ZONE_GAP;
            }
            double top = rect.y() + ZONE_HEADER + PADDING;
            double height = rect.height() - ZONE_HEADER - 2 * PADDING;
            double columnsWidth = cols.size() * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
            double left = rect.x() + Math.max(PADDING, (rect.width() - columnsWidth) / 2);
            for (int c = 0; c < cols.size(); c++) {
                // Spread evenly: columns of different sizes then sit at different heights, so arrows between
                // them fan out instead of running on top of each other.
                List<Node> col = cols.get(c);
                double step = Math.max(NODE_HEIGHT + ROW_GAP, (height + NODE_HEIGHT) / (col.size() + 1));
                double first = top + Math.max(0, (height - (col.size() - 1) * step - NODE_HEIGHT) / 2);
                for (int i = 0; i < col.size(); i++) {
                    boxes.add(box(col.get(i), new Rect(left + c * (NODE_WIDTH + COLUMN_GAP), first + i * step,
                            NODE_WIDTH, NODE_HEIGHT), previous));
                }
            }
            for (Node n : byZone.get(zone.id())) {
                if (n.position() != null) {
                    Point p = n.position();
                    Rect r = new Rect(p.x(), p.y(), NODE_WIDTH, NODE_HEIGHT);
                    boxes.add(box(n, r, previous));
                    if (zone.bounds() == null) {
                        rect = rect.union(r.inflate(PADDING));
                    }
                }
            }
            zoneAreas.add(new ZoneArea(zone, rect, zone.name()));
        }
        // Keep file order for painters and hit-testing.
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < topology.nodes().size(); i++) {
            order.put(topology.nodes().get(i).id(), i);
        }
        boxes.sort(Comparator.comparing(b -> order.get(b.node().id())));

        return new Cards(zoneAreas, boxes);
    }

    /**
     * The layout of the cards and arrows. Its bounds take in the zones and cards, and the arrows and labels of
     * a detailed diagram; an overview's arrows run from card border to card border and its labels are not
     * drawn, so they never reach outside the cards, and an edit need not read them all to find the bounds.
     */
    private static DiagramLayout finish(Cards cards, List<Connector> connectors, boolean overview, Extent arrows,
                                        java.util.Set<TrafficClass> trafficClasses, int[][] connectorsByCard,
                                        int[] connectorSources, int[] connectorTargets) {
        Rect bounds = null;
        for (ZoneArea z : cards.zones()) {
            bounds = bounds == null ? z.rect() : bounds.union(z.rect());
        }
        for (NodeBox b : cards.boxes()) {
            bounds = bounds == null ? b.rect() : bounds.union(b.rect());
        }
        if (!overview && !connectors.isEmpty()) {
            bounds = bounds.union(arrows.rect());
        }
        return new DiagramLayout(bounds == null ? new Rect(0, 0, 0, 0) : bounds.inflate(16), cards.zones(),
                cards.boxes(), connectors, overview, cards.byId(), trafficClasses, connectorsByCard, connectorSources,
                connectorTargets);
    }

    /**
     * Columns of auto-placed nodes: one per role tier, wrapped every {@link #MAX_ROWS} nodes; large zones
     * wrap later, so that hundreds of servers form a landscape block rather than a thin strip.
     */
    private static List<List<Node>> columnsOf(List<Node> nodes) {
        int maxRows = Math.max(MAX_ROWS, (int) Math.ceil(Math.sqrt(1.8 * nodes.size())));
        Map<Integer, List<Node>> tiers = new java.util.TreeMap<>();
        for (Node n : nodes) {
            if (n.position() == null) {
                tiers.computeIfAbsent(tier(n.kind()), t -> new ArrayList<>()).add(n);
            }
        }
        List<List<Node>> cols = new ArrayList<>();
        for (List<Node> tier : tiers.values()) {
            tier.sort(Comparator.comparingInt(n -> rank(n.kind()))); // stable: file order within a kind
            for (int i = 0; i < tier.size(); i += maxRows) {
                cols.add(tier.subList(i, Math.min(tier.size(), i + maxRows)));
            }
        }
        return cols;
    }

    /**
     * Left-to-right order inside a zone follows who talks to whom: the front (Internet, Edge, Client Access
     * with the clients that use it), then Mailbox, then the infrastructure every server uses.
     */
    private static int tier(NodeKind kind) {
        return switch (kind) {
            case INTERNET, OFFICE_365, EDGE, CAS, MULTI_ROLE, INTERNAL_CLIENTS -> 0;
            case MAILBOX -> 1;
            case DNS, DOMAIN_CONTROLLER -> 2;
        };
    }

    /** Top-to-bottom order inside a column. */
    private static int rank(NodeKind kind) {
        return switch (kind) {
            case INTERNET, EDGE, CAS, MAILBOX, DNS -> 0;
            case OFFICE_365, MULTI_ROLE, DOMAIN_CONTROLLER -> 1;
            case INTERNAL_CLIENTS -> 2;
        };
    }

    /** A node's card at {@code r}: its title and role fitted to the card, unless {@code previous} has that card. */
    private static NodeBox box(Node n, Rect r, DiagramLayout previous) {
        NodeBox was = previous == null ? null : previous.nodeBox(n.id());
        if (was != null && was.node() == n && was.rect().equals(r)) {
            return was;
        }
        double textWidth = NODE_WIDTH - NodeBoxes.TEXT_LEFT - 8;
        String title = TextMetrics.fit(n.name(), TITLE_FONT, true, textWidth);
        String role = n.kind().displayName() + (n.site() != null && !n.site().isBlank() ? " · " + n.site() : "");
        return new NodeBox(n, r, title, TextMetrics.fit(role, SUBTITLE_FONT, false, textWidth));
    }

    /** The smallest rectangle around the arrows and labels, taken in as they are made. */
    private static final class Extent {
        private double minX = Double.MAX_VALUE;
        private double minY = Double.MAX_VALUE;
        private double maxX = -Double.MAX_VALUE;
        private double maxY = -Double.MAX_VALUE;

        void add(Connector c) {
            Rect l = c.labelRect();
            minX = Math.min(minX, l.x());
            minY = Math.min(minY, l.y());
            maxX = Math.max(maxX, l.maxX());
            maxY = Math.max(maxY, l.maxY());
            for (int i = 0; i < c.points().size(); i++) {
                Vec p = c.points().get(i);
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }

        Rect rect() {
            return new Rect(minX, minY, maxX - minX, maxY - minY);
        }
    }

    private static List<Connector> connect(List<NodeBox> boxes, FlowPairs.Pairs pairs, boolean overview,
                                           EarlierArrows earlier, Extent extent, java.util.Set<TrafficClass> classes) {
        SpatialGrid<NodeBox> obstacles = new SpatialGrid<>();
        SpatialGrid<Rect> occupied = new SpatialGrid<>();
        for (NodeBox b : overview ? List.<NodeBox>of() : boxes) { // an overview routes straight, labels in the middle
            obstacles.add(b.rect().inflate(4), b);
            occupied.add(b.rect().inflate(3), b.rect().inflate(3));
        }
        PortLabels labels = new PortLabels();
        List<Connector> connectors = new ArrayList<>(pairs.size());
        for (int p = 0; p < pairs.size(); p++) {
            NodeBox from = boxes.get(pairs.from()[p]);
            NodeBox to = boxes.get(pairs.to()[p]);
            boolean twoWay = pairs.twoWay()[p];
            Connector was = earlier == null ? null : earlier.route(p, pairs.from()[p], pairs.to()[p], twoWay);
            if (was != null && pairs.hasFlows(p, was.flows())) {
                // The same flows (the engine keeps those an edit leaves alone) between cards that stayed: the
                // same arrow, label and all, and nothing new for the garbage collector to copy. (Only overviews
                // reuse arrows, and their bounds do not need them.)
                connectors.add(was);
                classes.add(was.trafficClass());
                continue;
            }
            List<Flow> flows = pairs.flows(p);
            Connector connector;
            if (was != null) {
                connector = withFlows(from.node(), to.node(), was, flows, labels);
            } else if (overview) {
                connector = overviewArrow(from, to, flows, twoWay, labels);
            } else {
                List<Vec> points = route(from, to, twoWay, obstacles);
                String label = labels.of(flows);
                Rect labelRect = placeLabel(points, label, occupied);
                occupied.add(labelRect.inflate(2), labelRect.inflate(2));
                connector = new Connector(from.node(), to.node(), flows, flows.get(0).trafficClass(), points, label,
                        labelRect, twoWay);
            }
            connectors.add(connector);
            classes.add(connector.trafficClass());
            if (!overview) {
                extent.add(connector);
            }
        }
        return connectors;
    }

    /**
     * The overview arrow of {@code flows} from {@code source} to {@code target} along the route of {@code was},
     * the arrow between their cards before an edit that left both cards where they were: its label is made
     * again only when the ports differ.
     */
    static Connector withFlows(Node source, Node target, Connector was, List<Flow> flows, PortLabels labels) {
        String label = EarlierArrows.samePorts(was.flows(), flows) ? was.label() : labels.of(flows);
        return new Connector(source, target, flows, flows.get(0).trafficClass(), was.points(), label, null,
                was.twoWay());
    }

    /** A new overview arrow: straight from card to card, its label made but not placed (an overview draws none). */
    static Connector overviewArrow(NodeBox from, NodeBox to, List<Flow> flows, boolean twoWay, PortLabels labels) {
        return new Connector(from.node(), to.node(), flows, flows.get(0).trafficClass(),
                straight(from.rect(), to.rect(), twoWay), labels.of(flows), null, twoWay);
    }

    private static List<Vec> route(NodeBox from, NodeBox to, boolean twoWay, SpatialGrid<NodeBox> obstacles) {
        Vec a = from.rect().center();
        Vec b = to.rect().center();
        if (twoWay) {
            Vec shift = b.minus(a).unit().perpendicular().times(LANE_OFFSET);
            a = a.plus(shift);
            b = b.plus(shift);
        }
        List<Vec> points = new ArrayList<>();
        points.add(a);
        detour(a, b, from, to, obstacles, points, 0);
        // Start and end on the cards' borders rather than their centres.
        points.set(0, exit(from.rect(), points.get(0), points.get(1)));
        int last = points.size() - 1;
        points.set(last, exit(to.rect(), points.get(last), points.get(last - 1)));
        return points;
    }

    /**
     * The overview's straight arrow, from border to border, in plain arithmetic: an overview has tens of
     * thousands of them, and building them from small vector objects was most of what a layout allocated.
     * The same geometry as {@link #exit} on a straight route.
     */
    private static List<Vec> straight(Rect from, Rect to, boolean twoWay) {
        double ax = from.centerX();
        double ay = from.centerY();
        double bx = to.centerX();
        double by = to.centerY();
        if (twoWay) {
            double dx = bx - ax;
            double dy = by - ay;
            double length = Math.sqrt(dx * dx + dy * dy);
            if (length > 0) {
                double sx = -dy / length * LANE_OFFSET;
                double sy = dx / length * LANE_OFFSET;
                ax += sx;
                ay += sy;
                bx += sx;
                by += sy;
            }
        }
        double ta = exitFraction(from, ax, ay, bx, by);
        double sx = ax + (bx - ax) * ta;
        double sy = ay + (by - ay) * ta;
        double tb = exitFraction(to, bx, by, sx, sy); // towards the start as placed, like route()
        return List.of(new Vec(sx, sy), new Vec(bx + (sx - bx) * tb, by + (sy - by) * tb));
    }

    /** How far along from (x0, y0) towards (x1, y1) the segment leaves {@code r}; 0 when it does not start inside. */
    private static double exitFraction(Rect r, double x0, double y0, double x1, double y1) {
        boolean inside = x0 >= r.x() && x0 <= r.maxX() && y0 >= r.y() && y0 <= r.maxY();
        boolean outside = !(x1 >= r.x() && x1 <= r.maxX() && y1 >= r.y() && y1 <= r.maxY());
        if (!inside || !outside) {
            return 0;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double t = 1;
        if (dx > 0) {
            t = Math.min(t, (r.maxX() - x0) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (r.x() - x0) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (r.maxY() - y0) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (r.y() - y0) / dy);
        }
        return t;
    }

    /** Appends the route from a (already added) to b, bending around any card in the way. */
    private static void detour(Vec a, Vec b, NodeBox from, NodeBox to, SpatialGrid<NodeBox> obstacles,
                               List<Vec> points, int depth) {
        NodeBox blocker = depth > 4 || obstacles == null ? null : firstBlocker(a, b, from, to, obstacles);
        if (blocker == null) {
            points.add(b);
            return;
        }
        // Go around the card along its nearer side, corner to corner.
        Rect r = blocker.rect().inflate(DETOUR_MARGIN);
        Vec first;
        Vec second;
        if (Math.abs(b.x() - a.x()) >= Math.abs(b.y() - a.y())) {
            double t = (r.centerX() - a.x()) / (b.x() - a.x());
            double side = a.y() + (b.y() - a.y()) * t <= r.centerY() ? r.y() : r.maxY();
            boolean rightwards = a.x() < b.x();
            first = new Vec(rightwards ? r.x() : r.maxX(), side);
            second = new Vec(rightwards ? r.maxX() : r.x(), side);
        } else {
            double t = (r.centerY() - a.y()) / (b.y() - a.y());
            double side = a.x() + (b.x() - a.x()) * t <= r.centerX() ? r.x() : r.maxX();
            boolean downwards = a.y() < b.y();
            first = new Vec(side, downwards ? r.y() : r.maxY());
            second = new Vec(side, downwards ? r.maxY() : r.y());
        }
        detour(a, first, from, to, obstacles, points, depth + 1);
        detour(first, second, from, to, obstacles, points, depth + 1);
        detour(second, b, from, to, obstacles, points, depth + 1);
    }

    private static NodeBox firstBlocker(Vec a, Vec b, NodeBox from, NodeBox to, SpatialGrid<NodeBox> obstacles) {
        NodeBox nearest = null;
        double best = Double.MAX_VALUE;
        for (NodeBox candidate : obstacles.querySegment(a, b)) {
            if (candidate == from || candidate == to) {
                continue;
            }
            Rect r = candidate.rect().inflate(4);
            if (r.intersectsSegment(a, b)) {
                double d = r.center().minus(a).length();
                if (d < best) {
                    best = d;
                    nearest = candidate;
                }
            }
        }
        return nearest;
    }

    /** Where the segment from {@code inside} towards {@code outside} leaves {@code r}. */
    private static Vec exit(Rect r, Vec inside, Vec outside) {
        double t = exitFraction(r, inside.x(), inside.y(), outside.x(), outside.y());
        return t == 0 ? inside : inside.lerp(outside, t);
    }

    /**
     * The first spot along the arrow, longest segment first, where the label covers no card and no other
     * label; when there is none, the spot with the least overlap.
     */
    private static Rect placeLabel(List<Vec> points, String label, SpatialGrid<Rect> occupied) {
        double width = TextMetrics.width(label, LABEL_FONT, false) + 10;
        List<Integer> segments = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            segments.add(i);
        }
        segments.sort(Comparator.comparingDouble(i -> -points.get(i + 1).minus(points.get(i)).length()));
        Rect best = null;
        double bestOverlap = Double.MAX_VALUE;
        for (double shift : LABEL_SHIFTS) {
            for (int i : segments) {
                Vec a = points.get(i);
                Vec b = points.get(i + 1);
                Vec normal = b.minus(a).unit().perpendicular().times(shift * (LABEL_HEIGHT + 3));
                for (double t : LABEL_STOPS) {
                    Vec c = a.lerp(b, t).plus(normal);
                    Rect candidate = new Rect(c.x() - width / 2, c.y() - LABEL_HEIGHT / 2, width, LABEL_HEIGHT);
                    double overlap = overlap(candidate, occupied);
                    if (overlap == 0) {
                        return candidate;
                    }
                    if (overlap < bestOverlap) {
                        bestOverlap = overlap;
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    private static double overlap(Rect candidate, SpatialGrid<Rect> occupied) {
        double area = 0;
        for (Rect r : occupied.query(candidate)) {
            double w = Math.min(candidate.maxX(), r.maxX()) - Math.max(candidate.x(), r.x());
            double h = Math.min(candidate.maxY(), r.maxY()) - Math.max(candidate.y(), r.y());
            if (w > 0 && h > 0) {
                area += w * h;
            }
        }
        return area;
    }
}
