package org.portolan.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Group;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.Vec;
import org.portolan.rules.Flow;

/** A diagram to look at, not to edit: the workshop's. Drawn as the canvas draws it, without gestures. */
public final class DiagramPicture {

    private final DiagramLayout layout;
    private final DiagramScene scene = new DiagramScene((id, card) -> { }, new SimpleDoubleProperty(1));

    /** A card's name in the projector theme: as large as a card holds on two lines. */
    public static final double PROJECTOR_TITLE = 17.8;

    /**
     * @param projector the projector theme: each card shows its name alone, larger and on up to two lines (the
     *                  icon says the role), so that a room reads it from the back
     */
    public DiagramPicture(DiagramLayout layout, boolean projector) {
        this.layout = layout;
        scene.show(layout);
        if (projector) {
            for (DiagramLayout.NodeBox box : layout.nodes()) {
                projector(scene.card(box.node().id()), box);
            }
        }
    }

    private static void projector(Group card, DiagramLayout.NodeBox box) {
        var parts = card.getChildren();
        javafx.scene.text.Text title = (javafx.scene.text.Text) parts.get(parts.size() - 2);
        parts.get(parts.size() - 1).setVisible(false); // the role line
        double left = title.getX();
        double width = box.rect().maxX() - left - 4;
        title.setText(box.node().name());
        title.setFont(org.portolan.ui.toolkit.Fonts.bold(PROJECTOR_TITLE));
        title.setWrappingWidth(width);
        title.setTextOrigin(javafx.geometry.VPos.CENTER);
        title.setY(box.rect().centerY());
        // Two lines at most: a longer name keeps its first two lines, the card its size.
        if (title.getLayoutBounds().getHeight() > box.rect().height() - 4) {
            String name = box.node().name();
            while (name.length() > 1 && title.getLayoutBounds().getHeight() > box.rect().height() - 4) {
                name = name.substring(0, name.length() - 1);
                title.setText(name + "…");
            }
        }
    }

    public Group node() {
        return scene.root();
    }

    /** Shows {@code flow}'s arrow and its two cards in full and fades everything else; null shows everything. */
    public void focus(Flow flow) {
        scene.focus(Set.of(), flow);
    }

    /** The route {@code flow} takes, from its source to its target; empty when its arrow is not drawn (R1 inside a zone). */
    public List<Vec> route(Flow flow) {
        for (Connector c : layout.connectors()) {
            if (c.forward().contains(flow)) {
                return c.points();
            }
            if (c.backward().contains(flow)) {
                List<Vec> back = new ArrayList<>(c.points());
                Collections.reverse(back);
                return back;
            }
        }
        return List.of();
    }
}
