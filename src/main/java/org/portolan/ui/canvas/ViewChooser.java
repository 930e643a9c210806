package org.portolan.ui.canvas;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.portolan.analysis.View;

/** The canvas toolbar's choice of concern: the diagram and the port table show that concern's connections. */
public final class ViewChooser {

    private ViewChooser() {
    }

    public static ComboBox<View> create(ObjectProperty<View> view) {
        ComboBox<View> box = new ComboBox<>();
        box.getItems().setAll(View.values());
        box.setId("view-chooser");
        box.setTooltip(new Tooltip("Show the connections of one concern; the other cards are dimmed"));
        box.setCellFactory(list -> new Cell());
        box.setButtonCell(new Cell());
        box.valueProperty().bindBidirectional(view);
        return box;
    }

    private static final class Cell extends ListCell<View> {
        @Override
        protected void updateItem(View v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : v.title());
        }
    }
}
