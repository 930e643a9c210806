package org.portolan.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.layout.Rect;
import org.portolan.ui.document.Selection;

/** The blue outlines of the selected cards and zone, and each zone's resize handle, over the diagram. */
final class SelectionMarks {

    static final double HANDLE = 10;
    private static final String MARK = "selection";

    private final Group overlay;
    private final Selection selection;
    private final ObservableDoubleValue zoom;
    private final Map<String, Node> byNode = new HashMap<>();

    SelectionMarks(Group overlay, Selection selection, ObservableDoubleValue zoom) {
        this.overlay = overlay;
        this.selection = selection;
        this.zoom = zoom;
    }

    /** Draws the marks of the selection on {@code layout}, replacing those drawn before. */
    void draw(DiagramLayout layout) {
        overlay.getChildren().removeIf(n -> MARK.equals(n.getUserData()));
        byNode.clear();
        List<Node> marks = new ArrayList<>();
        for (String id : selection.nodes()) {
            NodeBox b = layout.nodeBox(id);
            if (b != null) {
                Rectangle r = outline(b.rect(), 3, 2.5);
                r.getStyleClass().add("selection-mark");
                marks.add(r);
                byNode.put(id, r);
            }
        }
        for (ZoneArea z : layout.zones()) {
            Rect r = z.rect();
            if (z.zone().id().equals(selection.zoneProperty().get())) {
                marks.add(outline(r, 2, 2));
            }
            Rectangle handle = new Rectangle(r.maxX() - HANDLE / 2, r.maxY() - HANDLE / 2, HANDLE, HANDLE);
            handle.setFill(Color.WHITE);
            handle.setStroke(Color.web("#64748b"));
            handle.setUserData(MARK);
            handle.setMouseTransparent(true);
            handle.setId("resize-" + z.zone().id());
            marks.add(handle);
        }
        overlay.getChildren().addAll(marks);
    }

    /** The outline of a selected card, or null. */
    Node of(String nodeId) {
        return byNode.get(nodeId);
    }

    /** The blue outline of a selected card or zone, {@code gap} outside its rectangle. */
    private Rectangle outline(Rect r, double gap, double pixels) {
        Rectangle outline = new Rectangle(r.x() - gap, r.y() - gap, r.width() + 2 * gap, r.height() + 2 * gap);
        outline.setArcWidth(20);
        outline.setArcHeight(20);
        outline.setFill(null);
        outline.setStroke(Color.web("#2563eb"));
        outline.strokeWidthProperty().bind(screenWidth(pixels));
        outline.setUserData(MARK);
        outline.setMouseTransparent(true);
        return outline;
    }

    /** A stroke width that stays at least {@code pixels} wide on screen, however far the view is zoomed out. */
    private DoubleBinding screenWidth(double pixels) {
        return Bindings.createDoubleBinding(() -> Math.max(pixels, pixels / zoom.get()), zoom);
    }
}
