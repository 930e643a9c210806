package org.portolan.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ByEndsTest {

    // Items a..e between ends 0..3: a 0->1, b 1->2, c 2->2 (both ends the same), d 3->0, e 1->0.
    private final List<String> items = List.of("a", "b", "c", "d", "e");
    private final int[][] byEnd = ByEnds.of(new int[] {0, 1, 2, 3, 1}, new int[] {1, 2, 2, 0, 0}, 4);

    @Test
    void eachEndListsItsItemsAscendingAndAnItemBetweenAnEndAndItselfOnce() {
        assertThat(byEnd[0]).containsExactly(0, 3, 4);
        assertThat(byEnd[1]).containsExactly(0, 1, 4);
        assertThat(byEnd[2]).containsExactly(1, 2);
        assertThat(byEnd[3]).containsExactly(3);
    }

    @Test
    void pickingSeveralEndsGivesEachItemOnceInItemOrder() {
        assertThat(ByEnds.pick(items, e -> byEnd[e], new int[] {2})).containsExactly("b", "c");
        assertThat(ByEnds.pick(items, e -> byEnd[e], new int[] {1, 0})).containsExactly("a", "b", "d", "e");
        assertThat(ByEnds.pick(items, e -> byEnd[e], new int[] {3, 2})).containsExactly("b", "c", "d");
    }
}
