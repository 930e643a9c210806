package org.portolan.model;

import java.util.Objects;

/**
 * A network segment. Crossing from one zone to another passes a firewall.
 *
 * @param bounds the zone's area on the canvas, or null to let the layout place it
 */
public record Zone(String id, ZoneKind kind, String name, Bounds bounds) {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static Zone implicit(ZoneKind kind) {
        return new Zone(kind.implicitId(), kind, kind.defaultName(), null);
    }

    public Zone withBounds(Bounds newBounds) {
        return new Zone(id, kind, name, newBounds);
    }

    /** An axis-aligned rectangle in canvas units. */
    public record Bounds(double x, double y, double width, double height) {
        public Bounds {
            x += 0.0; // -0.0 becomes 0.0: the file cannot tell them apart, so neither may equals()
            y += 0.0;
            if (width < 0 || height < 0) {
                throw new IllegalArgumentException("width and height must not be negative");
            }
        }
    }
}
