package org.portolan.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Point;
import org.portolan.rules.Finding;
import org.portolan.rules.FindingId;

/** The findings list is refilled only when what its rows read changes. */
class FindingRowsTest {

    /** The view's class needs the JavaFX toolkit to load, whatever ran before this class (or nothing). */
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private final Node edge = Node.of("edge01", NodeKind.EDGE, "EDGE01").withZone("internal");
    private final Finding f3 = new Finding(FindingId.F3, "Edge Transport server EDGE01 sits in the internal zone.",
            List.of(edge));

    @Test
    void aNodeMovedWithinItsZoneReadsTheSame() {
        Finding moved = new Finding(FindingId.F3, f3.message(), List.of(edge.withPosition(new Point(40, 80))));

        assertThat(moved).isNotEqualTo(f3);
        assertThat(FindingListView.showTheSame(List.of(moved), List.of(f3))).isTrue();
    }

    @Test
    void anotherSentenceIdOrNodeReadsDifferently() {
        Node other = Node.of("edge02", NodeKind.EDGE, "EDGE02");
        assertThat(FindingListView.showTheSame(List.of(new Finding(FindingId.F3, "Another sentence.", List.of(edge))),
                List.of(f3))).isFalse();
        assertThat(FindingListView.showTheSame(List.of(new Finding(FindingId.F2, f3.message(), List.of(edge))),
                List.of(f3))).isFalse();
        assertThat(FindingListView.showTheSame(List.of(new Finding(FindingId.F3, f3.message(), List.of(other))),
                List.of(f3))).isFalse();
        assertThat(FindingListView.showTheSame(List.of(), List.of(f3))).isFalse();
    }
}
