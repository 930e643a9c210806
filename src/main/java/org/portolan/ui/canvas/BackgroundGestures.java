package org.portolan.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.Rect;
import org.portolan.model.Zone;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.document.Selection;

/**
 * What the mouse does on the diagram's background: Ctrl+wheel zooms, the middle button or Space+drag pans,
 * a drag draws a rubber band that selects, a click selects a zone or nothing, the corner handle resizes a
 * zone, and a palette item released over it is added there.
 */
final class BackgroundGestures {

    private final DiagramView view;
    private final DiagramDocument document;
    private final Selection selection;
    private final Group overlay;
    private boolean spaceDown;
    private Point2D pressAt;
    private Point2D panFrom;
    private Rectangle band;
    private ZoneArea resizing;
    private Rectangle resizePreview;

    BackgroundGestures(DiagramView view, Region surface, Group overlay, DiagramDocument document, Selection selection) {
        this.view = view;
        this.document = document;
        this.selection = selection;
        this.overlay = overlay;
        view.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                view.zoomTo(view.zoomProperty().get() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1));
                e.consume();
            }
        });
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> spaceDown |= e.getCode() == KeyCode.SPACE);
        view.addEventFilter(KeyEvent.KEY_RELEASED, e -> spaceDown &= e.getCode() != KeyCode.SPACE);
        surface.setOnMousePressed(this::pressed);
        surface.setOnMouseDragged(e -> dragged(e, surface));
        surface.setOnMouseReleased(this::released);
        surface.setOnMouseDragReleased(this::paletteDropped);
    }

    /** True while Space is held: a drag then pans, whatever it starts on. */
    boolean spaceDown() {
        return spaceDown;
    }

    /** True while a pan, rubber band or resize is under way. */
    boolean active() {
        return band != null || resizing != null || panFrom != null;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() == MouseButton.MIDDLE || (spaceDown && e.getButton() == MouseButton.PRIMARY)) {
            panFrom = new Point2D(e.getSceneX(), e.getSceneY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressAt = view.toDiagram(e.getSceneX(), e.getSceneY());
        ZoneArea handle = zoneHandleAt(pressAt);
        if (handle != null) {
            resizing = handle;
            resizePreview = new Rectangle(handle.rect().x(), handle.rect().y(), handle.rect().width(), handle.rect().height());
            resizePreview.setFill(null);
            resizePreview.setStroke(Color.web("#2563eb"));
            resizePreview.getStrokeDashArray().setAll(6.0, 4.0);
            overlay.getChildren().add(resizePreview);
            return;
        }
        band = new Rectangle(pressAt.getX(), pressAt.getY(), 0, 0);
        band.setId("rubber-band");
        band.setFill(Color.rgb(37, 99, 235, 0.08));
        band.setStroke(Color.web("#2563eb"));
        band.getStrokeDashArray().setAll(4.0, 3.0);
        overlay.getChildren().add(band);
    }

    private void dragged(MouseEvent e, Region surface) {
        if (panFrom != null) {
            Bounds content = surface.getLayoutBounds();
            Bounds shown = view.getViewportBounds();
            double dx = e.getSceneX() - panFrom.getX();
            double dy = e.getSceneY() - panFrom.getY();
            if (content.getWidth() > shown.getWidth()) {
                view.setHvalue(clamp01(view.getHvalue() - dx / (content.getWidth() - shown.getWidth())));
            }
            if (content.getHeight() > shown.getHeight()) {
                view.setVvalue(clamp01(view.getVvalue() - dy / (content.getHeight() - shown.getHeight())));
            }
            panFrom = new Point2D(e.getSceneX(), e.getSceneY());
            return;
        }
        Point2D at = view.toDiagram(e.getSceneX(), e.getSceneY());
        if (resizing != null) {
            Rect r = resizing.rect();
            resizePreview.setWidth(Math.max(160, view.snap(at.getX()) - r.x()));
            resizePreview.setHeight(Math.max(120, view.snap(at.getY()) - r.y()));
            return;
        }
        if (band != null) {
            band.setX(Math.min(pressAt.getX(), at.getX()));
            band.setY(Math.min(pressAt.getY(), at.getY()));
            band.setWidth(Math.abs(at.getX() - pressAt.getX()));
            band.setHeight(Math.abs(at.getY() - pressAt.getY()));
        }
    }

    private void released(MouseEvent e) {
        if (panFrom != null) {
            panFrom = null;
            return;
        }
        if (resizing != null) {
            Zone zone = resizing.zone();
            Rect r = resizing.rect();
            double w = resizePreview.getWidth();
            double h = resizePreview.getHeight();
            overlay.getChildren().remove(resizePreview);
            resizing = null;
            document.edit("Resize " + zone.name(), t -> org.portolan.edit.ZoneGeometry.resize(t, zone.id(),
                    new Zone.Bounds(r.x(), r.y(), w, h), DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT));
            return;
        }
        if (band == null) {
            return;
        }
        overlay.getChildren().remove(band);
        Rect area = new Rect(band.getX(), band.getY(), band.getWidth(), band.getHeight());
        band = null;
        boolean additive = e.isShiftDown() || e.isShortcutDown();
        if (area.width() < 3 && area.height() < 3) {
            ZoneArea zone = zoneAt(pressAt);
            if (!additive) {
                if (zone != null) {
                    selection.selectZone(zone.zone().id());
                } else {
                    selection.clear();
                }
            }
            return;
        }
        Set<String> hit = new LinkedHashSet<>(additive ? selection.nodes() : Set.of());
        for (NodeBox b : document.layout().nodes()) {
            if (b.rect().intersects(area)) {
                hit.add(b.node().id());
            }
        }
        selection.selectNodes(hit);
    }

    static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** The smallest zone under the point, or null. */
    private ZoneArea zoneAt(Point2D p) {
        ZoneArea best = null;
        for (ZoneArea z : document.layout().zones()) {
            Rect r = z.rect();
            if (p.getX() >= r.x() && p.getX() <= r.maxX() && p.getY() >= r.y() && p.getY() <= r.maxY()
                    && (best == null || r.width() * r.height() < best.rect().width() * best.rect().height())) {
                best = z;
            }
        }
        return best;
    }

    private ZoneArea zoneHandleAt(Point2D p) {
        for (ZoneArea z : document.layout().zones()) {
            Rect r = z.rect();
            if (Math.abs(p.getX() - r.maxX()) <= SelectionMarks.HANDLE
                    && Math.abs(p.getY() - r.maxY()) <= SelectionMarks.HANDLE) {
                return z;
            }
        }
        return null;
    }

    /** A kind dragged from the palette and released over the diagram becomes a node where it was dropped. */
    private void paletteDropped(MouseDragEvent e) {
        Object source = e.getGestureSource();
        if (!(source instanceof Node n) || !(n.getUserData() instanceof PaletteItem item)) {
            return;
        }
        Point2D at = view.toDiagram(e.getSceneX(), e.getSceneY());
        view.dropAt(item, at.getX(), at.getY());
        e.consume();
    }
}
