package org.portolan.ui.findings;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.portolan.analysis.Analysis;
import org.portolan.validation.Finding;
import org.portolan.validation.Severity;
import org.portolan.ui.Fonts;

/** The findings: severity badge, ID and the sentence, errors first as the rules file orders them. */
public final class FindingListView extends ListView<Finding> {

    public FindingListView(ObservableValue<Analysis> analysis, org.portolan.ui.Selection selection) {
        setId("findings");
        // Double-clicking a finding selects the nodes it is about.
        setOnMouseClicked(e -> {
            Finding f = getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && f != null && !f.nodes().isEmpty()) {
                selection.selectNodes(f.nodes().stream().map(org.portolan.model.Node::id).toList());
            }
        });
        setPlaceholder(new Label("No findings: the design follows every rule"));
        setCellFactory(list -> new FindingCell());
        analysis.addListener((javafx.beans.Observable o) -> getItems().setAll(analysis.getValue().findings()));
        if (analysis.getValue() != null) {
            getItems().setAll(analysis.getValue().findings());
        }
    }

    static String color(Severity s) {
        return switch (s) {
            case ERROR -> "#dc2626";
            case WARNING -> "#d97706";
            case INFO -> "#2563eb";
        };
    }

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Circle dot = new Circle(9, Color.web(color(f.severity())));
            Text glyph = new Text(f.severity() == Severity.INFO ? "i" : "!");
            glyph.setFill(Color.WHITE);
            glyph.setFont(Fonts.bold(12));
            StackPane badge = new StackPane(dot, glyph);
            Label id = new Label(f.id() + " " + f.severity().label());
            id.setFont(Fonts.bold(12));
            id.setMinWidth(96);
            Label message = new Label(f.message());
            message.setWrapText(true);
            message.setMaxWidth(Double.MAX_VALUE);
            message.prefWidthProperty().bind(getListView().widthProperty().subtract(170));
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox row = new HBox(10, badge, id, message);
            row.setAlignment(Pos.TOP_LEFT);
            row.setPadding(new Insets(4, 6, 4, 6));
            setGraphic(row);
            setText(null);
        }
    }
}
