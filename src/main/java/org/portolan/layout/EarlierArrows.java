package org.portolan.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portolan.flow.Flow;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.model.InStep;
import org.portolan.model.Node;

/**
 * The overview arrows of the layout before an edit. An arrow whose cards kept their place, and that
 * still runs one way or two ways as before, keeps its route; when its ports are also the same, its label
 * and label box too. Arrows usually come in the same order as before, shifted by those an edit removed or
 * added, so the earlier arrow is looked for near where the ones found so far put it, and by its ends (in a
 * table built on first need) only when that fails.
 */
final class EarlierArrows {

    private final List<Connector> connectors;
    private final List<NodeBox> boxes;
    /** Where each card (by its new index) was before the edit; null for new cards. */
    private final Rect[] rects;
    private PairSlots byEnds;

    private EarlierArrows(List<Connector> connectors, List<NodeBox> boxes, Rect[] rects) {
        this.connectors = connectors;
        this.boxes = boxes;
        this.rects = rects;
    }

    static EarlierArrows of(DiagramLayout previous, List<NodeBox> boxes) {
        Rect[] rects = new Rect[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            NodeBox was = previous.nodeBox(boxes.get(i).node().id());
            rects[i] = was == null ? null : was.rect();
        }
        return new EarlierArrows(previous.connectors(), boxes, rects);
    }

    /** The earlier arrow of the {@code ordinal}-th pair when its route still holds, or null. */
    Connector route(int ordinal, int from, int to, boolean twoWay) {
        if (rects[from] == null || rects[to] == null) {
            shift--; // the arrows after this one are one place nearer the start of the earlier ones
            return null; // a card new to the layout (a node added, or brought back by an undo) had no arrows
        }
        NodeBox fromBox = boxes.get(from);
        NodeBox toBox = boxes.get(to);
        Connector was = find(ordinal, fromBox.node(), toBox.node());
        if (was == null) {
            int at = byEnds().get((long) from * boxes.size() + to);
            was = at < 0 ? null : connectors.get(at);
            shift = at < 0 ? shift : at - ordinal;
        }
        if (was == null || was.twoWay() != twoWay || !fromBox.rect().equals(rects[from])
                || !toBox.rect().equals(rects[to])) {
            return null;
        }
        return was;
    }

    /** How far the last arrow found was from its pair's place now: arrows of a node deleted before it, say. */
    private int shift;
    /** How far around where {@link #shift} puts it an arrow is looked for before asking the table by ends. */
    private static final int NEAR = 8;
    /** How far beyond that an arrow is looked for, further on only. */
    private static final int FAR = 512;

    /**
     * The earlier arrow between these nodes when it is near where the arrows found so far put it, or null.
     * Deleting a node drops its arrows from among the others, and each drop moves the rest one place: looked
     * for near there, no table of 66,000 arrows by their ends (3 MB) is needed after a deletion or its undo.
     */
    private Connector find(int ordinal, Node source, Node target) {
        int guess = ordinal + shift;
        for (int d = 0; d <= NEAR; d++) {
            if (joinsAt(guess + d, source, target)) {
                shift += d;
                return connectors.get(guess + d);
            }
            if (d > 0 && joinsAt(guess - d, source, target)) {
                shift -= d;
                return connectors.get(guess - d);
            }
        }
        if (byEnds != null) {
            return null; // the table is made: asking it is quicker than looking further
        }
        // Past the arrows of a deleted node that came one after another (an Edge's to every DNS server).
        for (int d = NEAR + 1; d <= FAR; d++) {
            if (joinsAt(guess + d, source, target)) {
                shift += d;
                return connectors.get(guess + d);
            }
        }
        return null;
    }

    private boolean joinsAt(int k, Node source, Node target) {
        return k >= 0 && k < connectors.size() && joins(connectors.get(k), source, target);
    }

    private static boolean joins(Connector c, Node source, Node target) {
        return (c.source() == source || c.source().id().equals(source.id()))
                && (c.target() == target || c.target().id().equals(target.id()));
    }

    private PairSlots byEnds() {
        if (byEnds == null) {
            Map<String, Integer> index = new HashMap<>(boxes.size() * 2);
            for (int i = 0; i < boxes.size(); i++) {
                index.put(boxes.get(i).node().id(), i);
            }
            byEnds = new PairSlots(connectors.size());
            for (int c = 0; c < connectors.size(); c++) {
                Integer source = index.get(connectors.get(c).source().id());
                Integer target = index.get(connectors.get(c).target().id());
                if (source != null && target != null) {
                    byEnds.put((long) source * boxes.size() + target, c);
                }
            }
        }
        return byEnds;
    }

    static boolean samePorts(List<Flow> a, List<Flow> b) {
        return InStep.same(a, b, (x, y) -> x.port().equals(y.port()));
    }
}
