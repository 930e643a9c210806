package org.portolan.analysis;

import java.util.Optional;
import org.portolan.flow.NodeSetChange;
import org.portolan.flow.NodeUpdate;
import org.portolan.flow.OptionChange;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Topology;

/**
 * A topology with everything the designer derives from it: its analysis and its layout. Made after each
 * edit from the state before it, so that what the edit left alone is reused rather than made again; the
 * result is always the same as {@link #of(Topology)} ({@code IncrementalLayoutProperties} checks that).
 */
public record DiagramState(Topology topology, Analysis analysis, DiagramLayout layout) {

    public static DiagramState of(Topology topology) {
        return after(topology, null);
    }

    /** The state of {@code topology}, made by an edit of the topology of {@code earlier} (or from scratch when null). */
    public static DiagramState after(Topology topology, DiagramState earlier) {
        if (earlier == null) {
            Analysis analysis = Analysis.of(topology);
            return new DiagramState(topology, analysis,
                    DiagramLayouter.layout(topology, analysis.flows(), analysis.index(), null));
        }
        Optional<NodeUpdate> update = NodeUpdate.between(earlier.topology(), topology);
        if (update.isPresent()) {
            // Nodes moved or renamed, and the same pairs have flows: the earlier flows, with the nodes updated.
            NodeUpdate.Updated updated = update.get().apply(earlier.analysis().flows(), earlier.analysis().index(),
                    topology);
            return new DiagramState(topology, Analysis.withFlows(topology, updated.flows(), updated.index()),
                    DiagramLayouter.layout(topology, updated, earlier.layout()));
        }
        Optional<OptionChange> change = OptionChange.between(earlier.topology(), topology);
        if (change.isPresent()) {
            // Only options changed: the rules they switch run again, the others keep their flows.
            OptionChange.Updated updated = change.get().apply(earlier.analysis().flows(),
                    earlier.analysis().index(), topology);
            return new DiagramState(topology, Analysis.withFlows(topology, updated.flows(), updated.index()),
                    DiagramLayouter.layout(topology, updated, earlier.layout()));
        }
        Optional<NodeSetChange.Updated> changed = NodeSetChange.between(earlier.topology(), topology)
                .flatMap(c -> c.apply(earlier.analysis().flows(), earlier.analysis().index()));
        if (changed.isPresent()) {
            // Nodes deleted, or brought back: the earlier runs without their flows, or with them put back.
            NodeSetChange.Updated updated = changed.get();
            return new DiagramState(topology, Analysis.withFlows(topology, updated.flows(), updated.index()),
                    DiagramLayouter.layout(topology, updated, earlier.layout()));
        }
        Analysis analysis = Analysis.of(topology, earlier.analysis());
        return new DiagramState(topology, analysis,
                DiagramLayouter.layout(topology, analysis.flows(), analysis.index(), earlier.layout()));
    }
}
