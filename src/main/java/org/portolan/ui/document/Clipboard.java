package org.portolan.ui.document;

import java.util.ArrayList;
import java.util.List;
import org.portolan.edit.TopologyEdits;
import org.portolan.model.Node;
import org.portolan.model.Point;

/** Copy, paste and delete of the selected nodes; each paste lands a little further off the copied nodes. */
public final class Clipboard {

    private final DiagramDocument document;
    private final Selection selection;
    private List<Node> copied = List.of();
    private int pasteCount;

    public Clipboard(DiagramDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
    }

    /** Deletes the selected nodes, as the Delete key does. */
    public void deleteSelection() {
        List<String> ids = List.copyOf(selection.nodes());
        if (ids.isEmpty()) {
            return;
        }
        document.edit(ids.size() == 1 ? "Delete " + document.topology().node(ids.get(0)).map(Node::name).orElse("")
                : "Delete " + ids.size() + " nodes", t -> TopologyEdits.deleteNodes(t, ids));
        selection.clear();
    }

    public void copy() {
        List<Node> nodes = new ArrayList<>();
        for (String id : TopologyEdits.ordered(document.topology(), selection.nodes())) {
            var box = document.layout().nodeBox(id);
            document.topology().node(id).ifPresent(n -> nodes.add(n.position() != null || box == null ? n
                    : n.withPosition(new Point(box.rect().x(), box.rect().y()))));
        }
        if (!nodes.isEmpty()) {
            copied = List.copyOf(nodes);
            pasteCount = 0;
        }
    }

    /** One grid step of the canvas (DiagramView.GRID). */
    static final double STEP = 16;

    /**
     * The nearest offset, in whole grid steps down, right or both, at which no pasted card lands on a card of the
     * diagram or in another zone: each paste goes into free space beside what is there, its zone growing to
     * hold it.
     */
    private double[] freeOffset() {
        var cards = document.layout().nodes().stream().map(b -> b.rect()).toList();
        for (int k = 1; k < 200; k++) {
            for (double[] d : new double[][] {{k * STEP, k * STEP}, {0, k * STEP}, {k * STEP, 0}}) {
                boolean free = copied.stream().allMatch(n -> {
                    var at = new org.portolan.layout.Rect(n.position().x() + d[0], n.position().y() + d[1],
                            org.portolan.layout.DiagramLayouter.NODE_WIDTH,
                            org.portolan.layout.DiagramLayouter.NODE_HEIGHT);
                    boolean ownZone = org.portolan.edit.ZoneGeometry.clearOfOtherZones(document.topology(),
                            n.zoneId(), new Point(at.x(), at.y()), at.width(), at.height());
                    return ownZone && cards.stream().noneMatch(c -> c.intersects(at));
                });
                if (free) {
                    return d;
                }
            }
        }
        return new double[] {32 * pasteCount, 32 * pasteCount};
    }

    public void paste() {
        if (copied.isEmpty()) {
            return;
        }
        pasteCount++;
        double[] offset = freeOffset();
        List<String> added = new ArrayList<>();
        document.edit(copied.size() == 1 ? "Paste " + copied.get(0).name() : "Paste " + copied.size() + " nodes", t -> {
            var result = TopologyEdits.duplicate(t, copied, offset[0], offset[1]);
            added.addAll(result.getValue());
            return org.portolan.edit.ZoneGeometry.growToHold(result.getKey(), result.getValue(),
                    org.portolan.layout.DiagramLayouter.NODE_WIDTH, org.portolan.layout.DiagramLayouter.NODE_HEIGHT);
        });
        selection.selectNodes(added);
    }
}
