package org.portolan.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.ui.canvas.DiagramView;
import org.portolan.ui.document.Clipboard;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.document.Selection;

/**
 * The diagram's context menus: on a card (rename, duplicate, delete, move to a zone, properties), on a zone
 * (properties) and on the canvas (paste, fit). A right click on a card not yet selected selects it first.
 */
final class ContextMenus {

    private final DiagramView diagram;
    private final DiagramDocument document;
    private final Selection selection;
    private final Clipboard clipboard;
    private final Runnable showInspector;
    private ContextMenu open;

    ContextMenus(DiagramView diagram, DiagramDocument document, Selection selection, Clipboard clipboard,
                 Runnable showInspector) {
        this.diagram = diagram;
        this.document = document;
        this.selection = selection;
        this.clipboard = clipboard;
        this.showInspector = showInspector;
        // The secondary button everywhere (some platforms send no context-menu event for it), and the
        // context-menu key.
        diagram.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                request(e.getPickResult().getIntersectedNode(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        diagram.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (open == null || !open.isShowing()) {
                request(e.getPickResult().getIntersectedNode(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private void request(Node picked, double screenX, double screenY) {
        String id = idUnder(picked);
        ContextMenu menu;
        if (id != null && id.startsWith("node-")) {
            String node = id.substring("node-".length());
            if (!selection.nodes().contains(node)) {
                selection.selectNodes(List.of(node));
            }
            menu = cardMenu(node);
        } else if (id != null && id.startsWith("zone-")) {
            String zone = id.substring("zone-".length());
            selection.selectZone(zone);
            menu = new ContextMenu(item("Properties", "context-properties", showInspector));
        } else {
            menu = new ContextMenu(item("Paste", "context-paste", clipboard::paste),
                    item("Fit to window", "context-fit", diagram::fit));
        }
        if (open != null) {
            open.hide();
        }
        open = menu;
        menu.setId("diagram-context-menu");
        menu.show(diagram, screenX, screenY);
    }

    private ContextMenu cardMenu(String node) {
        Topology t = document.topology();
        Menu zones = new Menu("Move to zone");
        zones.setId("context-move-to-zone");
        for (Zone z : t.zones()) {
            MenuItem to = item(z.name(), "context-zone-" + z.id(), () -> moveInto(z));
            zones.getItems().add(to);
        }
        return new ContextMenu(
                item("Rename", "context-rename", () -> diagram.startRename(node)),
                item("Duplicate", "context-duplicate", () -> {
                    clipboard.copy();
                    clipboard.paste();
                }),
                item("Delete", "context-delete", clipboard::deleteSelection),
                new SeparatorMenuItem(), zones, new SeparatorMenuItem(),
                item("Properties", "context-properties", showInspector));
    }

    /** Moves the selected cards into a zone, on free spots inside it (one undo step). */
    private void moveInto(Zone z) {
        List<String> ids = List.copyOf(selection.nodes());
        document.edit("Move to " + z.name(), x -> org.portolan.edit.TopologyEdits.moveIntoZone(x, ids, z.id(),
                org.portolan.layout.DiagramLayouter.NODE_WIDTH, org.portolan.layout.DiagramLayouter.NODE_HEIGHT));
    }

    private static String idUnder(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null && (at.getId().startsWith("node-") || at.getId().startsWith("zone-"))) {
                return at.getId();
            }
        }
        return null;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
