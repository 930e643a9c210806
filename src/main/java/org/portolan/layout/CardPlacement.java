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
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;

/**
 * Where zones and cards go. Zones without geometry are bands from the Internet side to the internal side,
 * as tall as the tallest needs and never over another zone; cards without a position stand in columns by
 * role, with the servers every server uses (DNS, domain controllers) in a row beneath. How many cards a
 * column holds is chosen for the whole diagram so that it fills a wide screen: as many as keep it about
 * {@link #SCREEN_ASPECT} times as wide as tall.
 */
final class CardPlacement {

    private static final double COLUMN_GAP = 120;
    private static final double ROW_GAP = 44;
    private static final double PADDING = 28;
    private static final double ZONE_GAP = 40;
    /**
     * Between two zones that no perimeter zone separates (the Internet beside the internal network, two
     * datacentres): the arrows between them are as short as the gap, and their port labels need room beside them.
     */
    private static final double WIDE_ZONE_GAP = 90;
    private static final int MIN_ROWS = 3;
    /** The canvas beside the palette and inspector, and a landscape page: about twice as wide as tall. */
    private static final double SCREEN_ASPECT = 2.2;

    /** The zones' areas and the cards, in the topology's node order. */
    record Cards(List<ZoneArea> zones, List<NodeBox> boxes) {
    }

    /** A zone's cards without a position: columns, and the row(s) beneath. */
    private record Block(List<List<Node>> columns, List<List<Node>> rows) {
        int width() {
            return Math.max(columns.size(), rows.isEmpty() ? 0 : rows.get(0).size());
        }

        int height() {
            return columns.stream().mapToInt(List::size).max().orElse(0) + rows.size();
        }
    }

    private final double columnGap;
    private final double rowGap;
    private final double padding;
    private final double zoneGap;
    private final double wideZoneGap;
    private final double minZoneWidth;

    /** {@code spread} widens every gap: room for the labels of a crowded diagram. */
    private CardPlacement(double spread) {
        columnGap = COLUMN_GAP * spread;
        rowGap = ROW_GAP * spread;
        padding = PADDING * spread;
        zoneGap = ZONE_GAP * spread;
        wideZoneGap = WIDE_ZONE_GAP * spread;
        minZoneWidth = NODE_WIDTH + 2 * padding;
    }

    /**
     * The zones and cards of {@code topology}; {@code pairs}, its arrows, decide which column of a zone
     * comes first: the one with more arrows to the zones on its left, so that fewer arrows cross the zone.
     */
    static Cards place(Topology topology, List<FlowPairs.Pair> pairs, double spread) {
        return new CardPlacement(spread).placeAll(topology, pairs);
    }

    /** Whether {@link #place} has anything to place: a zone or a card the file gives no geometry. */
    static boolean placesAnything(Topology topology) {
        return topology.zones().stream().anyMatch(z -> z.bounds() == null)
                || topology.nodes().stream().anyMatch(n -> n.position() == null);
    }

    private Cards placeAll(Topology topology, List<FlowPairs.Pair> pairs) {
        List<Zone> zones = new ArrayList<>(topology.zones());
        zones.sort(Comparator.comparing(Zone::kind)); // stable: file order within a kind
        Map<String, List<Node>> byZone = new LinkedHashMap<>();
        zones.forEach(z -> byZone.put(z.id(), new ArrayList<>()));
        topology.nodes().forEach(n -> byZone.get(n.zoneId()).add(n));
        Map<String, Integer> leftward = leftwardArrows(topology, zones, pairs);

        int rows = columnSize(zones, byZone, leftward);
        int tallest = MIN_ROWS;
        for (Zone z : zones) {
            tallest = Math.max(tallest, blockOf(byZone.get(z.id()), List.of(), rows, leftward).height());
        }
        double bandHeight = ZONE_HEADER + 2 * padding + tallest * (NODE_HEIGHT + rowGap) - rowGap;

        List<Rect> drawn = new ArrayList<>();
        zones.stream().filter(z -> z.bounds() != null).forEach(z -> drawn.add(rect(z.bounds())));
        List<ZoneArea> zoneAreas = new ArrayList<>();
        Map<String, NodeBox> boxes = new HashMap<>();
        double cursor = 0;
        Zone previous = null;
        for (Zone zone : zones) {
            List<Node> members = byZone.get(zone.id());
            Rect rect;
            List<Node> kept;
            if (zone.bounds() != null) {
                rect = rect(zone.bounds());
                Rect inside = rect;
                kept = members.stream().filter(n -> n.position() != null && encloses(inside, card(n.position()))).toList();
            } else {
                if (previous != null && previous.kind() != ZoneKind.PERIMETER && zone.kind() != ZoneKind.PERIMETER) {
                    cursor += wideZoneGap - zoneGap;
                }
                previous = zone;
                while (true) {
                    double left = cursor;
                    // A card keeps its position where that is right of the zones before: never drawn in them.
                    kept = members.stream().filter(n -> n.position() != null && n.position().x() - padding >= left).toList();
                    Block block = blockOf(members, kept, rows, leftward);
                    double width = Math.max(minZoneWidth, block.width() * (NODE_WIDTH + columnGap) - columnGap + 2 * padding);
                    rect = new Rect(left, 0, width, bandHeight);
                    for (Node n : kept) {
                        Point p = n.position(); // the zone grows around it, its title above it
                        rect = rect.union(new Rect(p.x() - padding, p.y() - ZONE_HEADER - padding,
                                NODE_WIDTH + 2 * padding, NODE_HEIGHT + ZONE_HEADER + 2 * padding));
                    }
                    Rect candidate = rect;
                    Rect hit = drawn.stream().filter(d -> d.inflate(zoneGap / 2).intersects(candidate)).findFirst().orElse(null);
                    if (hit == null) {
                        break;
                    }
                    cursor = hit.maxX() + zoneGap; // past a zone drawn by hand
                }
                drawn.add(rect);
                cursor = rect.maxX() + zoneGap;
            }
            Block block = blockOf(members, kept, rows, leftward);
            placeBlock(block, rect, boxes);
            for (Node n : kept) {
                boxes.put(n.id(), box(n, card(n.position())));
            }
            zoneAreas.add(new ZoneArea(zone, rect, zone.name()));
        }
        // File order for painters and hit-testing.
        return new Cards(zoneAreas, topology.nodes().stream().map(n -> boxes.get(n.id())).toList());
    }

    private static Rect rect(Zone.Bounds b) {
        return new Rect(b.x(), b.y(), b.width(), b.height());
    }

    private static boolean encloses(Rect outer, Rect inner) {
        return outer.contains(new Vec(inner.x(), inner.y())) && outer.contains(new Vec(inner.maxX(), inner.maxY()));
    }

    private static Rect card(Point p) {
        return new Rect(p.x(), p.y(), NODE_WIDTH, NODE_HEIGHT);
    }

    /**
     * How many cards a column holds: the number that lets the diagram fill a wide screen best, counting every
     * card as unplaced (positions only ever take cards out of a block).
     */
    private int columnSize(List<Zone> zones, Map<String, List<Node>> byZone, Map<String, Integer> leftward) {
        int most = byZone.values().stream().mapToInt(List::size).max().orElse(0);
        // Only how many cards of each kind of column a zone has matters here: count them once.
        List<int[]> counts = new ArrayList<>();
        for (Zone z : zones) {
            int[] c = new int[3];
            for (Node n : byZone.get(z.id())) {
                c[column(n.kind())]++;
            }
            counts.add(c);
        }
        int best = MIN_ROWS;
        double bestScale = -1;
        for (int rows = 1; rows <= Math.max(MIN_ROWS, most); rows++) {
            double width = 0;
            int tallest = MIN_ROWS;
            for (int[] c : counts) {
                int columns = ceil(c[0], rows) + ceil(c[1], rows);
                int across = columns;
                int high = Math.min(rows, Math.max(c[0], c[1]));
                if (columns == 0) {
                    across = ceil(c[2], rows);
                    high = Math.min(rows, c[2]);
                } else if (c[2] > 0) {
                    high += ceil(c[2], columns);
                }
                width += Math.max(minZoneWidth, across * (NODE_WIDTH + columnGap) - columnGap + 2 * padding) + zoneGap;
                tallest = Math.max(tallest, high);
            }
            double height = ZONE_HEADER + 2 * padding + tallest * (NODE_HEIGHT + rowGap);
            double scale = Math.min(SCREEN_ASPECT / width, 1 / height);
            if (scale > bestScale * 1.0001) {
                bestScale = scale;
                best = rows;
            }
        }
        return best;
    }

    /** 0: the front columns, 1: Mailbox, 2: the row beneath (DNS, domain controllers). */
    private static int column(NodeKind kind) {
        return switch (kind) {
            case MAILBOX -> 1;
            case DNS, DOMAIN_CONTROLLER -> 2;
            default -> 0;
        };
    }

    private static int ceil(int n, int size) {
        return (n + size - 1) / size;
    }

    /**
     * The cards of a zone without a position: the front (Internet, Edge, Client Access with the clients that
     * use it) in columns, then Mailbox, at most {@code rows} to a column; DNS and domain controllers in rows
     * beneath as wide as the columns, or in columns of their own when the zone has nothing else.
     */
    private Block blockOf(List<Node> members, List<Node> kept, int rows, Map<String, Integer> leftward) {
        List<Node> front = new ArrayList<>();
        List<Node> mailbox = new ArrayList<>();
        List<Node> infrastructure = new ArrayList<>();
        for (Node n : members) {
            if (kept.contains(n)) {
                continue;
            }
            switch (column(n.kind())) {
                case 1 -> mailbox.add(n);
                case 2 -> infrastructure.add(n);
                default -> front.add(n);
            }
        }
        front.sort(Comparator.comparingInt(n -> rank(n.kind()))); // stable: file order within a kind
        infrastructure.sort(Comparator.comparingInt(n -> rank(n.kind())));
        List<List<Node>> columns = new ArrayList<>();
        if (arrows(mailbox, leftward) > arrows(front, leftward)) {
            chunk(mailbox, rows, columns); // Edge to Mailbox: the mail goes straight in
            chunk(front, rows, columns);
        } else {
            chunk(front, rows, columns);
            chunk(mailbox, rows, columns);
        }
        List<List<Node>> below = new ArrayList<>();
        if (columns.isEmpty()) {
            chunk(infrastructure, rows, columns);
        } else {
            chunk(infrastructure, columns.size(), below);
        }
        return new Block(columns, below);
    }

    private static int arrows(List<Node> nodes, Map<String, Integer> leftward) {
        return nodes.stream().mapToInt(n -> leftward.getOrDefault(n.id(), 0)).sum();
    }

    /** For each node, how many arrows join it to nodes in zones drawn to the left of its own. */
    private static Map<String, Integer> leftwardArrows(Topology topology, List<Zone> zones, List<FlowPairs.Pair> pairs) {
        Map<String, Integer> zoneIndex = new HashMap<>();
        for (int i = 0; i < zones.size(); i++) {
            zoneIndex.put(zones.get(i).id(), i);
        }
        Map<String, Integer> nodeZone = new HashMap<>();
        topology.nodes().forEach(n -> nodeZone.put(n.id(), zoneIndex.get(n.zoneId())));
        Map<String, Integer> counts = new HashMap<>();
        for (FlowPairs.Pair p : pairs) {
            int from = nodeZone.get(p.from());
            int to = nodeZone.get(p.to());
            if (from != to) {
                counts.merge(from > to ? p.from() : p.to(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void chunk(List<Node> nodes, int size, List<List<Node>> into) {
        for (int i = 0; i < nodes.size(); i += size) {
            into.add(nodes.subList(i, Math.min(nodes.size(), i + size)));
        }
    }

    /**
     * The block's cards in the zone: columns spread over the height left above the rows beneath, so that
     * columns of different sizes sit at different heights and the arrows between them fan out.
     */
    private void placeBlock(Block block, Rect zone, Map<String, NodeBox> boxes) {
        double top = zone.y() + ZONE_HEADER + padding;
        double height = zone.height() - ZONE_HEADER - 2 * padding - block.rows().size() * (NODE_HEIGHT + rowGap);
        int across = block.width();
        double blockWidth = across * (NODE_WIDTH + columnGap) - columnGap;
        double left = zone.x() + Math.max(padding, (zone.width() - blockWidth) / 2);
        for (int c = 0; c < block.columns().size(); c++) {
            List<Node> col = block.columns().get(c);
            double step = Math.max(NODE_HEIGHT + rowGap, (height + NODE_HEIGHT) / (col.size() + 1));
            double first = top + Math.max(0, (height - (col.size() - 1) * step - NODE_HEIGHT) / 2);
            for (int i = 0; i < col.size(); i++) {
                Node n = col.get(i);
                boxes.put(n.id(), box(n, new Rect(left + c * (NODE_WIDTH + columnGap), first + i * step,
                        NODE_WIDTH, NODE_HEIGHT)));
            }
        }
        double rowTop = top + height + rowGap;
        for (int r = 0; r < block.rows().size(); r++) {
            List<Node> row = block.rows().get(r);
            for (int i = 0; i < row.size(); i++) {
                Node n = row.get(i);
                boxes.put(n.id(), box(n, new Rect(left + i * (NODE_WIDTH + columnGap),
                        rowTop + r * (NODE_HEIGHT + rowGap), NODE_WIDTH, NODE_HEIGHT)));
            }
        }
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
        double textWidth = NODE_WIDTH - NodeBoxes.TEXT_LEFT - 6;
        String title = TextMetrics.fit(n.name(), DiagramLayouter.TITLE_FONT, true, textWidth);
        String role = n.kind().displayName() + (n.isGroup() ? " ×" + n.count() : "") + (n.site() != null && !n.site().isBlank() ? " · " + n.site() : "");
        return new NodeBox(n, r, title, TextMetrics.fit(role, DiagramLayouter.SUBTITLE_FONT, false, textWidth), false);
    }
}
