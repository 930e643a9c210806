package org.portolan.ui.inspector;

import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
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
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.document.Selection;
import org.portolan.ui.document.UndoRedo;

/**
 * Properties of the selection: a node's name, kind, zone, site, subscription and addresses; a zone's
 * name and kind; with nothing selected, the organisation options the rules depend on. Every change is one
 * undoable edit.
 */
public final class Inspector extends ScrollPane {

    private final DiagramDocument document;
    private final Selection selection;
    private final VBox body = new VBox(10);
    private static final KeyCombination UNDO = KeyCombination.keyCombination(org.portolan.ui.toolkit.Shortcuts.UNDO);
    private static final KeyCombination REDO = KeyCombination.keyCombination(org.portolan.ui.toolkit.Shortcuts.REDO);

    public Inspector(DiagramDocument document, Selection selection, UndoRedo undoRedo) {
        this.document = document;
        this.selection = selection;
        setId("inspector");
        setFitToWidth(true);
        org.portolan.ui.toolkit.Viewports.paintDirectly(this);
        getStyleClass().add("plain-pane"); // see portolan.css
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
    /** The children on show in the body. */
    private List<javafx.scene.Node> onShow = List.of();
    /** The last node form made, kept to show that node again (selected anew, or brought back by an undo). */
    private NodeForm nodeForm;
    /** Address typing a node's form could not keep, shown again when the node is selected again. */
    private final java.util.Map<String, String> addressDrafts = new java.util.HashMap<>();
    /** The organisation's form, made the first time nothing is selected. */
    private OptionsForm optionsForm;

    private void rebuild() {
        Topology t = document.topology();
        Record key = shownState(t);
        if (key.equals(shown)) {
            return; // e.g. the selected node was moved on the canvas: its form shows nothing that changed
        }
        shown = key;
        if (key instanceof NodeState now && now.node() != null) {
            if (nodeForm != null && nodeForm.canShow(now.node(), now.zoneIds())) {
                // Moved into another zone, renamed …, or selected again: the same form, its fields updated.
                nodeForm.show(now.node(), onShow != nodeForm.children());
            } else {
                nodeForm = new NodeForm(now.node(), now.zoneIds(), document::topology, this::edit, addressDrafts);
            }
            showChildren(nodeForm.children());
        } else if (key instanceof Organisation) {
            if (optionsForm == null) {
                optionsForm = new OptionsForm(document::topology, this::edit);
            } else {
                optionsForm.show(t, onShow != optionsForm.children());
            }
            showChildren(optionsForm.children());
        } else if (key instanceof SeveralNodes several) {
            showChildren(List.of(Forms.title(several.count() + " nodes selected"),
                    Forms.muted("Drag to move them together, Delete to remove them, Ctrl+D to duplicate.")));
        } else if (key instanceof ZoneForm) {
            showChildren(zoneForm(t.zone(selection.zoneProperty().get()).orElseThrow()));
        } else {
            showChildren(List.of()); // a node selected as an undo brings it back: shown once it is
        }
    }

    private void showChildren(List<javafx.scene.Node> children) {
        if (onShow != children) {
            body.getChildren().setAll(children);
            onShow = children;
        }
    }

    /** A node's form: the node (its position aside, which the form does not show) and the zones to choose from. */
    private record NodeState(Node node, List<String> zoneIds) {
    }

    private record SeveralNodes(int count) {
    }

    private record ZoneForm(String id, ZoneKind kind, String name) {
    }

    private record Organisation(String diagramName, Options options) {
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
        return new Organisation(t.name(), t.options());
    }

    private List<javafx.scene.Node> zoneForm(Zone z) {
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
        return List.of(Forms.title("Zone"), grid,
                Forms.muted("Drag the handle at the bottom-right corner to resize. Nodes dropped inside belong to the zone."));
    }

    private void edit(String name, java.util.function.UnaryOperator<Topology> change) {
        document.edit(name, change);
    }
}
