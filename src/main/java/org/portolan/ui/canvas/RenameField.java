package org.portolan.ui.canvas;

import javafx.scene.Group;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.ui.document.DiagramDocument;

/** Renames a card in place: a text field over it; Enter or leaving it keeps the name, Escape drops it. */
final class RenameField {

    private RenameField() {
    }

    static void open(Group overlay, DiagramDocument document, String id) {
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
}
