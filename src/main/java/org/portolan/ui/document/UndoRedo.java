package org.portolan.ui.document;

import java.util.List;
import org.portolan.model.Node;
import org.portolan.model.Topology;

/**
 * Undo and Redo as the window does them, from the menu, the toolbar or the inspector: a step that brings
 * nodes back (undoing a deletion, redoing a paste) selects them, as drawing tools do, so that the user sees
 * what came back and can act on it.
 */
public final class UndoRedo {

    private final DiagramDocument document;
    private final Selection selection;

    public UndoRedo(DiagramDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
    }

    public void undo() {
        step(document.undoTarget(), document::undo);
    }

    public void redo() {
        step(document.redoTarget(), document::redo);
    }

    private void step(Topology target, Runnable step) {
        if (target == null) {
            return;
        }
        List<String> back = target.nodes().stream().map(Node::id)
                .filter(id -> document.topology().node(id).isEmpty()).toList();
        // Selected before the step, so that the window shows the step once, with them selected.
        if (!back.isEmpty()) {
            selection.selectNodes(back);
        }
        step.run();
    }
}
