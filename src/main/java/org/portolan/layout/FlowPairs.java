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

    private FlowPairs() {
    }

    /** The pairs, in order of each pair's first flow, each pair's flows in their order. */
    static List<Pair> group(List<Flow> flows) {
        Map<List<String>, List<Flow>> byPair = new LinkedHashMap<>();
        for (Flow f : flows) {
            byPair.computeIfAbsent(List.of(f.source().id(), f.target().id()), k -> new ArrayList<>()).add(f);
        }
        Set<List<String>> keys = byPair.keySet();
        List<Pair> pairs = new ArrayList<>(byPair.size());
        byPair.forEach((key, own) -> pairs.add(new Pair(key.get(0), key.get(1), List.copyOf(own),
                keys.contains(List.of(key.get(1), key.get(0))))));
        return pairs;
    }
}
