package org.portolan.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.portolan.analysis.Analysis;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Topology;

/**
 * The open diagram as the window sees it: the topology, and what the core derives from it. Views observe
 * the derived properties; they never compute flows themselves.
 */
public final class DiagramDocument {

    private final ObjectProperty<Topology> topology = new SimpleObjectProperty<>(this, "topology");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");

    public DiagramDocument(Topology initial, Path initialFile) {
        topology.addListener((obs, old, t) -> {
            Analysis a = Analysis.of(t);
            layout.set(DiagramLayouter.layout(t, a.flows()));
            analysis.set(a);
        });
        file.set(initialFile);
        topology.set(initial);
    }

    public ObjectProperty<Topology> topologyProperty() {
        return topology;
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

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Replaces the whole diagram, e.g. after opening a file. */
    public void replace(Topology newTopology, Path newFile) {
        file.set(newFile);
        topology.set(newTopology);
    }
}
