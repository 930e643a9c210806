package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Tile lists in one array hold what a list per tile would, through lists filling up, moving and being packed. */
class TileListsTest {

    @Property(tries = 100)
    void theListsHoldWhatPlainListsHold(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int tiles) {
        Random random = new Random(seed);
        int[] counts = new int[tiles];
        List<List<Integer>> expected = new ArrayList<>();
        for (int t = 0; t < tiles; t++) {
            counts[t] = random.nextInt(6);
            expected.add(new ArrayList<>());
        }
        TileLists lists = new TileLists(counts);
        for (int step = 0; step < 2_000; step++) {
            int t = random.nextInt(tiles);
            if (random.nextInt(10) == 0) {
                int gone = random.nextInt(50);
                lists.removeIf(t, v -> v % 50 == gone);
                expected.get(t).removeIf(v -> v % 50 == gone);
            } else {
                int v = random.nextInt(1_000_000);
                lists.add(t, v);
                expected.get(t).add(v);
            }
        }

        for (int t = 0; t < tiles; t++) {
            List<Integer> held = new ArrayList<>();
            for (int k = 0; k < lists.size(t); k++) {
                held.add(lists.values()[lists.start(t) + k]);
            }
            assertThat(held).as("tile %d", t).isEqualTo(expected.get(t));
        }
    }
}
