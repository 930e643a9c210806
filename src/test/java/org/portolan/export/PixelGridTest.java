package org.portolan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.portolan.layout.Rect;

class PixelGridTest {

    @Test
    void coversTheAreaWithWholePixelsOnTheGridOfItsScale() {
        PixelGrid grid = PixelGrid.covering(new Rect(-16, -16, 8700, 4950), 0.10973127035830618);
        // -16 × 0.1097 = -1.76: from pixel -2; 8684 × 0.1097 = 952.9 and 4934 × 0.1097 = 541.4: up to pixels 953 and 542
        assertThat(grid).isEqualTo(new PixelGrid(-2, -2, 955, 544, 0.10973127035830618));
    }

    @Test
    void anAreaOnWholePixelsIsCoveredExactly() {
        assertThat(PixelGrid.covering(new Rect(10, 20, 30, 40), 2)).isEqualTo(new PixelGrid(20, 40, 60, 80, 2));
    }

    @Test
    void refusesAnEmptyGrid() {
        assertThatThrownBy(() -> new PixelGrid(0, 0, 0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PixelGrid.covering(new Rect(5, 5, 0, 0), 1).width()).as("an empty area still gets a pixel").isEqualTo(1);
    }
}
