package org.portolan.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portolan.flow.Flow;
import org.portolan.flow.FlowIndex;
import org.portolan.flow.FlowList;
import org.portolan.flow.NodeSetChange;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;

/**
 * An overview's arrows after a {@link NodeSetChange}, made from the arrows before it. When the flows between
 * the cards that stayed are the very flows before the change, so are their arrows (an overview's arrow runs
 * straight between two cards that did not move): a deletion drops the arrows of the cards that went, an
 * addition makes the arrows of the new cards from their flows and puts them in among the others by where
 * their first flows are ({@link ArrowOrder}).
 */
final class NodeSetChangeArrows {

    private NodeSetChangeArrows() {
    }

    /**
     * The arrows after the change over {@code boxes}, the cards after it; null when a card that stayed is not
     * the card it was (the columns placed it anew) or the flows between the cards that stayed changed.
     */
    static ArrowOrder.Arrows arrows(DiagramLayout previous, List<NodeBox> boxes, NodeSetChange.Updated updated) {
        NodeSetChange change = updated.change();
        int[] stayed = change.stayed();
        List<NodeBox> fewer = change.added() ? previous.nodes() : boxes;
        List<NodeBox> more = change.added() ? boxes : previous.nodes();
        for (int j = 0; j < stayed.length; j++) {
            if (fewer.get(j) != more.get(stayed[j])) {
                return null;
            }
        }
        if (!updated.othersKept()) {
            return null;
        }
        return change.added() ? added(previous, boxes, updated, stayed) : removed(previous, boxes.size(), stayed);
    }

    /** The arrows of the cards that stayed, with the cards' places now. */
    private static ArrowOrder.Arrows removed(DiagramLayout previous, int cards, int[] stayed) {
        int[] place = new int[previous.nodes().size()];
        java.util.Arrays.fill(place, -1);
        for (int j = 0; j < stayed.length; j++) {
            place[stayed[j]] = j;
        }
        int[] from = previous.connectorSources();
        int[] to = previous.connectorTargets();
        ArrowOrder.Placed kept = ArrowOrder.pick(previous.connectors(), from, to,
                c -> place[from[c]] >= 0 && place[to[c]] >= 0, card -> place[card]);
        if (kept.size() <= DiagramLayouter.OVERVIEW_CONNECTORS) {
            return null; // no longer an overview: laid out in full, with routes around cards and labels
        }
        return ArrowOrder.arrows(kept, cards, classesLeft(previous, place, kept));
    }

    /** The traffic classes of the arrows left: those before, less any that only the removed cards' arrows drew. */
    private static Set<TrafficClass> classesLeft(DiagramLayout previous, int[] place, ArrowOrder.Placed kept) {
        Set<TrafficClass> gone = EnumSet.noneOf(TrafficClass.class);
        for (int card = 0; card < place.length; card++) {
            if (place[card] < 0) {
                for (int c : previous.connectorsByCard()[card]) {
                    gone.add(previous.connectors().get(c).trafficClass());
                }
            }
        }
        return ArrowOrder.classes(previous.trafficClasses(), Set.of(), gone, java.util.Arrays.asList(kept.arrows()));
    }

    /** The earlier arrows, and the new cards' arrows put in among them. */
    private static ArrowOrder.Arrows added(DiagramLayout previous, List<NodeBox> boxes, NodeSetChange.Updated updated,
                                           int[] stayed) {
        FlowIndex index = updated.index();
        List<Flow> flows = updated.flows();
        // The new cards' flows, in flow order, grouped by pair of cards in order of each pair's first flow.
        BitSet theirs = new BitSet(flows.size());
        for (int i = 0, j = 0; i < boxes.size(); i++) {
            if (j < stayed.length && stayed[j] == i) {
                j++;
            } else {
                for (int k : index.of(i)) {
                    theirs.set(k);
                }
            }
        }
        Map<Long, List<Flow>> byPair = new LinkedHashMap<>();
        Map<Long, Integer> firstOfPair = new HashMap<>();
        for (int k = theirs.nextSetBit(0); k >= 0; k = theirs.nextSetBit(k + 1)) {
            long pair = (long) index.sourceOf(k) << 32 | index.targetOf(k);
            byPair.computeIfAbsent(pair, p -> new ArrayList<>()).add(flows.get(k));
            firstOfPair.putIfAbsent(pair, k);
        }
        PortLabels labels = new PortLabels();
        Connector[] arrows = new Connector[byPair.size()];
        int[] from = new int[byPair.size()];
        int[] to = new int[byPair.size()];
        int[] first = new int[byPair.size()];
        Set<TrafficClass> classes = EnumSet.noneOf(TrafficClass.class);
        classes.addAll(previous.trafficClasses());
        int made = 0;
        for (Map.Entry<Long, List<Flow>> e : byPair.entrySet()) {
            int source = (int) (e.getKey() >>> 32);
            int target = (int) (long) e.getKey();
            // The opposite pair has one of the new cards as an end too: its flows are among theirs.
            boolean twoWay = byPair.containsKey((long) target << 32 | source);
            List<Flow> pairFlows = e.getValue().size() == 1 ? List.of(e.getValue().get(0))
                    : FlowList.of(e.getValue().toArray(new Flow[0]));
            Connector arrow = DiagramLayouter.overviewArrow(boxes.get(source), boxes.get(target), pairFlows, twoWay,
                    labels);
            from[made] = source;
            to[made] = target;
            first[made] = firstOfPair.get(e.getKey());
            arrows[made++] = arrow;
            classes.add(arrow.trafficClass());
        }
        int[] earlierFrom = previous.connectorSources();
        int[] earlierTo = previous.connectorTargets();
        ArrowOrder.Placed kept = ArrowOrder.pick(previous.connectors(), earlierFrom, earlierTo, c -> true,
                card -> stayed[card]);
        return ArrowOrder.merge(kept, new ArrowOrder.Placed(arrows, from, to), first, index, boxes.size(),
                java.util.Collections.unmodifiableSet(classes));
    }
}
