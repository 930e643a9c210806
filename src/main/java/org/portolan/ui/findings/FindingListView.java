package org.portolan.ui.findings;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.portolan.analysis.Analysis;
import org.portolan.rules.Finding;
import org.portolan.rules.Severity;
import org.portolan.ui.toolkit.Fonts;

/** The findings: severity badge, ID and the sentence, errors first as the rules file orders them. */
public final class FindingListView extends ListView<Finding> {

    public FindingListView(ObservableValue<Analysis> analysis, org.portolan.ui.document.Selection selection) {
        setId("findings");
        // Choosing a finding (a click, or the arrow keys) selects the nodes it is about.
        getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null && !f.nodes().isEmpty()) {
                selection.selectNodes(f.nodes().stream().map(org.portolan.model.Node::id).toList());
            }
        });
        setPlaceholder(new Label("No findings: the design follows every rule"));
        setCellFactory(list -> new FindingCell());
        analysis.addListener((javafx.beans.Observable o) -> {
            var findings = analysis.getValue().findings();
            if (!findings.equals(getItems())) { // most edits leave the findings as they were: keep the rows
                getItems().setAll(findings);
                layout(); // see FlowTableView: rows laid out after the CSS pass cost a second frame
            }
        });
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

    /**
     * A finding's row, built once per cell and refilled as the cell is reused. The sentence is a text that
     * wraps at the list's width: a wrapping label was measured on one line, and long findings ended in "…".
     */
    private static final class FindingCell extends ListCell<Finding> {
        /** Badge, ID column, gaps, paddings and the scroll bar, left of and around the sentence. */
        private static final double BESIDE_SENTENCE = 190;

        private final Circle dot = new Circle(9);
        private final Text glyph = new Text();
        private final Label id = new Label();
        private final Text message = new Text();
        private final HBox row = new HBox(10, new StackPane(dot, glyph), id, message);

        FindingCell() {
            glyph.setFill(Color.WHITE);
            glyph.setFont(Fonts.bold(12));
            id.setFont(Fonts.bold(12));
            id.setMinWidth(96);
            message.setFont(Fonts.regular(13));
            message.fillProperty().bind(id.textFillProperty()); // as the theme colours text, selected rows too
            row.setAlignment(Pos.TOP_LEFT);
            row.setPadding(new Insets(4, 6, 4, 6));
            listViewProperty().addListener((obs, old, list) -> {
                message.wrappingWidthProperty().unbind();
                if (list != null) {
                    message.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                            () -> Math.max(120, list.getWidth() - BESIDE_SENTENCE), list.widthProperty()));
                }
            });
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            dot.setFill(Color.web(color(f.severity())));
            glyph.setText(f.severity() == Severity.INFO ? "i" : "!");
            id.setText(f.id() + " " + f.severity().label());
            message.setText(f.message());
            setGraphic(row);
        }
    }
}
