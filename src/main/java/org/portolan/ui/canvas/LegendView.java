package org.portolan.ui.canvas;

import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramStyle;

/** The line styles in use, in a row under the diagram, at the same size whatever the zoom. */
public final class LegendView extends FlowPane {

    private boolean shown = true;
    private boolean hasEntries;

    public LegendView(ObservableValue<DiagramLayout> layout) {
        setId("legend");
        setHgap(18);
        setVgap(4);
        setPadding(new Insets(5, 10, 5, 10));
        setStyle("-fx-background-color: #f8fafc; -fx-border-color: #e2e8f0 transparent transparent transparent;"
                + " -fx-font-size: 11px;");
        // Invalidation, not change: a change listener compares layouts arrow by arrow.
        layout.addListener((javafx.beans.Observable o) -> show(layout.getValue()));
        show(layout.getValue());
    }

    /** What the legend shows: it is rebuilt only when that changes. */
    private record Content(Set<TrafficClass> used, boolean overview) {
    }

    private Content content;

    private void show(DiagramLayout layout) {
        Set<TrafficClass> used = layout.trafficClasses();
        Content key = new Content(used, layout.overview());
        if (key.equals(content)) {
            return; // new labels would need styling and laying out again, and another frame to draw them
        }
        content = key;
        Label title = new Label("Connections");
        title.setStyle("-fx-font-weight: bold;");
        getChildren().setAll(title);
        for (TrafficClass c : used) {
            DiagramStyle.Line style = DiagramStyle.line(c);
            Line sample = new Line(0, 0, 30, 0);
            sample.setStroke(Color.web(style.color()));
            sample.setStrokeWidth(style.width());
            sample.getStrokeDashArray().setAll(style.dashes());
            HBox row = new HBox(8, sample, new Label(c.label()));
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        if (layout.overview()) {
            Label note = new Label("Overview: too many connections for port labels; see the port table");
            note.setStyle("-fx-text-fill: #64748b;");
            getChildren().add(note);
        }
        hasEntries = !used.isEmpty();
        updateVisibility();
    }

    /** Shows or hides the legend (View → Show Legend); it also hides itself while there is nothing to explain. */
    public void setShown(boolean shown) {
        this.shown = shown;
        updateVisibility();
    }

    private void updateVisibility() {
        setVisible(shown && hasEntries);
        setManaged(isVisible());
    }
}
