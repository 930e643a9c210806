package org.portolan.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portolan.rules.Flow;

/** The flows of a layout grouped by directed pair of nodes: one arrow per pair. */
final class FlowPairs {

    /** One directed pair of nodes (by id) with its flows; {@code twoWay} when flows also go the other way. */
    record Pair(String from, String to, List<Flow> flows, boolean twoWay) {
    }

    /**
     * The ends of a pair, by node id. Its hash mixes both ids: the plain 31-times sum of a list or a record put
     * hundreds of generated pairs ("ex12" to "mbx40") into the same bucket.
     */
    private record Ends(String from, String to) {
        @Override
        public int hashCode() {
            return from.hashCode() * 0x9E3779B9 ^ Integer.rotateLeft(to.hashCode(), 16);
        }

        Ends reversed() {
            return new Ends(to, from);
        }
    }

    private FlowPairs() {
    }

    /**
     * The pairs, in order of each pair's first flow, each pair's flows in their order. A zone link (R1, R2) is
     * drawn between the first servers of its two zones, and not at all inside one zone (rules file, R1).
     */
    static List<Pair> group(List<Flow> flows) {
        Map<Ends, List<Flow>> byPair = new LinkedHashMap<>();
        for (Flow f : flows) {
            if (f.isZoneLink() && !f.crossing().passesFirewall()) {
                continue;
            }
            byPair.computeIfAbsent(new Ends(f.source().id(), f.target().id()), k -> new ArrayList<>()).add(f);
        }
        Set<Ends> keys = byPair.keySet();
        List<Pair> pairs = new ArrayList<>(byPair.size());
        byPair.forEach((key, own) -> pairs.add(new Pair(key.from(), key.to(), List.copyOf(own),
                keys.contains(key.reversed()))));
        return pairs;
    }
}
