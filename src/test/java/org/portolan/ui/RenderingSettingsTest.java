package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenderingSettingsTest {

    String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(RenderingSettings.REGION_CACHING);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(RenderingSettings.REGION_CACHING);
        } else {
            System.setProperty(RenderingSettings.REGION_CACHING, before);
        }
    }

    @Test
    void regionBackgroundsAreDrawnDirectlyUnlessTheCommandLineSaysOtherwise() {
        System.clearProperty(RenderingSettings.REGION_CACHING);
        RenderingSettings.apply();
        assertThat(System.getProperty(RenderingSettings.REGION_CACHING)).isEqualTo("true");

        System.setProperty(RenderingSettings.REGION_CACHING, "false");
        RenderingSettings.apply();
        assertThat(System.getProperty(RenderingSettings.REGION_CACHING)).isEqualTo("false");
    }
}
