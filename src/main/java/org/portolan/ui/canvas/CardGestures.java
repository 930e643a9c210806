package org.portolan.ui.canvas;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Point;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.document.Selection;

/**
 * What the mouse does on a card: click or Shift/Ctrl-click selects, a drag moves the selected cards (one
 * edit on release, however many mouse events it took), a double-click renames.
 */
final class CardGestures {

    private final DiagramView view;
    private final DiagramDocument document;
    private final Selection selection;
    private final BooleanSupplier spaceDown;
    /** The scene nodes that move with a dragged card: the card and its selection mark. */
    private final Function<String, List<Node>> dragged;
    private Map<String, Point> dragOrigins;
    private Point2D dragFromScene;

    CardGestures(DiagramView view, DiagramDocument document, Selection selection, BooleanSupplier spaceDown,
                 Function<String, List<Node>> dragged) {
        this.view = view;
        this.document = document;
        this.selection = selection;
        this.spaceDown = spaceDown;
        this.dragged = dragged;
    }

    /** True while cards are being dragged. */
    boolean active() {
        return dragOrigins != null;
    }

    void install(String id, Group card) {
        card.setOnMousePressed(e -> pressed(id, e));
        card.setOnDragDetected(MouseEvent::consume);
        card.setOnMouseDragged(e -> {
            if (dragOrigins != null) {
                // Only the dragged cards and their marks move while dragging; the edit comes on release.
                Point2D offset = dragOffset(e);
                shift(dragOrigins.keySet(), offset.getX(), offset.getY());
                e.consume();
            }
        });
        card.setOnMouseReleased(e -> released(id, e));
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                view.startRename(id);
                e.consume();
            }
        });
    }

    private void pressed(String id, MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || spaceDown.getAsBoolean()) {
            return;
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            selection.toggle(id);
        } else if (!selection.nodes().contains(id)) {
            selection.selectNodes(List.of(id));
        }
        dragFromScene = new Point2D(e.getSceneX(), e.getSceneY());
        dragOrigins = new HashMap<>();
        for (String selected : selection.nodes()) {
            NodeBox b = document.layout().nodeBox(selected);
            if (b != null) {
                dragOrigins.put(selected, new Point(b.rect().x(), b.rect().y()));
            }
        }
        e.consume();
    }

    private void released(String id, MouseEvent e) {
        if (dragOrigins == null) {
            return;
        }
        Point2D offset = dragOffset(e);
        double dx = offset.getX();
        double dy = offset.getY();
        Map<String, Point> origins = dragOrigins;
        dragOrigins = null;
        // Back where they were: the edit draws moved cards at their new places, and a drop that snaps to the
        // old place is no edit at all.
        shift(origins.keySet(), 0, 0);
        e.consume();
        if (Math.hypot(dx, dy) < 3) {
            return;
        }
        Map<String, Point> moved = new HashMap<>();
        origins.forEach((s, p) -> moved.put(s, new Point(view.snap(p.x() + dx), view.snap(p.y() + dy))));
        String name = moved.size() == 1 ? "Move " + document.topology().node(id).map(n -> n.name()).orElse(id)
                : "Move " + moved.size() + " nodes";
        document.edit(name, t -> TopologyEdits.moveNodes(t, moved, DiagramLayouter.NODE_WIDTH,
                DiagramLayouter.NODE_HEIGHT));
    }

    /**
     * How far the pointer has moved since the card was pressed, in diagram units: measured on screen, so a
     * scroll bar appearing mid-drag does not shift the drop.
     */
    private Point2D dragOffset(MouseEvent e) {
        double zoom = view.zoomProperty().get();
        return new Point2D((e.getSceneX() - dragFromScene.getX()) / zoom, (e.getSceneY() - dragFromScene.getY()) / zoom);
    }

    /** Shows the dragged cards and their selection marks {@code (dx, dy)} from where the layout puts them. */
    private void shift(Collection<String> ids, double dx, double dy) {
        for (String id : ids) {
            for (Node n : dragged.apply(id)) {
                n.setTranslateX(dx);
                n.setTranslateY(dy);
            }
        }
    }

    static List<Node> present(Node... nodes) {
        return Arrays.stream(nodes).filter(java.util.Objects::nonNull).toList();
    }
}
