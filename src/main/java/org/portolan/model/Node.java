package org.portolan.model;

import java.util.List;
import java.util.Objects;

/**
 * One box on the diagram: a server, a network or a cloud service.
 *
 * @param zoneId     the zone it sits in (always resolved; the reader fills in the kind's default zone)
 * @param site       Active Directory site name, or null for the one default site
 * @param subscribed for an EDGE, whether it has an Edge Subscription; null means the default (true)
 * @param addresses  IP addresses or CIDR ranges that firewall rules are written against
 * @param position   top-left corner on the canvas, or null to let the layout place it
 */
public record Node(String id, NodeKind kind, String name, String zoneId, String site, Boolean subscribed,
                   List<NetworkAddress> addresses, Point position) {

    /** The name Active Directory gives the site of a new forest; servers that name no site are in it. */
    public static final String DEFAULT_SITE = "Default-First-Site-Name";

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zoneId, "zoneId");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    public static Node of(String id, NodeKind kind, String name) {
        return new Node(id, kind, name, kind.defaultZone().implicitId(), null, null, List.of(), null);
    }

    /** The site this node belongs to, the default site when it names none. */
    public String effectiveSite() {
        return site == null || site.isBlank() ? DEFAULT_SITE : site;
    }

    /** An Edge is subscribed unless the file says otherwise (rules file, "Options"). */
    public boolean isSubscribed() {
        return subscribed == null || subscribed;
    }

    public Node withZone(String newZoneId) {
        return new Node(id, kind, name, newZoneId, site, subscribed, addresses, position);
    }

    public Node withSite(String newSite) {
        return new Node(id, kind, name, zoneId, newSite, subscribed, addresses, position);
    }

    public Node withSubscribed(Boolean newSubscribed) {
        return new Node(id, kind, name, zoneId, site, newSubscribed, addresses, position);
    }

    public Node withAddresses(List<NetworkAddress> newAddresses) {
        return new Node(id, kind, name, zoneId, site, subscribed, newAddresses, position);
    }

    public Node withPosition(Point newPosition) {
        return new Node(id, kind, name, zoneId, site, subscribed, addresses, newPosition);
    }

    public Node withName(String newName) {
        return new Node(id, kind, newName, zoneId, site, subscribed, addresses, position);
    }
}
