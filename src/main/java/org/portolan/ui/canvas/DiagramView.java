package org.portolan.ui.canvas;

import java.util.List;
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
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.Rect;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;
import org.portolan.rules.Flow;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.document.Selection;

/**
 * The editable diagram: it shows each new layout of the document, zooms and scrolls, and turns gestures
 * ({@link BackgroundGestures}, {@link CardGestures}) into edits.
 */
public final class DiagramView extends ScrollPane {

    public static final double GRID = 16;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 4;
    /**
     * Below this zoom a card's icon and text are hidden: its name would be under 5 px on screen. Names stay at
     * every zoom where they are 8 px or more.
     */
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
    private final DiagramScene scene;
    private final SelectionMarks marks;
    private final BackgroundGestures background;
    private final CardGestures cardGestures;
    private List<Group> highlighted = List.of();
    /** The port-table row whose arrow is emphasised, or null. */
    private Flow highlightedFlow;

    private final FindingBadges badges = new FindingBadges();

    public DiagramView(DiagramDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
        setId("diagram");
        // One plain white fill, painted by the scroll pane alone: the theme's bordered, rounded backgrounds
        // (pane, viewport, content) take the software renderer's slow path on every full repaint.
        setStyle("-fx-background-color: white; -fx-background-insets: 0; -fx-background-radius: 0; -fx-padding: 0;");
        surface.setStyle("-fx-padding: 8;");
        // Anchored top-left: a card dragged past the edge grows the content without shifting (and so
        // repainting) everything else.
        surface.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        marks = new SelectionMarks(overlay, selection, zoom);
        background = new BackgroundGestures(this, surface, overlay, document, selection);
        cardGestures = new CardGestures(this, document, selection, background::spaceDown,
                id -> CardGestures.present(scene().card(id), marks.of(id)));
        scene = new DiagramScene((id, card) -> {
            applyDetail(card, zoom.get() >= DETAIL_ZOOM);
            cardGestures.install(id, card);
        }, zoom);
        zoomed.getTransforms().add(scale);
        zoomed.getChildren().setAll(scene.root(), badges.layer(), overlay);
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
                scene.cards().forEach(card -> applyDetail(card, z.doubleValue() >= DETAIL_ZOOM));
            }
        });
        viewportBoundsProperty().addListener((obs, old, b) -> {
            // A card dragged past the edge brings up a scroll bar; re-fitting then would change the zoom
            // under the user's hand.
            if (fitting && !background.active() && !cardGestures.active()) {
                fit();
            }
        });
        // Invalidation, not change: a change listener would compare the layouts part by part.
        document.layoutProperty().addListener((javafx.beans.Observable o) -> show(document.layout()));
        // The document sets the analysis after the layout: the badges follow the analysis.
        document.analysisProperty().addListener((javafx.beans.Observable o) ->
                badges.show(document.layout(), document.analysis()));
        badges.show(document.layout(), document.analysis());
        selection.nodes().addListener((SetChangeListener<String>) c -> drawSelection());
        selection.zoneProperty().addListener((obs, old, z) -> drawSelection());
        // A dragged card would otherwise repaint every card and arrow on every frame.
        org.portolan.ui.toolkit.Viewports.paintDirectly(this);
        skinProperty().addListener((obs, old, skin) -> {
            if (lookup(".viewport") instanceof javafx.scene.layout.Region viewport) {
                viewport.setStyle("-fx-background-color: null;");
            }
        });
        show(document.layout());
    }

    private DiagramScene scene() {
        return scene;
    }

    private void show(DiagramLayout layout) {
        highlighted.forEach(g -> g.setEffect(null));
        highlighted = List.of();
        highlightedFlow = null; // its row is gone or chosen again
        scene.show(layout);
        drawSelection();
        if (fitting) {
            fit();
        }
    }

    private void drawSelection() {
        scene.select(selection.nodes());
        scene.focus(selection.nodes(), highlightedFlow);
        marks.draw(document.layout());
    }

    private static void applyDetail(Group card, boolean detail) {
        List<Node> parts = card.getChildren();
        parts.get(0).setVisible(detail); // the shadow
        for (int i = 2; i < parts.size(); i++) { // the body stays; icon, title and subtitle go
            parts.get(i).setVisible(detail);
        }
    }

    // ---- zoom and coordinates ----

    /** Scales the whole diagram to the visible area (never above 100 %); no node is ever lost off-screen. */
    public void fit() {
        fitting = true;
        Bounds viewport = getViewportBounds();
        if (viewport == null || viewport.getWidth() <= 0) {
            return;
        }
        Rect content = document.layout().bounds();
        double factor = Math.min((viewport.getWidth() - 20) / content.width(), (viewport.getHeight() - 20) / content.height());
        zoom.set(clampZoom(Math.min(1, factor)));
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

    double snap(double v) {
        return snapToGrid.get() ? Math.round(v / GRID) * GRID : v;
    }

    // ---- edits the view starts ----

    /** Adds what a palette item stands for, centred on the diagram point (x, y). */
    public void dropAt(PaletteItem item, double x, double y) {
        if (item.nodeKind() != null) {
            NodeKind kind = item.nodeKind();
            Point p = new Point(snap(x - DiagramLayouter.NODE_WIDTH / 2), snap(y - DiagramLayouter.NODE_HEIGHT / 2));
            String[] added = new String[1];
            document.edit("Add " + kind.displayName() + (item.count() > 1 ? " group" : ""), t -> {
                var result = TopologyEdits.addNode(t, kind, item.count(), p, DiagramLayouter.NODE_WIDTH,
                        DiagramLayouter.NODE_HEIGHT);
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
     * Moves the selected cards by (dx, dy) as one undoable step: the arrow keys, one unit, or one grid step with
     * Shift. Cards the layout placed get the position they are drawn at.
     */
    public void nudge(double dx, double dy, boolean gridStep) {
        if (selection.nodes().isEmpty()) {
            return;
        }
        double step = gridStep ? GRID : 1;
        java.util.Map<String, Point> to = new java.util.LinkedHashMap<>();
        for (String id : selection.nodes()) {
            var box = document.layout().nodeBox(id);
            if (box != null) {
                to.put(id, new Point(box.rect().x() + dx * step, box.rect().y() + dy * step));
            }
        }
        if (!to.isEmpty()) {
            document.edit("Move " + (to.size() == 1 ? document.topology().node(to.keySet().iterator().next())
                    .map(n -> n.name()).orElse("card") : to.size() + " cards"), t -> TopologyEdits.moveNodes(t, to,
                    DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT));
        }
    }

    /** Renames in place: a text field over the card; Enter keeps the name, Escape drops it. */
    public void startRename(String id) {
        RenameField.open(overlay, document, id);
    }

    /** Emphasises the arrow that carries {@code flow}; null clears the emphasis. */
    public void highlight(Flow flow) {
        highlighted.forEach(g -> g.setEffect(null));
        highlighted = List.of();
        highlightedFlow = flow;
        scene.focus(selection.nodes(), flow);
        if (flow == null) {
            return;
        }
        highlighted = scene.connector(flow);
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
            setHvalue(BackgroundGestures.clamp01((p.getX() - view.getWidth() / 2) / (content.getWidth() - view.getWidth())));
        }
        if (content.getHeight() > view.getHeight()) {
            setVvalue(BackgroundGestures.clamp01((p.getY() - view.getHeight() / 2) / (content.getHeight() - view.getHeight())));
        }
    }
}
