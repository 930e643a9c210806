package org.portolan.firewall;

import org.portolan.model.ZoneKind;
import org.portolan.rules.Crossing;

/** The order a firewall team works through zone crossings in. */
final class CrossingOrder {

    private CrossingOrder() {
    }

    /** Inbound first (external → perimeter → internal), then outbound, then everything inside one zone. */
    static int rank(Crossing c) {
        if (!c.passesFirewall()) {
            return 100 + c.from().kind().ordinal();
        }
        ZoneKind from = c.from().kind();
        ZoneKind to = c.to().kind();
        if (from == ZoneKind.EXTERNAL && to == ZoneKind.PERIMETER) {
            return 0;
        }
        if (from == ZoneKind.PERIMETER && to == ZoneKind.INTERNAL) {
            return 1;
        }
        if (from == ZoneKind.EXTERNAL && to == ZoneKind.INTERNAL) {
            return 2;
        }
        if (from == ZoneKind.INTERNAL && to == ZoneKind.PERIMETER) {
            return 3;
        }
        if (from == ZoneKind.PERIMETER && to == ZoneKind.EXTERNAL) {
            return 4;
        }
        if (from == ZoneKind.INTERNAL && to == ZoneKind.EXTERNAL) {
            return 5;
        }
        return 10 + from.ordinal() * 3 + to.ordinal();
    }
}
