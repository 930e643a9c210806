package org.portolan.ui.canvas;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.portolan.rules.TrafficClass;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramStyle;

/** The line styles in use, in a row under the diagram, at the same size whatever the zoom. */
public final class LegendView extends FlowPane {

    private boolean shown = true;
    private boolean hasEntries;
    /** A row per traffic class, in the order of the classes, made once and shown while arrows of it are drawn. */
    private final Map<TrafficClass, HBox> rows = new EnumMap<>(TrafficClass.class);
    private final Label note = new Label("Dense diagram: connections bundled by role and zone; select a card for its own, see the port table for ports");

    public LegendView(ObservableValue<DiagramLayout> layout) {
        setId("legend");
        setHgap(18);
        setVgap(4);
        setPadding(new Insets(5, 10, 5, 10));
        setStyle("-fx-background-color: #f8fafc; -fx-border-color: #e2e8f0 transparent transparent transparent;"
                + " -fx-font-size: 11px;");
        Label title = new Label("Connections");
        title.setStyle("-fx-font-weight: bold;");
        getChildren().add(title);
        for (TrafficClass c : TrafficClass.values()) {
            DiagramStyle.Line style = DiagramStyle.line(c);
            Line sample = new Line(0, 0, 30, 0);
            sample.setStroke(Color.web(style.color()));
            sample.setStrokeWidth(style.width());
            sample.getStrokeDashArray().setAll(style.dashes());
            HBox row = new HBox(8, sample, new Label(c.label()));
            row.setAlignment(Pos.CENTER_LEFT);
            rows.put(c, row);
            getChildren().add(row);
        }
        note.setStyle("-fx-text-fill: #64748b;");
        getChildren().add(note);
        // Invalidation, not change: a change listener compares layouts arrow by arrow.
        layout.addListener((javafx.beans.Observable o) -> show(layout.getValue()));
        show(layout.getValue());
    }

    /**
     * Shows the rows of the classes drawn. Rows are hidden rather than made anew: new labels need styling and
     * laying out, and took a second frame after an edit that brought a class in or out (the Send connector).
     */
    private void show(DiagramLayout layout) {
        Set<TrafficClass> used = layout.trafficClasses();
        rows.forEach((c, row) -> {
            row.setVisible(used.contains(c));
            row.setManaged(row.isVisible());
        });
        note.setVisible(layout.dense());
        note.setManaged(note.isVisible());
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
