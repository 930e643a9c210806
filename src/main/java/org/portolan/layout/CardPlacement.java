package org.portolan.layout;

import static org.portolan.layout.DiagramLayouter.NODE_HEIGHT;
import static org.portolan.layout.DiagramLayouter.NODE_WIDTH;
import static org.portolan.layout.DiagramLayouter.ZONE_HEADER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;

/**
 * Where zones and cards go. Zones are bands from the Internet side to the internal side; nodes without a
 * position are placed in columns by role.
 */
final class CardPlacement {

    private static final double COLUMN_GAP = 150;
    private static final double ROW_GAP = 52;
    private static final double PADDING = 36;
    private static final double ZONE_GAP = 40;
    /**
     * Between two zones that no perimeter zone separates (the Internet beside the internal network, two
     * datacentres): the arrows between them are as short as the gap, and their port labels need room beside them.
     */
    private static final double WIDE_ZONE_GAP = 120;
    private static final double MIN_ZONE_WIDTH = 248;
    private static final double MIN_CONTENT_HEIGHT = 360;
    private static final int MAX_ROWS = 8;

    /** The zones' areas and the cards, in the topology's node order. */
    record Cards(List<ZoneArea> zones, List<NodeBox> boxes) {
    }

    private CardPlacement() {
    }

    static Cards place(Topology topology) {
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
        Map<String, NodeBox> boxes = new HashMap<>();
        double cursor = 0;
        Zone previous = null;
        for (Zone zone : zones) {
            if (previous != null && zone.bounds() == null && previous.kind() != ZoneKind.PERIMETER
                    && zone.kind() != ZoneKind.PERIMETER) {
                cursor += WIDE_ZONE_GAP - ZONE_GAP;
            }
            if (zone.bounds() == null) {
                previous = zone;
            }
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
                    Node n = col.get(i);
                    boxes.put(n.id(), box(n, new Rect(left + c * (NODE_WIDTH + COLUMN_GAP), first + i * step,
                            NODE_WIDTH, NODE_HEIGHT)));
                }
            }
            for (Node n : byZone.get(zone.id())) {
                if (n.position() != null) {
                    Point p = n.position();
                    Rect r = new Rect(p.x(), p.y(), NODE_WIDTH, NODE_HEIGHT);
                    boxes.put(n.id(), box(n, r));
                    if (zone.bounds() == null) {
                        rect = rect.union(r.inflate(PADDING));
                    }
                }
            }
            zoneAreas.add(new ZoneArea(zone, rect, zone.name()));
        }
        // File order for painters and hit-testing.
        return new Cards(zoneAreas, topology.nodes().stream().map(n -> boxes.get(n.id())).toList());
    }

    /**
     * Columns of auto-placed nodes: one per role tier, wrapped every {@link #MAX_ROWS} nodes; large zones
     * wrap later, so that hundreds of servers form a landscape block rather than a thin strip.
     */
    private static List<List<Node>> columnsOf(List<Node> nodes) {
        int maxRows = Math.max(MAX_ROWS, (int) Math.ceil(Math.sqrt(1.8 * nodes.size())));
        Map<Integer, List<Node>> tiers = new TreeMap<>();
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
            case INTERNET, OFFICE_365, EDGE, LOAD_BALANCER, CAS, MULTI_ROLE, INTERNAL_CLIENTS -> 0;
            case MAILBOX -> 1;
            case DNS, DOMAIN_CONTROLLER -> 2;
        };
    }

    /** Top-to-bottom order inside a column. */
    private static int rank(NodeKind kind) {
        return switch (kind) {
            case INTERNET, EDGE, CAS, MAILBOX, DNS -> 0;
            case OFFICE_365, MULTI_ROLE, DOMAIN_CONTROLLER -> 1;
            case INTERNAL_CLIENTS, LOAD_BALANCER -> 2;
        };
    }

    /** A node's card at {@code r}: its title and role fitted to the card. */
    private static NodeBox box(Node n, Rect r) {
        double textWidth = NODE_WIDTH - NodeBoxes.TEXT_LEFT - 8;
        String title = TextMetrics.fit(n.name(), DiagramLayouter.TITLE_FONT, true, textWidth);
        String role = n.kind().displayName() + (n.isGroup() ? " ×" + n.count() : "") + (n.site() != null && !n.site().isBlank() ? " · " + n.site() : "");
        return new NodeBox(n, r, title, TextMetrics.fit(role, DiagramLayouter.SUBTITLE_FONT, false, textWidth));
    }
}
