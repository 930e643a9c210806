package org.portolan.ui.export;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.portolan.model.ChangeRequest;

/**
 * The sheet's change-request fields in the export dialog. They belong to the diagram: an export that changes
 * them saves them into it (one undoable edit), so the next export of the same diagram starts from them.
 */
final class ChangeRequestForm {

    private final ChangeRequest initial;
    private final TextField documentNumber = field("export-document-number");
    private final TextField revision = field("export-revision");
    private final ChoiceBox<ChangeRequest.Status> status = new ChoiceBox<>();
    private final TextField requester = field("export-requester");
    private final TextField changeTicket = field("export-change-ticket");
    private final TextField window = field("export-window");
    private final TextField approver = field("export-approver");
    private final TextField firewallOwner = field("export-firewall-owner");
    private final TitledPane pane;

    ChangeRequestForm(ChangeRequest c) {
        this.initial = c;
        documentNumber.setText(c.documentNumber());
        revision.setText(c.revision());
        status.getItems().setAll(ChangeRequest.Status.values());
        status.setValue(c.status());
        status.setId("export-status-choice");
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChangeRequest.Status s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ChangeRequest.Status fromString(String s) {
                return ChangeRequest.Status.DRAFT;
            }
        });
        requester.setText(c.requester());
        changeTicket.setText(c.changeTicket());
        window.setText(c.implementationWindow());
        approver.setText(c.approver());
        firewallOwner.setText(c.firewallOwner());
        revision.setPromptText("1.0");
        changeTicket.setPromptText("CHG0012345");
        window.setPromptText("2026-12-12 22:00–02:00");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Document number"), documentNumber, new Label("Revision"), revision);
        grid.addRow(1, new Label("Status"), status, new Label("Requester"), requester);
        grid.addRow(2, new Label("Change ticket"), changeTicket, new Label("Window"), window);
        grid.addRow(3, new Label("Approver"), approver, new Label("Firewall owner"), firewallOwner);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, value, label, value);
        pane = new TitledPane("Change request (on the sheet's cover; kept in the diagram)", grid);
        pane.setId("export-change-request");
        pane.setExpanded(!c.isEmpty());
    }

    TitledPane pane() {
        return pane;
    }

    ChangeRequest value() {
        return new ChangeRequest(documentNumber.getText(), revision.getText(), status.getValue(), requester.getText(),
                changeTicket.getText(), window.getText(), approver.getText(), firewallOwner.getText(),
                initial.revisions());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
