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
 * @param count      how many identical servers the card stands for (a DAG, a CAS pool, an Edge pair); 1 for one
 * @param preauthentication for a LOAD_BALANCER, whether it pre-authenticates users; null means the default (false)
 */
public record Node(String id, NodeKind kind, String name, String zoneId, String site, Boolean subscribed,
                   List<NetworkAddress> addresses, Point position, int count, Boolean preauthentication) {

    /** The largest group a card may stand for (rules file, "Options": count). */
    public static final int MAX_COUNT = 10_000;

    /** The name Active Directory gives the site of a new forest; servers that name no site are in it. */
    public static final String DEFAULT_SITE = "Default-First-Site-Name";

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zoneId, "zoneId");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1-" + MAX_COUNT);
        }
        if (count > 1 && !kind.allowsCount()) {
            throw new IllegalArgumentException(kind + " cannot stand for a group");
        }
    }

    /** One server (count 1), no pre-authentication. */
    public Node(String id, NodeKind kind, String name, String zoneId, String site, Boolean subscribed,
                List<NetworkAddress> addresses, Point position) {
        this(id, kind, name, zoneId, site, subscribed, addresses, position, 1, null);
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

    /** A card that stands for more than one server. */
    public boolean isGroup() {
        return count > 1;
    }

    /** How connector names refer to it: "EX01", or "each server of DAG01" for a group. */
    public String serverName() {
        return isGroup() ? "each server of " + name : name;
    }

    /** A load balancer passes HTTPS through unless the file says it pre-authenticates. */
    public boolean preauthenticates() {
        return preauthentication != null && preauthentication;
    }

    public Node withCount(int newCount) {
        return new Node(id, kind, name, zoneId, site, subscribed, addresses, position, newCount, preauthentication);
    }

    public Node withPreauthentication(Boolean newValue) {
        return new Node(id, kind, name, zoneId, site, subscribed, addresses, position, count, newValue);
    }

    public Node withZone(String newZoneId) {
        return new Node(id, kind, name, newZoneId, site, subscribed, addresses, position, count, preauthentication);
    }

    public Node withSite(String newSite) {
        return new Node(id, kind, name, zoneId, newSite, subscribed, addresses, position, count, preauthentication);
    }

    public Node withSubscribed(Boolean newSubscribed) {
        return new Node(id, kind, name, zoneId, site, newSubscribed, addresses, position, count, preauthentication);
    }

    public Node withAddresses(List<NetworkAddress> newAddresses) {
        return new Node(id, kind, name, zoneId, site, subscribed, newAddresses, position, count, preauthentication);
    }

    public Node withPosition(Point newPosition) {
        return new Node(id, kind, name, zoneId, site, subscribed, addresses, newPosition, count, preauthentication);
    }

    public Node withName(String newName) {
        return new Node(id, kind, newName, zoneId, site, subscribed, addresses, position, count, preauthentication);
    }
}
