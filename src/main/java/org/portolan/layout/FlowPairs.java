package org.portolan.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portolan.rules.Flow;
import org.portolan.rules.TrafficClass;

/**
 * The flows of a layout grouped into arrows: one per pair of nodes and traffic class, carrying both
 * directions. Mail between two servers is then one mail-styled arrow with a head at each end, and never
 * shares a line with the client-access traffic between the same two servers.
 */
final class FlowPairs {

    /**
     * One pair of nodes (by id) and traffic class: {@code forward} from {@code from} to {@code to}, in the
     * order of the flows, and {@code backward} the other way (empty for a one-way arrow).
     */
    record Pair(String from, String to, TrafficClass trafficClass, List<Flow> forward, List<Flow> backward) {
    }

    /**
     * The ends of a pair, by node id, in either order, and its class. Its hash mixes both ids: the plain
     * 31-times sum of a list or a record put hundreds of generated pairs ("ex12" to "mbx40") into one bucket.
     */
    private record Key(String low, String high, TrafficClass trafficClass) {
        static Key of(Flow f) {
            String a = f.source().id();
            String b = f.target().id();
            return a.compareTo(b) <= 0 ? new Key(a, b, f.trafficClass()) : new Key(b, a, f.trafficClass());
        }

        @Override
        public int hashCode() {
            return (low.hashCode() * 0x9E3779B9 ^ Integer.rotateLeft(high.hashCode(), 16)) + trafficClass.ordinal();
        }
    }

    private static final class Builder {
        final String from;
        final String to;
        final List<Flow> forward = new ArrayList<>(4);
        final List<Flow> backward = new ArrayList<>(0);

        Builder(Flow first) {
            from = first.source().id();
            to = first.target().id();
        }
    }

    private FlowPairs() {
    }

    /**
     * The pairs, in order of each pair's first flow; its direction is that of its first flow. A zone link
     * (R1, R2) is drawn between the first servers of its two zones, and not at all inside one zone (rules
     * file, R1).
     */
    static List<Pair> group(List<Flow> flows) {
        Map<Key, Builder> byPair = new LinkedHashMap<>();
        for (Flow f : flows) {
            if (f.isZoneLink() && !f.crossing().passesFirewall()) {
                continue;
            }
            Builder b = byPair.computeIfAbsent(Key.of(f), k -> new Builder(f));
            (f.source().id().equals(b.from) ? b.forward : b.backward).add(f);
        }
        List<Pair> pairs = new ArrayList<>(byPair.size());
        for (Map.Entry<Key, Builder> e : byPair.entrySet()) {
            Builder b = e.getValue();
            pairs.add(new Pair(b.from, b.to, e.getKey().trafficClass(), List.copyOf(b.forward), List.copyOf(b.backward)));
        }
        return pairs;
    }
}
