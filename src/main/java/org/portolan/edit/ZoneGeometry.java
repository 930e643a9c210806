package org.portolan.edit;

import org.portolan.model.Node;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.model.Zone;

/**
 * Keeps what the diagram draws true to the model, whatever a gesture asks for: zones never overlap, and a
 * card always lies inside its zone, below the zone's title.
 */
public final class ZoneGeometry {

    /** Between a card and its zone's border. */
    static final double MARGIN = 8;
    /** A zone's title band: no card above it. */
    static final double HEADER = 38;
    /** Between a zone placed beside another and that zone. */
    static final double GAP = 24;

    private ZoneGeometry() {
    }

    /**
     * Resizes a zone towards {@code wanted}: as far as it can go without covering another zone or leaving one of
     * its own cards outside. A resize into a neighbour stops at the neighbour.
     */
    public static Topology resize(Topology t, String zoneId, Zone.Bounds wanted, double cardWidth, double cardHeight) {
        Zone zone = t.zone(zoneId).orElseThrow();
        Zone.Bounds from = zone.bounds();
        Zone.Bounds best = fits(t, zone, wanted, cardWidth, cardHeight) ? wanted : null;
        if (best == null && from != null) {
            double low = 0;
            double high = 1;
            for (int i = 0; i < 24; i++) {
                double mid = (low + high) / 2;
                if (fits(t, zone, lerp(from, wanted, mid), cardWidth, cardHeight)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            best = lerp(from, wanted, low);
        }
        return best == null ? t : TopologyEdits.replaceZone(t, zone.withBounds(best));
    }

    /** {@code wanted}, or where it covers other zones, moved right past them. */
    public static Zone.Bounds free(Topology t, Zone.Bounds wanted) {
        Zone.Bounds b = wanted;
        for (int i = 0; i <= t.zones().size(); i++) {
            Zone.Bounds hit = overlapped(t, null, b);
            if (hit == null) {
                return b;
            }
            b = new Zone.Bounds(hit.x() + hit.width() + GAP, b.y(), b.width(), b.height());
        }
        return b;
    }

    /** The top-left position nearest {@code p} at which a card lies inside {@code b}. */
    public static Point inside(Zone.Bounds b, Point p, double cardWidth, double cardHeight) {
        double x = Math.max(b.x() + MARGIN, Math.min(p.x(), b.x() + b.width() - cardWidth - MARGIN));
        double y = Math.max(b.y() + HEADER, Math.min(p.y(), b.y() + b.height() - cardHeight - MARGIN));
        return new Point(x, y);
    }

    /**
     * Grows the zones of the given cards so that each card lies inside its zone (a paste beside a full zone);
     * where growing would cover another zone, the card is pulled inside instead.
     */
    public static Topology growToHold(Topology t, java.util.Collection<String> nodeIds, double cardWidth, double cardHeight) {
        Topology result = t;
        for (String id : nodeIds) {
            Node n = result.node(id).orElseThrow();
            Zone zone = result.zone(n.zoneId()).orElse(null);
            if (zone == null || zone.bounds() == null || n.position() == null
                    || holds(zone.bounds(), n.position(), cardWidth, cardHeight)) {
                continue;
            }
            Zone.Bounds b = zone.bounds();
            Point p = n.position();
            double x = Math.min(b.x(), p.x() - MARGIN);
            double y = Math.min(b.y(), p.y() - HEADER);
            Zone.Bounds grown = new Zone.Bounds(x, y, Math.max(b.x() + b.width(), p.x() + cardWidth + MARGIN) - x,
                    Math.max(b.y() + b.height(), p.y() + cardHeight + MARGIN) - y);
            if (overlapped(result, zone.id(), grown) == null) {
                result = TopologyEdits.replaceZone(result, zone.withBounds(grown));
            } else {
                result = result.withNode(n.withPosition(inside(b, p, cardWidth, cardHeight)));
            }
        }
        return result;
    }

    /** Whether a card at {@code p} (its top-left) covers no zone but {@code own}. */
    public static boolean clearOfOtherZones(Topology t, String own, Point p, double cardWidth, double cardHeight) {
        return overlapped(t, own, new Zone.Bounds(p.x() - MARGIN, p.y() - MARGIN, cardWidth + 2 * MARGIN,
                cardHeight + 2 * MARGIN)) == null;
    }

    /** Whether a card at {@code p} lies inside {@code b}, below its title. */
    public static boolean holds(Zone.Bounds b, Point p, double cardWidth, double cardHeight) {
        return inside(b, p, cardWidth, cardHeight).equals(p);
    }

    private static boolean fits(Topology t, Zone zone, Zone.Bounds b, double cardWidth, double cardHeight) {
        if (overlapped(t, zone.id(), b) != null) {
            return false;
        }
        for (Node n : t.nodes()) {
            if (n.zoneId().equals(zone.id()) && n.position() != null && !holds(b, n.position(), cardWidth, cardHeight)) {
                return false;
            }
        }
        return true;
    }

    /** A zone other than {@code except} whose bounds {@code b} covers, or null. */
    private static Zone.Bounds overlapped(Topology t, String except, Zone.Bounds b) {
        for (Zone z : t.zones()) {
            Zone.Bounds o = z.bounds();
            if (o != null && !z.id().equals(except) && b.x() < o.x() + o.width() && o.x() < b.x() + b.width()
                    && b.y() < o.y() + o.height() && o.y() < b.y() + b.height()) {
                return o;
            }
        }
        return null;
    }

    private static Zone.Bounds lerp(Zone.Bounds a, Zone.Bounds b, double f) {
        return new Zone.Bounds(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f,
                a.width() + (b.width() - a.width()) * f, a.height() + (b.height() - a.height()) * f);
    }
}
