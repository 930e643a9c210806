package org.portolan.analysis;

import java.util.Optional;
import org.portolan.flow.Relocation;
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
            return new DiagramState(topology, analysis, DiagramLayouter.layout(topology, analysis.flows()));
        }
        Optional<Relocation> relocation = Relocation.between(earlier.topology(), topology);
        if (relocation.isPresent()) {
            // Nodes moved and nothing the rules read changed: the flows are the earlier ones, relocated.
            Relocation.Relocated relocated = relocation.get().apply(earlier.analysis().flows(),
                    earlier.analysis().index(), topology);
            return new DiagramState(topology, Analysis.withFlows(topology, relocated.flows(), relocated.index()),
                    DiagramLayouter.layout(topology, relocated, earlier.layout()));
        }
        Analysis analysis = Analysis.of(topology, earlier.analysis());
        return new DiagramState(topology, analysis, DiagramLayouter.layout(topology, analysis.flows(), earlier.layout()));
    }
}
