package org.portolan.ui.canvas;

import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.portolan.flow.Flow;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;

/** The diagram, redrawn from the shared layout whenever the document changes. */
public final class DiagramView extends ScrollPane {

    private final StackPane surface = new StackPane();
    private FxDiagramPainter.Painted painted;
    private java.util.List<Group> highlighted = java.util.List.of();

    public DiagramView(ObservableValue<DiagramLayout> layout) {
        setId("diagram");
        surface.setStyle("-fx-background-color: white; -fx-padding: 12;");
        setContent(surface);
        setPannable(true);
        setFitToWidth(true);
        setFitToHeight(true);
        layout.addListener((obs, old, l) -> show(l));
        if (layout.getValue() != null) {
            show(layout.getValue());
        }
    }

    private void show(DiagramLayout layout) {
        painted = FxDiagramPainter.paint(layout);
        highlighted = java.util.List.of();
        surface.getChildren().setAll(new Group(painted.root()));
    }

    /** Emphasises the arrow that carries {@code flow}; null clears the emphasis. */
    public void highlight(Flow flow) {
        highlighted.forEach(g -> g.setEffect(null));
        highlighted = java.util.List.of();
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
