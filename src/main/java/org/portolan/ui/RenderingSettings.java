package org.portolan.ui;

/** JavaFX rendering settings the designer runs with; they must be in place before the toolkit starts. */
public final class RenderingSettings {

    static final String REGION_CACHING = "prism.disableRegionCaching";

    private RenderingSettings() {
    }

    /**
     * Region backgrounds (panes, table cells, buttons) are drawn directly rather than stretched from cached
     * bitmaps: the software renderer, which JavaFX uses without a GPU, stretches those pixel by pixel, which
     * made every repaint after an edit slower. Drawing them directly costs little on any
     * pipeline. A value given on the command line wins.
     */
    public static void apply() {
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }
}
