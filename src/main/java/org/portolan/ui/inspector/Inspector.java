package org.portolan.ui.inspector;

import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.portolan.model.Node;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;
import org.portolan.ui.DiagramDocument;
import org.portolan.ui.Selection;
import org.portolan.ui.UndoRedo;

/**
 * Properties of the selection: a node's name, kind, zone, site, subscription and addresses; a zone's
 * name and kind; with nothing selected, the organisation options the rules depend on. Every change is one
 * undoable edit.
 */
public final class Inspector extends ScrollPane {

    private final DiagramDocument document;
    private final Selection selection;
    private final VBox body = new VBox(10);
    private static final KeyCombination UNDO = KeyCombination.keyCombination(org.portolan.ui.Shortcuts.UNDO);
    private static final KeyCombination REDO = KeyCombination.keyCombination(org.portolan.ui.Shortcuts.REDO);

    public Inspector(DiagramDocument document, Selection selection, UndoRedo undoRedo) {
        this.document = document;
        this.selection = selection;
        setId("inspector");
        setFitToWidth(true);
        org.portolan.ui.Viewports.paintDirectly(this);
        setPrefWidth(290);
        setMinWidth(250);
        body.setPadding(new Insets(12));
        setContent(body);
        // Undo and Redo undo the diagram's edits, unless a field holds typing not yet committed, which the
        // field's own undo then takes back.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undo = UNDO.match(e);
            if ((undo || REDO.match(e)) && getScene() != null
                    && getScene().getFocusOwner() instanceof TextInputControl field && !Forms.typing(field)) {
                e.consume();
                if (undo) {
                    undoRedo.undo();
                } else {
                    undoRedo.redo();
                }
            }
        });
        document.topologyProperty().addListener((javafx.beans.Observable o) -> rebuild());
        selection.nodes().addListener((SetChangeListener<String>) c -> rebuild());
        selection.zoneProperty().addListener((obs, old, z) -> rebuild());
        rebuild();
    }

    /** What the inspector shows now; see {@link #shownState}. */
    private Record shown;

    private void rebuild() {
        Topology t = document.topology();
        Record key = shownState(t);
        if (key.equals(shown)) {
            return; // e.g. the selected node was moved on the canvas: its form shows nothing that changed
        }
        if (nodeForm != null && key instanceof NodeState now && now.node() != null
                && nodeForm.canShow(now.node(), now.zoneIds())) {
            shown = key;
            nodeForm.show(now.node()); // moved into another zone, renamed …: the same form, its fields updated
            return;
        }
        shown = key;
        nodeForm = null;
        body.getChildren().clear();
        if (selection.nodes().size() == 1) {
            t.node(selection.nodes().iterator().next()).ifPresent(n -> {
                nodeForm = new NodeForm(n, t.zones().stream().map(Zone::id).toList(), document::topology,
                        this::edit);
                body.getChildren().addAll(nodeForm.children());
            });
        } else if (selection.nodes().size() > 1) {
            body.getChildren().addAll(Forms.title(selection.nodes().size() + " nodes selected"),
                    Forms.muted("Drag to move them together, Delete to remove them, Ctrl+D to duplicate."));
        } else if (selection.zoneProperty().get() != null && t.zone(selection.zoneProperty().get()).isPresent()) {
            showZone(t.zone(selection.zoneProperty().get()).get());
        } else {
            showOptions(t);
        }
    }

    /** The node form on show, or null. */
    private NodeForm nodeForm;

    /** A node's form: the node (its position aside, which the form does not show) and the zones to choose from. */
    private record NodeState(Node node, List<String> zoneIds) {
    }

    private record SeveralNodes(int count) {
    }

    private record ZoneForm(String id, ZoneKind kind, String name) {
    }

    private record OptionsForm(String diagramName, Options options) {
    }

    /** Everything the inspector shows for the current selection, to rebuild only when that changes. */
    private Record shownState(Topology t) {
        if (selection.nodes().size() == 1) {
            String id = selection.nodes().iterator().next();
            return new NodeState(t.node(id).map(n -> n.withPosition(null)).orElse(null),
                    t.zones().stream().map(Zone::id).toList());
        }
        if (selection.nodes().size() > 1) {
            return new SeveralNodes(selection.nodes().size());
        }
        String zoneId = selection.zoneProperty().get();
        if (zoneId != null && t.zone(zoneId).isPresent()) {
            var zone = t.zone(zoneId).get();
            return new ZoneForm(zone.id(), zone.kind(), zone.name());
        }
        return new OptionsForm(t.name(), t.options());
    }

    private void showZone(Zone z) {
        GridPane grid = Forms.grid();
        TextField name = Forms.text(z.name(), "inspector-zone-name", v -> !v.isBlank(), z::name,
                v -> edit("Rename zone " + z.name(), x -> org.portolan.edit.TopologyEdits.replaceZone(x,
                        new Zone(z.id(), z.kind(), v.trim(), x.zone(z.id()).orElseThrow().bounds()))));
        ChoiceBox<ZoneKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(ZoneKind.values());
        kind.setValue(z.kind());
        kind.setId("inspector-zone-kind");
        kind.setOnAction(e -> {
            if (kind.getValue() != z.kind()) {
                edit("Change kind of zone " + z.name(), x -> org.portolan.edit.TopologyEdits.replaceZone(x,
                        new Zone(z.id(), kind.getValue(), z.name(), x.zone(z.id()).orElseThrow().bounds())));
            }
        });
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("Id"), new Label(z.id()));
        body.getChildren().addAll(Forms.title("Zone"), grid,
                Forms.muted("Drag the handle at the bottom-right corner to resize. Nodes dropped inside belong to the zone."));
    }

    private void showOptions(Topology t) {
        Options o = t.options();
        TextField name = Forms.text(t.name(), "inspector-diagram-name", v -> !v.isBlank(), t::name,
                v -> edit("Rename diagram", x -> x.withName(v.trim())));
        body.getChildren().addAll(Forms.title("Organisation"), new Label("Diagram name"), name,
                Forms.muted("Options that decide which rules apply (rules file, \"Options\")."),
                option("HTTP, 80/TCP (C2)", o.http(), "option-http", v -> o.withHttp(v)),
                option("IMAP4, 143 and 993/TCP (C3)", o.imap4(), "option-imap4", v -> o.withImap4(v)),
                option("POP3, 110 and 995/TCP (C4)", o.pop3(), "option-pop3", v -> o.withPop3(v)),
                option("SMTP submission, 587/TCP (C5)", o.smtpClientSubmission(), "option-submission", v -> o.withSmtpClientSubmission(v)),
                option("Send connector to the Internet", o.internetSendConnector(), "option-send-connector", v -> o.withInternetSendConnector(v)),
                option("Proxy outbound mail through CAS (N3)", o.outboundProxyThroughCas(), "option-proxy-cas", v -> o.withOutboundProxyThroughCas(v)));
        String portText = o.senderReputationProxyPort() == null ? "" : o.senderReputationProxyPort().toString();
        TextField port = Forms.text(portText, "option-proxy-port",
                v -> v.isBlank() || v.matches("\\d{1,5}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 65535,
                () -> portText,
                v -> edit("Set sender reputation proxy port", x -> x.withOptions(x.options()
                        .withSenderReputationProxyPort(v.isBlank() ? null : Integer.parseInt(v.trim())))));
        port.setPromptText("none (1-65535)");
        body.getChildren().addAll(new Label("Sender reputation proxy port (E7)"), port);
    }

    private CheckBox option(String text, boolean value, String id, java.util.function.Function<Boolean, Options> change) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(value);
        box.setWrapText(true);
        box.setOnAction(e -> edit((box.isSelected() ? "Turn on " : "Turn off ") + text,
                x -> x.withOptions(change.apply(box.isSelected()))));
        return box;
    }

    private void edit(String name, java.util.function.UnaryOperator<Topology> change) {
        document.edit(name, change);
    }
}
