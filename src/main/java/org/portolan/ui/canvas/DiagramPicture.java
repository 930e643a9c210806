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

    public DiagramPicture(DiagramLayout layout) {
        this.layout = layout;
        scene.show(layout);
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
