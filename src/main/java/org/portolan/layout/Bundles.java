package org.portolan.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portolan.rules.Flow;
import org.portolan.rules.TrafficClass;
import org.portolan.layout.DiagramLayout.Bundle;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.model.NodeKind;
import org.portolan.model.Zone;

/**
 * The bundled arrows of a dense diagram: the arrows from the cards of one role in one zone to those of one
 * role in a zone, of one traffic class, drawn as one arrow between the middles of the two groups of cards,
 * as wide as the number of arrows it stands for and labelled with that number and the ports.
 */
final class Bundles {

    private record Key(Zone sourceZone, NodeKind sourceKind, Zone targetZone, NodeKind targetKind,
                       TrafficClass trafficClass) {
        Key reversed() {
            return new Key(targetZone, targetKind, sourceZone, sourceKind, trafficClass);
        }
    }

    /** Between the bundles of the two directions between two groups of cards. */
    private static final double LANE_OFFSET = 12;

    private Bundles() {
    }

    static List<Bundle> of(List<ZoneArea> zones, Map<String, NodeBox> cards, List<Connector> connectors,
                           LabelSpots spots, PortLabels labels) {
        Map<String, Zone> zoneOf = new java.util.HashMap<>();
        zones.forEach(z -> zoneOf.put(z.zone().id(), z.zone()));
        Map<Key, List<Connector>> byKey = new LinkedHashMap<>();
        for (Connector c : connectors) {
            Key key = new Key(zoneOf.get(c.source().zoneId()), c.source().kind(), zoneOf.get(c.target().zoneId()),
                    c.target().kind(), c.trafficClass());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Bundle> bundles = new ArrayList<>();
        byKey.forEach((key, members) -> {
            Vec from = middle(members, cards, true);
            Vec to = middle(members, cards, false);
            if (byKey.containsKey(key.reversed())) {
                Vec shift = to.minus(from).unit().perpendicular().times(LANE_OFFSET);
                from = from.plus(shift);
                to = to.plus(shift);
            }
            List<Flow> flows = new ArrayList<>();
            members.forEach(c -> flows.addAll(c.flows()));
            String ports = labels.of(flows);
            String label = String.format(java.util.Locale.ROOT, "%,d × %s", members.size(), ports);
            List<Vec> points = List.of(from, to);
            double width = TextMetrics.width(label, DiagramLayouter.LABEL_FONT, false) + 2 * DiagramLayouter.LABEL_INSET;
            Rect labelRect = spots.place(-1, points, width, DiagramLayouter.LABEL_HEIGHT);
            double lineWidth = Math.min(9, DiagramStyle.line(key.trafficClass()).width() + 1.5 * Math.log10(members.size()));
            bundles.add(new Bundle(key.sourceZone(), key.sourceKind(), key.targetZone(), key.targetKind(),
                    key.trafficClass(), members.size(), ports, points, label, labelRect, lineWidth));
        });
        return bundles;
    }

    /** The middle of the cards at the sources (or targets) of the arrows. */
    private static Vec middle(List<Connector> arrows, Map<String, NodeBox> cards, boolean sources) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        double x = 0;
        double y = 0;
        for (Connector c : arrows) {
            String id = (sources ? c.source() : c.target()).id();
            if (seen.add(id)) {
                Vec center = cards.get(id).rect().center();
                x += center.x();
                y += center.y();
            }
        }
        return new Vec(x / seen.size(), y / seen.size());
    }
}
