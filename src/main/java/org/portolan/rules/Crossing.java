package org.portolan.rules;

import org.portolan.model.Zone;

/** The pair of zones a flow goes between; a firewall sits on it when the zones differ. */
public record Crossing(Zone from, Zone to) {

    public boolean passesFirewall() {
        return from != to && !from.id().equals(to.id());
    }

    /** Machine form for CSV and JSON: "external->perimeter". */
    public String key() {
        return from.id() + "->" + to.id();
    }

    /** For people: "Internet → Corporate LAN", or "within Corporate LAN", by zone name. */
    public String label() {
        return passesFirewall() ? from.name() + " → " + to.name() : "within " + from.name();
    }

    /** Compact form for tables and sheets: "external → perimeter", or "within internal", by zone id. */
    @Override
    public String toString() {
        return passesFirewall() ? from.id() + " → " + to.id() : "within " + from.id();
    }
}
