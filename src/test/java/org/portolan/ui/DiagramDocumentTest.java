package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.Analysis;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Node;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.samples.GeneratedTopology;
import org.portolan.ui.document.DiagramDocument;

/** The open diagram: what opening, editing and undoing keep. No window is needed for it. */
class DiagramDocumentTest {

    /** A dense diagram, without a single position in its file. */
    private final Topology unplaced = GeneratedTopology.of(200);

    @Test
    void aDiagramWithoutPositionsOpensWhereTheLayoutPutsItAndCountsAsUnchanged() {
        DiagramLayout auto = DiagramLayouter.layout(unplaced, Analysis.of(unplaced).flows());

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
        assertThat(document.analysis().flows()).hasSameSizeAs(Analysis.of(unplaced).flows());
    }

    @Test
    void undoingTheFirstEditGivesTheDiagramAsOpened() {
        DiagramDocument document = new DiagramDocument(unplaced, null);
        Topology opened = document.topology();
        DiagramLayout layout = document.layout();

        document.edit("Delete", t -> org.portolan.edit.TopologyEdits.deleteNodes(t, List.of("edge01")));
        assertThat(document.layout().nodeBox("edge01")).isNull();
        document.undo();

        assertThat(document.topology()).isEqualTo(opened);
        assertThat(document.layout()).isEqualTo(layout);
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
        // Undo has nothing to take back: the restored work stays, and stays unsaved.
        assertThat(document.undoName()).isNull();
        document.undo();
        assertThat(document.topology().name()).isEqualTo("Recovered");
        assertThat(document.isDirty()).isTrue();
        assertThat(document.topology().nodes()).extracting(Node::position).doesNotContainNull();
        document.edit("Rename", t -> t.withName("Renamed"));
        document.undo();
        assertThat(document.topology().name()).isEqualTo("Recovered");
        assertThat(document.isDirty()).isTrue();
    }
}
