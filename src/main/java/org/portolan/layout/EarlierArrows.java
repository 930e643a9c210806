package org.portolan.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portolan.flow.Flow;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;

/**
 * The overview arrows of the layout before an edit. An arrow whose cards kept their place, and that
 * still runs one way or two ways as before, keeps its route; when its ports are also the same, its label
 * and label box too. Arrows usually come in the same order as before, so the earlier arrow is looked for
 * at the same position first, and by its ends (in a table built on first need) only when that fails.
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
        NodeBox fromBox = boxes.get(from);
        NodeBox toBox = boxes.get(to);
        Connector was = ordinal < connectors.size() ? connectors.get(ordinal) : null;
        if (was == null || was.source() != fromBox.node() && !was.source().id().equals(fromBox.node().id())
                || was.target() != toBox.node() && !was.target().id().equals(toBox.node().id())) {
            int at = byEnds().get((long) from * boxes.size() + to);
            was = at < 0 ? null : connectors.get(at);
        }
        if (was == null || was.twoWay() != twoWay || !fromBox.rect().equals(rects[from])
                || !toBox.rect().equals(rects[to])) {
            return null;
        }
        return was;
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
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).port().equals(b.get(i).port())) {
                return false;
            }
        }
        return true;
    }
}
