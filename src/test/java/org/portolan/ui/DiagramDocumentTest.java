package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.DiagramState;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.model.Node;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.samples.GeneratedTopology;

/** The open diagram: what opening, editing and undoing keep. No window is needed for it. */
class DiagramDocumentTest {

    /** A diagram dense enough to be drawn as an overview, without a single position in its file. */
    private final Topology unplaced = GeneratedTopology.of(200);

    @Test
    void aDiagramWithoutPositionsOpensWhereTheLayoutPutsItAndCountsAsUnchanged() {
        DiagramLayout auto = DiagramState.of(unplaced).layout();

        DiagramDocument document = new DiagramDocument(unplaced, Path.of("org.portolan"));

        assertThat(document.isDirty()).isFalse();
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.topology().nodes()).extracting(Node::position).doesNotContainNull();
        assertThat(document.topology().zones()).extracting(Zone::bounds).doesNotContainNull();
        // Fixed where the layout put them: it draws exactly the same.
        assertThat(document.layout().nodes()).extracting(DiagramLayout.NodeBox::rect)
                .isEqualTo(auto.nodes().stream().map(DiagramLayout.NodeBox::rect).toList());
        assertThat(document.layout().zones()).extracting(DiagramLayout.ZoneArea::rect)
                .isEqualTo(auto.zones().stream().map(DiagramLayout.ZoneArea::rect).toList());
        assertThat(document.analysis().flows()).hasSameSizeAs(DiagramState.of(unplaced).analysis().flows());
    }

    @Test
    void undoingTheFirstEditReusesTheArrowsOfTheDiagramAsOpened() {
        DiagramDocument document = new DiagramDocument(unplaced, null);
        List<Connector> opened = document.layout().connectors();
        assertThat(document.layout().overview()).isTrue();

        document.edit("Delete", t -> org.portolan.edit.TopologyEdits.deleteNodes(t, List.of("edge01")));
        document.undo();

        // Only the only Edge's pairs, and those its absence changed, are new. Before, the first edit fixed the positions and its undo went back to the unfixed original, which
        // shared nothing with the state before: 66,000 arrows made and drawn again on a 1,000-node diagram.
        List<Connector> undone = document.layout().connectors();
        assertThat(undone).hasSameSizeAs(opened);
        long reused = java.util.stream.IntStream.range(0, opened.size())
                .filter(i -> undone.get(i) == opened.get(i)).count();
        assertThat(reused).isGreaterThan(opened.size() * 3L / 4);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void openingADiagramWithEveryPositionKeepsItAsItIs() {
        Topology placed = new DiagramDocument(unplaced, null).topology();

        DiagramDocument document = new DiagramDocument(placed, null);

        assertThat(document.topology()).isSameAs(placed);
    }

    @Test
    void replacingAndRestoringAlsoFixThePositions() {
        DiagramDocument document = new DiagramDocument(Topology.empty("x"), null);

        document.replace(unplaced, null);
        assertThat(document.isDirty()).isFalse();
        assertThat(document.topology().nodes()).extracting(Node::position).doesNotContainNull();

        Topology recovered = new DiagramDocument(unplaced, null).topology().withName("Recovered");
        document.restore(recovered, null, unplaced);
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.isDirty()).isFalse();
        assertThat(document.topology().nodes()).extracting(Node::position).doesNotContainNull();
    }
}
