package org.portolan.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.portolan.edit.TopologyEdits;
import org.portolan.rules.Flow;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.Rect;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.document.Selection;

/**
 * The editable diagram. It redraws from the shared layout after every edit, and turns gestures into
 * edits: one drag is one move, however many mouse events it took.
 */
public final class DiagramView extends ScrollPane {

    public static final double GRID = 16;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 4;
    private static final double HANDLE = 10;
    /** Below this zoom a card's text and icon are too small to read, and only cost frames: hide them. */
    static final double DETAIL_ZOOM = 0.4;

    private final DiagramDocument document;
    private final Selection selection;
    private final StackPane surface = new StackPane();
    private final Group zoomed = new Group();
    private final Group overlay = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private boolean fitting = true;
    private boolean spaceDown;
    private final DiagramScene scene = new DiagramScene(this::installCardGestures);
    private List<Group> highlighted = List.of();
    private final Map<String, Node> selectionMarks = new HashMap<>();

    // gesture state
    private Point2D pressAt;
    private Point2D panFrom;
    private Map<String, Point> dragOrigins;
    private Point2D dragFromScene;
    private Rectangle band;
    private ZoneArea resizing;
    private Rectangle resizePreview;

    public DiagramView(DiagramDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
        setId("diagram");
        // One plain white fill, painted by the scroll pane alone: the theme's bordered, rounded backgrounds
        // (pane, viewport, content) take the software renderer's slow path, 10 ms on every full repaint.
        setStyle("-fx-background-color: white; -fx-background-insets: 0; -fx-background-radius: 0; -fx-padding: 0;");
        surface.setStyle("-fx-padding: 8;");
        // Anchored top-left: a card dragged past the edge grows the content without shifting (and so
        // repainting) everything else.
        surface.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        zoomed.getTransforms().add(scale);
        zoomed.getChildren().setAll(scene.root(), overlay);
        surface.getChildren().add(new Group(zoomed));
        setContent(surface);
        setPannable(false);
        setFitToWidth(true);
        setFitToHeight(true);
        setFocusTraversable(true);
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        zoom.addListener((obs, old, z) -> {
            if ((old.doubleValue() < DETAIL_ZOOM) != (z.doubleValue() < DETAIL_ZOOM)) {
                applyDetail();
            }
        });
        viewportBoundsProperty().addListener((obs, old, b) -> {
            // A card dragged past the edge brings up a scroll bar; re-fitting then would change the zoom
            // under the user's hand.
            if (fitting && !inGesture()) {
                fit();
            }
        });
        // Invalidation, not change: a change listener compares layouts arrow by arrow.
        document.layoutProperty().addListener((javafx.beans.Observable o) -> show(document.layout()));
        selection.nodes().addListener((SetChangeListener<String>) c -> drawSelection());
        selection.zoneProperty().addListener((obs, old, z) -> drawSelection());
        installGestures();
        // A dragged card would otherwise repaint every card and arrow on every frame.
        org.portolan.ui.toolkit.Viewports.paintDirectly(this);
        skinProperty().addListener((obs, old, skin) -> {
            if (lookup(".viewport") instanceof javafx.scene.layout.Region viewport) {
                viewport.setStyle("-fx-background-color: null;");
            }
        });
        show(document.layout());
    }

    private void show(DiagramLayout layout) {
        highlighted.forEach(g -> g.setEffect(null));
        highlighted = List.of();
        scene.show(layout); // new cards get the detail of the zoom as they are made
        drawSelection();
        if (fitting) {
            fit();
        }
    }

    private void applyDetail() {
        boolean detail = zoom.get() >= DETAIL_ZOOM;
        for (Group card : scene.cards()) {
            applyDetail(card, detail);
        }
    }

    private static void applyDetail(Group card, boolean detail) {
        List<Node> parts = card.getChildren();
        parts.get(0).setVisible(detail); // the shadow
        for (int i = 2; i < parts.size(); i++) { // the body stays; icon, title and subtitle go
            parts.get(i).setVisible(detail);
        }
    }

    private boolean inGesture() {
        return dragOrigins != null || band != null || resizing != null || panFrom != null;
    }

    // ---- zoom and pan ----

    /** Scales the whole diagram to the visible area (never above 100 %); no node is ever lost off-screen. */
    public void fit() {
        fitting = true;
        zoom.set(fitZoom(document.layout()));
    }

    private double fitZoom(DiagramLayout layout) {
        Bounds viewport = getViewportBounds();
        if (viewport == null || viewport.getWidth() <= 0) {
            return zoom.get();
        }
        Rect content = layout.bounds();
        double factor = Math.min((viewport.getWidth() - 20) / content.width(), (viewport.getHeight() - 20) / content.height());
        return clampZoom(Math.min(1, factor));
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** Sets the zoom explicitly; the view stops following the window size until {@link #fit()}. */
    public void zoomTo(double factor) {
        fitting = false;
        zoom.set(clampZoom(factor));
    }

    public void zoomIn() {
        zoomTo(zoom.get() * 1.25);
    }

    public void zoomOut() {
        zoomTo(zoom.get() / 1.25);
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    /** Screen coordinates of a diagram point: where a user (or a UI test) would point the mouse. */
    public Point2D toScreen(double x, double y) {
        return zoomed.localToScreen(x, y);
    }

    /** Diagram coordinates of a point in the scene. */
    Point2D toDiagram(double sceneX, double sceneY) {
        return zoomed.sceneToLocal(sceneX, sceneY);
    }

    private double snap(double v) {
        return snapToGrid.get() ? Math.round(v / GRID) * GRID : v;
    }

    // ---- gestures ----

    private void installGestures() {
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                zoomTo(zoom.get() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1));
                e.consume();
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = true;
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        surface.setOnMousePressed(this::backgroundPressed);
        surface.setOnMouseDragged(this::backgroundDragged);
        surface.setOnMouseReleased(this::backgroundReleased);
        surface.setOnMouseDragReleased(this::paletteDropped);
    }

    private void backgroundPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.MIDDLE || (spaceDown && e.getButton() == MouseButton.PRIMARY)) {
            panFrom = new Point2D(e.getSceneX(), e.getSceneY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressAt = toDiagram(e.getSceneX(), e.getSceneY());
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

    private void backgroundDragged(MouseEvent e) {
        if (panFrom != null) {
            Bounds content = surface.getLayoutBounds();
            Bounds view = getViewportBounds();
            double dx = e.getSceneX() - panFrom.getX();
            double dy = e.getSceneY() - panFrom.getY();
            if (content.getWidth() > view.getWidth()) {
                setHvalue(clamp01(getHvalue() - dx / (content.getWidth() - view.getWidth())));
            }
            if (content.getHeight() > view.getHeight()) {
                setVvalue(clamp01(getVvalue() - dy / (content.getHeight() - view.getHeight())));
            }
            panFrom = new Point2D(e.getSceneX(), e.getSceneY());
            return;
        }
        Point2D at = toDiagram(e.getSceneX(), e.getSceneY());
        if (resizing != null) {
            Rect r = resizing.rect();
            resizePreview.setWidth(Math.max(160, snap(at.getX()) - r.x()));
            resizePreview.setHeight(Math.max(120, snap(at.getY()) - r.y()));
            return;
        }
        if (band != null) {
            band.setX(Math.min(pressAt.getX(), at.getX()));
            band.setY(Math.min(pressAt.getY(), at.getY()));
            band.setWidth(Math.abs(at.getX() - pressAt.getX()));
            band.setHeight(Math.abs(at.getY() - pressAt.getY()));
        }
    }

    private void backgroundReleased(MouseEvent e) {
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
            document.edit("Resize " + zone.name(), t -> TopologyEdits.replaceZone(t,
                    t.zone(zone.id()).orElseThrow().withBounds(new Zone.Bounds(r.x(), r.y(), w, h))));
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

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

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
            if (Math.abs(p.getX() - r.maxX()) <= HANDLE && Math.abs(p.getY() - r.maxY()) <= HANDLE) {
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
        Point2D at = toDiagram(e.getSceneX(), e.getSceneY());
        dropAt(item, at.getX(), at.getY());
        e.consume();
    }

    /** Adds what a palette item stands for, centred on the diagram point (x, y). */
    public void dropAt(PaletteItem item, double x, double y) {
        if (item.nodeKind() != null) {
            NodeKind kind = item.nodeKind();
            Point p = new Point(snap(x - DiagramLayouter.NODE_WIDTH / 2), snap(y - DiagramLayouter.NODE_HEIGHT / 2));
            String[] added = new String[1];
            document.edit("Add " + kind.displayName(), t -> {
                var result = TopologyEdits.addNode(t, kind, p, DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT);
                added[0] = result.nodes().get(result.nodes().size() - 1).id();
                return result;
            });
            if (added[0] != null) {
                selection.selectNodes(List.of(added[0]));
            }
        } else {
            ZoneKind kind = item.zoneKind();
            Zone.Bounds b = new Zone.Bounds(snap(x - 140), snap(y - 200), 280, 400);
            document.edit("Add " + kind.defaultName() + " zone", t -> TopologyEdits.addZone(t, kind, b));
        }
    }

    /**
     * How far the pointer has moved since the card was pressed, in diagram units: measured on screen, so a
     * scroll bar appearing mid-drag does not shift the drop.
     */
    private Point2D dragOffset(MouseEvent e) {
        return new Point2D((e.getSceneX() - dragFromScene.getX()) / zoom.get(),
                (e.getSceneY() - dragFromScene.getY()) / zoom.get());
    }

    /** Shows the dragged cards and their selection marks {@code (dx, dy)} from where the layout puts them. */
    private void shiftDragged(java.util.Collection<String> ids, double dx, double dy) {
        for (String id : ids) {
            for (Node n : java.util.Arrays.asList(scene.card(id), selectionMarks.get(id))) {
                if (n != null) {
                    n.setTranslateX(dx);
                    n.setTranslateY(dy);
                }
            }
        }
    }

    private void installCardGestures(String id, Group card) {
        applyDetail(card, zoom.get() >= DETAIL_ZOOM);
        card.setOnMousePressed(e -> {
            requestFocus();
            if (e.getButton() != MouseButton.PRIMARY || spaceDown) {
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
        });
        card.setOnDragDetected(e -> e.consume());
        card.setOnMouseDragged(e -> {
            if (dragOrigins == null) {
                return;
            }
            // Only the cards move while dragging; flows are recomputed once, on release.
            // Only the dragged cards and their marks are touched, so each frame repaints just around them.
            Point2D offset = dragOffset(e);
            shiftDragged(dragOrigins.keySet(), offset.getX(), offset.getY());
            e.consume();
        });
        card.setOnMouseReleased(e -> {
            if (dragOrigins == null) {
                return;
            }
            Point2D offset = dragOffset(e);
            double dx = offset.getX();
            double dy = offset.getY();
            Map<String, Point> origins = dragOrigins;
            dragOrigins = null;
            // Back where they were: the edit redraws moved cards at their new places, and a drop that snaps to
            // the old place is no edit at all.
            shiftDragged(origins.keySet(), 0, 0);
            if (Math.hypot(dx, dy) < 3) {
                e.consume();
                return;
            }
            Map<String, Point> moved = new HashMap<>();
            origins.forEach((s, p) -> moved.put(s, new Point(snap(p.x() + dx), snap(p.y() + dy))));
            document.edit(moved.size() == 1 ? "Move " + document.topology().node(id).map(n -> n.name()).orElse(id)
                    : "Move " + moved.size() + " nodes", t -> TopologyEdits.moveNodes(t, moved,
                    DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT));
            e.consume();
        });
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                startRename(id);
                e.consume();
            }
        });
    }

    /** Renames in place: a text field over the card; Enter keeps the name, Escape drops it. */
    public void startRename(String id) {
        NodeBox box = document.layout().nodeBox(id);
        if (box == null) {
            return;
        }
        TextField field = new TextField(box.node().name());
        field.setId("rename-field");
        field.setLayoutX(box.rect().x() + 50);
        field.setLayoutY(box.rect().y() + 8);
        field.setPrefWidth(box.rect().width() - 56);
        boolean[] done = {false};
        Runnable commit = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            overlay.getChildren().remove(field);
            String name = field.getText().trim();
            if (!name.isEmpty() && !name.equals(box.node().name())) {
                document.edit("Rename " + box.node().name(), t -> t.withNode(t.node(id).orElseThrow().withName(name)));
            }
        };
        field.setOnAction(e -> commit.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                done[0] = true;
                overlay.getChildren().remove(field);
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        overlay.getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }

    private void drawSelection() {
        overlay.getChildren().removeIf(n -> "selection".equals(n.getUserData()));
        selectionMarks.clear();
        scene.select(selection.nodes());
        List<Node> marks = new ArrayList<>();
        for (String id : selection.nodes()) {
            NodeBox b = document.layout().nodeBox(id);
            if (b != null) {
                Rectangle r = outline(b.rect(), 3, 2.5);
                r.getStyleClass().add("selection-mark");
                marks.add(r);
                selectionMarks.put(id, r);
            }
        }
        for (ZoneArea z : document.layout().zones()) {
            boolean selected = z.zone().id().equals(selection.zoneProperty().get());
            Rect r = z.rect();
            if (selected) {
                marks.add(outline(r, 2, 2));
            }
            Rectangle handle = new Rectangle(r.maxX() - HANDLE / 2, r.maxY() - HANDLE / 2, HANDLE, HANDLE);
            handle.setFill(Color.WHITE);
            handle.setStroke(Color.web("#64748b"));
            handle.setUserData("selection");
            handle.setMouseTransparent(true);
            handle.setId("resize-" + z.zone().id());
            marks.add(handle);
        }
        overlay.getChildren().addAll(marks);
    }

    /** The blue outline of a selected card or zone, {@code gap} outside its rectangle. */
    private Rectangle outline(Rect r, double gap, double pixels) {
        Rectangle outline = new Rectangle(r.x() - gap, r.y() - gap, r.width() + 2 * gap, r.height() + 2 * gap);
        outline.setArcWidth(20);
        outline.setArcHeight(20);
        outline.setFill(null);
        outline.setStroke(Color.web("#2563eb"));
        outline.strokeWidthProperty().bind(screenWidth(pixels));
        outline.setUserData("selection");
        outline.setMouseTransparent(true);
        return outline;
    }

    /**
     * A stroke width that stays at least {@code pixels} wide on screen: a selection zoomed out to a 1,000-node
     * overview must still show.
     */
    private javafx.beans.binding.DoubleBinding screenWidth(double pixels) {
        return javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(pixels, pixels / zoom.get()), zoom);
    }

    /** Emphasises the arrow that carries {@code flow}; null clears the emphasis. */
    public void highlight(Flow flow) {
        highlighted.forEach(g -> g.setEffect(null));
        highlighted = List.of();
        if (flow == null) {
            return;
        }
        highlighted = scene.connector(flow.source().id(), flow.target().id());
        highlighted.forEach(g -> {
            g.setEffect(new DropShadow(12, Color.web("#f59e0b")));
            g.toFront();
        });
    }

    /** Scrolls so that the given diagram rectangle is visible. */
    public void reveal(Rect r) {
        Bounds content = surface.getLayoutBounds();
        Bounds view = getViewportBounds();
        Point2D p = surface.sceneToLocal(zoomed.localToScene(r.centerX(), r.centerY()));
        if (content.getWidth() > view.getWidth()) {
            setHvalue(clamp01((p.getX() - view.getWidth() / 2) / (content.getWidth() - view.getWidth())));
        }
        if (content.getHeight() > view.getHeight()) {
            setVvalue(clamp01((p.getY() - view.getHeight() / 2) / (content.getHeight() - view.getHeight())));
        }
    }
}
