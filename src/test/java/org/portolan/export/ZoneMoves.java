package org.portolan.export;

import java.util.Map;
import org.portolan.analysis.DiagramState;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.Rect;
import org.portolan.model.Node;
import org.portolan.model.Point;
import org.portolan.model.Topology;

/** A card dropped into a zone other than its own, as the designer's benchmark moves it: for tests and benchmarks. */
final class ZoneMoves {

    private ZoneMoves() {
    }

    /** {@code state}'s topology with {@code node} dropped near the top-left of the first zone not under its card. */
    static Topology intoAnotherZone(DiagramState state, Node node) {
        Rect home = state.layout().nodeBox(node.id()).rect();
        Rect away = state.layout().zones().stream().map(DiagramLayout.ZoneArea::rect).filter(r -> !r.intersects(home))
                .findFirst().orElseThrow();
        return TopologyEdits.moveNodes(state.topology(),
                Map.of(node.id(), new Point(away.x() + 40, away.y() + DiagramLayouter.ZONE_HEADER + 40)),
                DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT);
    }
}
