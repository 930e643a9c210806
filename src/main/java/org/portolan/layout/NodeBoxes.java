package org.portolan.layout;

import org.portolan.layout.DiagramLayout.NodeBox;

/** Where the parts of a node card go, shared by every painter. */
public final class NodeBoxes {

    static final double ICON_SIZE = 32;
    static final double TEXT_LEFT = 48;

    private NodeBoxes() {
    }

    public static Rect icon(NodeBox box) {
        Rect r = box.rect();
        return new Rect(r.x() + 9, r.centerY() - ICON_SIZE / 2, ICON_SIZE, ICON_SIZE);
    }

    /** Baseline origin of the node's name. */
    public static Vec title(NodeBox box) {
        return new Vec(box.rect().x() + TEXT_LEFT, box.rect().centerY() - 3);
    }

    /** Baseline origin of the role line. */
    public static Vec subtitle(NodeBox box) {
        return new Vec(box.rect().x() + TEXT_LEFT, box.rect().centerY() + 14);
    }

    /** The cards drawn behind a group's card, back to front, offset up and right; none for one server. */
    public static java.util.List<Rect> stack(NodeBox box) {
        if (!box.node().isGroup()) {
            return java.util.List.of();
        }
        Rect r = box.rect();
        return java.util.List.of(new Rect(r.x() + 8, r.y() - 8, r.width(), r.height()),
                new Rect(r.x() + 4, r.y() - 4, r.width(), r.height()));
    }
}
