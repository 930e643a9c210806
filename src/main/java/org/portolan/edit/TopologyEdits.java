package org.portolan.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.portolan.layout.DiagramLayout;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.model.Zone;

/** The edits the designer makes, as pure functions from topology to topology. */
public final class TopologyEdits {

    private TopologyEdits() {
    }

    /** The name prefix of new nodes of a kind: EX01, MBX01, EDGE01 … */
    public static String prefix(NodeKind kind) {
        return switch (kind) {
            case INTERNET -> "Internet";
            case EDGE -> "EDGE";
            case CAS -> "CAS";
            case MAILBOX -> "MBX";
            case MULTI_ROLE -> "EX";
            case DNS -> "DNS";
            case OFFICE_365 -> "Office365-";
            case DOMAIN_CONTROLLER -> "DC";
            case INTERNAL_CLIENTS -> "Clients";
            case LOAD_BALANCER -> "LB";
        };
    }

    /** The name prefix of new groups: a DAG of Mailbox or multi-role servers, a pool of anything else. */
    static String groupPrefix(NodeKind kind) {
        return switch (kind) {
            case MAILBOX, MULTI_ROLE -> "DAG";
            case CAS -> "CASPOOL";
            case EDGE -> "EDGEPAIR";
            default -> prefix(kind) + "POOL";
        };
    }

    /** The first free default name for a kind: EX01, then EX02 … (names and ids both stay unique). */
    public static String nextName(Topology t, NodeKind kind) {
        return nextName(t, prefix(kind));
    }

    private static String nextName(Topology t, String prefix) {
        Set<String> taken = new HashSet<>();
        for (Node n : t.nodes()) {
            taken.add(n.name().toLowerCase(Locale.ROOT));
            taken.add(n.id().toLowerCase(Locale.ROOT));
        }
        for (int i = 1; ; i++) {
            String name = prefix + String.format(Locale.ROOT, "%02d", i);
            if (!taken.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    /**
     * Fixes every position the layout chose, so that the diagram stops rearranging itself once the user
     * places things by hand.
     */
    public static Topology pin(Topology t, DiagramLayout layout) {
        if (isPinned(t)) {
            return t;
        }
        List<Zone> zones = new ArrayList<>();
        for (Zone z : t.zones()) {
            if (z.bounds() == null) {
                var area = layout.zones().stream().filter(a -> a.zone().id().equals(z.id())).findFirst().orElseThrow();
                zones.add(z.withBounds(new Zone.Bounds(area.rect().x(), area.rect().y(), area.rect().width(), area.rect().height())));
            } else {
                zones.add(z);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Node n : t.nodes()) {
            if (n.position() == null) {
                var box = layout.nodeBox(n.id());
                nodes.add(n.withPosition(new Point(box.rect().x(), box.rect().y())));
            } else {
                nodes.add(n);
            }
        }
        return new Topology(t.name(), t.options(), zones, nodes, t.changeRequest());
    }

    /** True when every zone and node has its place, so that {@link #pin} has nothing to fix. */
    public static boolean isPinned(Topology t) {
        return t.zones().stream().allMatch(z -> z.bounds() != null)
                && t.nodes().stream().allMatch(n -> n.position() != null);
    }

    /** The innermost zone (smallest area) whose bounds contain the point, or null. */
    public static Zone zoneAt(Topology t, double x, double y) {
        Zone best = null;
        double bestArea = Double.MAX_VALUE;
        for (Zone z : t.zones()) {
            Zone.Bounds b = z.bounds();
            if (b != null && x >= b.x() && x <= b.x() + b.width() && y >= b.y() && y <= b.y() + b.height()) {
                double area = b.width() * b.height();
                if (area < bestArea) {
                    best = z;
                    bestArea = area;
                }
            }
        }
        return best;
    }

    /** Adds a node of {@code kind} with its top-left at {@code at}, in the zone under that point. */
    public static Topology addNode(Topology t, NodeKind kind, Point at, double width, double height) {
        return addNode(t, kind, 1, at, width, height);
    }

    /**
     * A new zone's area around a card at {@code at}: a margin on every side, narrowed to the gap between the zones
     * left and right of the card so that zones do not overlap (where the gap holds the card).
     */
    static Zone.Bounds around(Topology t, Point at, double width, double height) {
        double left = at.x() - 40;
        double right = at.x() + width + 40;
        double centre = at.x() + width / 2;
        for (Zone z : t.zones()) {
            Zone.Bounds b = z.bounds();
            if (b == null || b.y() > at.y() + height || b.y() + b.height() < at.y()) {
                continue;
            }
            if (b.x() + b.width() <= centre) {
                left = Math.max(left, Math.min(at.x() - 8, b.x() + b.width() + 8));
            } else if (b.x() >= centre) {
                right = Math.min(right, Math.max(at.x() + width + 8, b.x() - 8));
            }
        }
        return new Zone.Bounds(left, at.y() - 56, right - left, height + 96);
    }

    /**
     * Moves cards into a zone, each to the free spot inside the zone's area nearest to where it is, so that a card
     * is drawn in the zone the model puts it in. Cards already placed by this move count as taken.
     */
    public static Topology moveIntoZone(Topology t, List<String> ids, String zoneId, double width, double height) {
        Zone zone = t.zone(zoneId).orElseThrow();
        Topology result = t;
        java.util.Set<String> moving = new java.util.HashSet<>(ids);
        for (String id : ids) {
            Node n = result.node(id).orElseThrow();
            Point at = n.position();
            if (zone.bounds() != null && at != null) {
                at = freeSpot(result, zone.bounds(), width, height, at, moving);
            }
            moving.remove(id);
            result = result.withNode(n.withZone(zoneId).withPosition(at));
        }
        return result;
    }

    /** The zone of {@code kind} with bounds whose area is nearest to (x, y), or null. */
    static Zone nearest(Topology t, org.portolan.model.ZoneKind kind, double x, double y) {
        Zone best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Zone z : t.zones()) {
            Zone.Bounds b = z.bounds();
            if (z.kind() == kind && b != null) {
                double dx = Math.max(0, Math.max(b.x() - x, x - (b.x() + b.width())));
                double dy = Math.max(0, Math.max(b.y() - y, y - (b.y() + b.height())));
                double d = Math.hypot(dx, dy);
                if (d < bestDistance) {
                    best = z;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /**
     * The free spot for a card inside {@code b} nearest to {@code near}, whole 16-unit steps from it, below the
     * zone's title: no other card (with a position) under it. Inside the zone nearest {@code near} when it is full.
     */
    static Point freeSpot(Topology t, Zone.Bounds b, double width, double height, Point near) {
        return freeSpot(t, b, width, height, near, java.util.Set.of());
    }

    /** The same, cards {@code ignored} (those being moved) not counting as taken. */
    static Point freeSpot(Topology t, Zone.Bounds b, double width, double height, Point near,
                          java.util.Set<String> ignored) {
        Point best = null;
        double bestDistance = Double.MAX_VALUE;
        // Whole grid steps from where the card is, so that a copy keeps its original's alignment.
        double firstY = near.y() - 16 * Math.floor((near.y() - (b.y() + ZoneGeometry.HEADER)) / 16);
        double firstX = near.x() - 16 * Math.floor((near.x() - (b.x() + ZoneGeometry.MARGIN)) / 16);
        for (double y = firstY; y + height <= b.y() + b.height() - ZoneGeometry.MARGIN; y += 16) {
            for (double x = firstX; x + width <= b.x() + b.width() - ZoneGeometry.MARGIN; x += 16) {
                double fx = x;
                double fy = y;
                boolean free = t.nodes().stream().filter(n -> n.position() != null && !ignored.contains(n.id()))
                        .noneMatch(n ->
                        fx < n.position().x() + width && n.position().x() < fx + width
                                && fy < n.position().y() + height && n.position().y() < fy + height);
                double d = Math.hypot(x - near.x(), y - near.y());
                if (free && d < bestDistance) {
                    best = new Point(x, y);
                    bestDistance = d;
                }
            }
        }
        return best != null ? best : ZoneGeometry.inside(b, near, width, height);
    }

    /** Adds a card for {@code count} servers of {@code kind} (a group when more than one: DAG01, CASPOOL01 …). */
    public static Topology addNode(Topology t, NodeKind kind, int count, Point at, double width, double height) {
        String name = nextName(t, count > 1 ? groupPrefix(kind) : prefix(kind));
        Zone zone = zoneAt(t, at.x() + width / 2, at.y() + height / 2);
        String zoneId = zone != null ? zone.id() : Topology.defaultZoneId(t.zones(), kind);
        if (zone == null) {
            // Dropped outside every zone: into the nearest zone of the kind's default zone kind, drawn there;
            // when the diagram has none, a new one around the card, where it was dropped.
            Zone nearest = nearest(t, kind.defaultZone(), at.x() + width / 2, at.y() + height / 2);
            if (nearest != null) {
                zoneId = nearest.id();
                at = freeSpot(t, nearest.bounds(), width, height, at);
            } else if (t.zones().stream().anyMatch(z -> z.bounds() != null)) {
                Topology before = t;
                t = addZone(t, kind.defaultZone(), around(t, at, width, height));
                Zone added = t.zones().stream().filter(z -> before.zone(z.id()).isEmpty()).findFirst().orElseThrow();
                zoneId = added.id();
                at = ZoneGeometry.inside(added.bounds(), at, width, height); // the gap was narrower than the card
            }
        }
        Node node = new Node(uniqueId(t, name.toLowerCase(Locale.ROOT)), kind, name, zoneId, null, null, List.of(), at,
                count, null);
        List<Node> nodes = new ArrayList<>(t.nodes());
        nodes.add(node);
        return t.withNodes(nodes);
    }

    /**
     * Moves nodes to new top-left positions; each lands in the zone under its centre (or keeps its zone), and
     * stays inside that zone's area: a card dropped on a zone's edge is pulled in.
     */
    public static Topology moveNodes(Topology t, Map<String, Point> positions, double width, double height) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : t.nodes()) {
            Point p = positions.get(n.id());
            if (p == null) {
                nodes.add(n);
                continue;
            }
            Zone zone = zoneAt(t, p.x() + width / 2, p.y() + height / 2);
            if (zone == null) {
                zone = t.zone(n.zoneId()).orElse(null);
            }
            if (zone != null && zone.bounds() != null) {
                p = ZoneGeometry.inside(zone.bounds(), p, width, height); // drawn in the zone it belongs to
            }
            nodes.add(n.withPosition(p).withZone(zone != null ? zone.id() : n.zoneId()));
        }
        return t.withNodes(nodes);
    }

    /** Deletes a zone and the cards in it, as one edit. */
    public static Topology deleteZone(Topology t, String zoneId) {
        return new Topology(t.name(), t.options(), t.zones().stream().filter(z -> !z.id().equals(zoneId)).toList(),
                t.nodes().stream().filter(n -> !n.zoneId().equals(zoneId)).toList(), t.changeRequest());
    }

    public static Topology deleteNodes(Topology t, Collection<String> ids) {
        return t.withNodes(t.nodes().stream().filter(n -> !ids.contains(n.id())).toList());
    }

    /** Copies nodes (with a fresh id and default name each), shifted by (dx, dy); returns the copies' ids too. */
    public static Map.Entry<Topology, List<String>> duplicate(Topology t, List<Node> originals, double dx, double dy) {
        Topology result = t;
        List<String> ids = new ArrayList<>();
        for (Node n : originals) {
            String name = nextName(result, n.kind());
            String id = uniqueId(result, name.toLowerCase(Locale.ROOT));
            Point p = n.position() == null ? new Point(dx, dy) : new Point(n.position().x() + dx, n.position().y() + dy);
            String zone = result.zone(n.zoneId()).isPresent() ? n.zoneId()
                    : Topology.defaultZoneId(result.zones(), n.kind());
            Node copy = new Node(id, n.kind(), name, zone, n.site(), n.subscribed(), List.of(), p);
            List<Node> nodes = new ArrayList<>(result.nodes());
            nodes.add(copy);
            result = result.withNodes(nodes);
            ids.add(id);
        }
        return Map.entry(result, ids);
    }

    public static Topology replaceZone(Topology t, Zone replacement) {
        List<Zone> zones = new ArrayList<>();
        for (Zone z : t.zones()) {
            zones.add(z.id().equals(replacement.id()) ? replacement : z);
        }
        return t.withZones(zones);
    }

    /** Adds a zone of a kind with a unique id and name; where it would cover other zones, beside them. */
    public static Topology addZone(Topology t, org.portolan.model.ZoneKind kind, Zone.Bounds bounds) {
        String base = kind.implicitId();
        String id = base;
        for (int i = 2; t.zone(id).isPresent(); i++) {
            id = base + "-" + i;
        }
        String name = kind.defaultName() + (id.equals(base) ? "" : " " + id.substring(base.length() + 1));
        List<Zone> zones = new ArrayList<>(t.zones());
        zones.add(new Zone(id, kind, name, bounds == null ? null : ZoneGeometry.free(t, bounds)));
        return t.withZones(zones);
    }

    private static String uniqueId(Topology t, String wanted) {
        String id = wanted.replaceAll("[^a-z0-9_-]", "");
        if (id.isEmpty()) {
            id = "node";
        }
        String candidate = id;
        for (int i = 2; t.node(candidate).isPresent(); i++) {
            candidate = id + "-" + i;
        }
        return candidate;
    }

    /** Node ids in the order the topology lists them, for stable selections. */
    public static List<String> ordered(Topology t, Collection<String> ids) {
        return t.nodes().stream().map(Node::id).filter(ids::contains).toList();
    }
}
