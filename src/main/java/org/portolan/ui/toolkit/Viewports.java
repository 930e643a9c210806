package org.portolan.ui.toolkit;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Scroll panes whose content changes with every edit. */
public final class Viewports {

    private Viewports() {
    }

    /**
     * Paints the pane's content directly. Its skin caches the viewport as a bitmap, which is rendered whole
     * again whenever anything in it changes and then painted a second time: on every edit, for the diagram
     * and the inspector.
     */
    public static void paintDirectly(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> {
            if (pane.lookup(".viewport") instanceof Region viewport) {
                viewport.setCache(false);
            }
        });
    }
}
