package org.portolan.ui.document;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.portolan.analysis.Analysis;
import org.portolan.analysis.View;
import org.portolan.edit.EditHistory;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Topology;

/**
 * The open diagram as the window sees it: the topology with its undo history, and what the core derives
 * from it. Views observe the properties and send edits; they never compute flows themselves.
 */
public final class DiagramDocument {

    private final EditHistory history;
    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.ALL);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");

    public DiagramDocument(Topology initial, Path initialFile) {
        history = new EditHistory(placed(initial));
        file.set(initialFile);
        refresh();
        // A view changes what is drawn, not the diagram: no edit, nothing to undo.
        view.addListener((obs, old, v) -> layout.set(DiagramLayouter.layout(topology.get(), analysis.get().flows(), v)));
    }

    /**
     * The diagram with its cards and zones fixed where the layout puts them, as every edit fixes them anyway
     * (so that the rest stays where the user saw it). Done on opening, the diagram the user undoes back to
     * is the one the edits started from. It draws exactly the same, so it
     * counts as the file unchanged; saving it writes the positions the user saw. Cards are placed with their
     * flows: which column of a zone comes first depends on them.
     */
    private static Topology placed(Topology topology) {
        return TopologyEdits.isPinned(topology) ? topology
                : TopologyEdits.pin(topology, DiagramLayouter.layout(topology, Analysis.of(topology).flows()));
    }

    private void refresh() {
        // Derived from scratch: flows, findings and layout depend on the new topology alone.
        Topology current = history.current();
        Analysis derived = Analysis.of(current);
        layout.set(DiagramLayouter.layout(current, derived.flows(), view.get()));
        analysis.set(derived);
        topology.set(current);
        dirty.set(history.isDirty());
        canUndo.set(history.undoName().isPresent());
        canRedo.set(history.redoName().isPresent());
    }

    /**
     * Applies one undoable edit. Positions the layout chose are fixed first, so that the rest of the
     * diagram stays where the user saw it.
     */
    public void edit(String name, UnaryOperator<Topology> change) {
        Topology pinned = TopologyEdits.pin(history.current(), layout.get());
        if (history.apply(name, change.apply(pinned))) {
            refresh();
        }
    }

    public void undo() {
        if (history.undo()) {
            refresh();
        }
    }

    public void redo() {
        if (history.redo()) {
            refresh();
        }
    }

    /** The diagram an undo would go back to, or null. */
    public Topology undoTarget() {
        return history.undoTarget().orElse(null);
    }

    /** The diagram a redo would go forward to, or null. */
    public Topology redoTarget() {
        return history.redoTarget().orElse(null);
    }

    public String undoName() {
        return history.undoName().orElse(null);
    }

    public String redoName() {
        return history.redoName().orElse(null);
    }

    public void markSaved(Path savedAs) {
        history.markSaved();
        file.set(savedAs);
        dirty.set(false);
    }

    /** Replaces the whole diagram (New, Open, restore): no undo history, nothing unsaved. */
    public void replace(Topology newTopology, Path newFile) {
        history.reset(placed(newTopology));
        file.set(newFile);
        refresh();
    }

    /**
     * Brings back a diagram recovered after a crash: it opens as unsaved changes to {@code file} (or to a
     * new diagram), so the user decides whether to keep them. Undo has nothing to take back until the next edit:
     * undoing the restore itself would throw the recovered work away.
     */
    public void restore(Topology recovered, Path file, Topology baseline) {
        history.reset(placed(recovered), placed(baseline));
        this.file.set(file);
        refresh();
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public Topology topology() {
        return topology.get();
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Analysis analysis() {
        return analysis.get();
    }

    public ReadOnlyObjectProperty<DiagramLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public DiagramLayout layout() {
        return layout.get();
    }

    /** The concern the diagram and the port table show: all connections, or those of one concern. */
    public ObjectProperty<View> viewProperty() {
        return view;
    }

    public View view() {
        return view.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }
}
