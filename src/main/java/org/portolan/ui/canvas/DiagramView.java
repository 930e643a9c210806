package org.portolan.ui.canvas;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.portolan.flow.Flow;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;

/**
 * The diagram, redrawn from the shared layout whenever the document changes. It fits the window until
 * the user zooms; fitting again is always one call away, so no node is ever lost off-screen.
 */
public final class DiagramView extends ScrollPane {

    private static final double MIN_ZOOM = 0.1;
    private static final double MAX_ZOOM = 4;

    private final StackPane surface = new StackPane();
    private final Group zoomed = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private boolean fitting = true;
    private FxDiagramPainter.Painted painted;
    private List<Group> highlighted = List.of();

    public DiagramView(ObservableValue<DiagramLayout> layout) {
        setId("diagram");
        surface.setStyle("-fx-background-color: white; -fx-padding: 8;");
        zoomed.getTransforms().add(scale);
        surface.getChildren().add(new Group(zoomed));
        setContent(surface);
        setPannable(true);
        setFitToWidth(true);
        setFitToHeight(true);
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        viewportBoundsProperty().addListener((obs, old, b) -> {
            if (fitting) {
                fit();
            }
        });
        layout.addListener((obs, old, l) -> show(l));
        if (layout.getValue() != null) {
            show(layout.getValue());
        }
    }

    private void show(DiagramLayout layout) {
        painted = FxDiagramPainter.paint(layout);
        highlighted = List.of();
        zoomed.getChildren().setAll(painted.root());
        if (fitting) {
            fit();
        }
    }

    /** Scales the whole diagram to the visible area (never above 100 %). */
    public void fit() {
        fitting = true;
        Bounds viewport = getViewportBounds();
        if (painted == null || viewport == null || viewport.getWidth() <= 0) {
            return;
        }
        Bounds content = painted.root().getLayoutBounds();
        double factor = Math.min((viewport.getWidth() - 20) / content.getWidth(),
                (viewport.getHeight() - 20) / content.getHeight());
        zoom.set(Math.max(MIN_ZOOM, Math.min(1, factor)));
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Sets the zoom explicitly; the view stops following the window size until {@link #fit()}. */
    public void zoomTo(double factor) {
        fitting = false;
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor)));
    }

    /** Emphasises the arrow that carries {@code flow}; null clears the emphasis. */
    public void highlight(Flow flow) {
        highlighted.forEach(g -> g.setEffect(null));
        highlighted = List.of();
        if (flow == null || painted == null) {
            return;
        }
        for (var e : painted.connectors().entrySet()) {
            Connector c = e.getKey();
            if (c.source().equals(flow.source()) && c.target().equals(flow.target())) {
                highlighted = e.getValue();
                highlighted.forEach(g -> {
                    g.setEffect(new DropShadow(12, Color.web("#f59e0b")));
                    g.toFront();
                });
                return;
            }
        }
    }
}
