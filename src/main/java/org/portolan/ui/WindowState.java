package org.portolan.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size, position, maximised state and split positions, kept in the user's preferences between
 * runs. A position no screen shows any more (a monitor unplugged) is not restored.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          double paletteWidth, double inspectorWidth, double centreDivider) {

    /** The palette's and the inspector's width on a first run: the diagram gets the rest. */
    static final double PALETTE_WIDTH = 186;
    static final double INSPECTOR_WIDTH = 280;
    /** Where the diagram ends and the tables begin on a first run, as a fraction of the height. */
    static final double TABLE_DIVIDER = 0.7;

    static WindowState load(Preferences p, double defaultWidth, double defaultHeight) {
        return new WindowState(p.getDouble("x", Double.NaN), p.getDouble("y", Double.NaN),
                p.getDouble("width", defaultWidth), p.getDouble("height", defaultHeight),
                p.getBoolean("maximized", false), p.getDouble("paletteWidth", Double.NaN),
                p.getDouble("inspectorWidth", Double.NaN), p.getDouble("table", TABLE_DIVIDER));
    }

    static WindowState of(Stage stage, SplitPane main, SplitPane centre) {
        // The palette and the inspector keep their width when the window is resized: keep widths, not fractions.
        double[] d = main.getDividerPositions();
        double w = main.getWidth();
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                d.length >= 2 ? d[0] * w : Double.NaN, d.length >= 2 ? (1 - d[1]) * w : Double.NaN,
                centre.getDividerPositions().length > 0 ? centre.getDividerPositions()[0] : TABLE_DIVIDER);
    }

    void save(Preferences p) {
        if (!maximized) { // the size to come back to when the window is restored from maximised
            p.putDouble("x", x);
            p.putDouble("y", y);
            p.putDouble("width", width);
            p.putDouble("height", height);
        }
        p.putBoolean("maximized", maximized);
        if (!Double.isNaN(paletteWidth) && !Double.isNaN(inspectorWidth)) {
            p.putDouble("paletteWidth", paletteWidth);
            p.putDouble("inspectorWidth", inspectorWidth);
        }
        p.putDouble("table", centreDivider);
    }

    /** Places the stage (before it is shown) and the split panes. */
    void apply(Stage stage, SplitPane main, SplitPane centre) {
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(1, width), 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(maximized);
        centre.setDividerPositions(centreDivider);
        if (!Double.isNaN(paletteWidth) && !Double.isNaN(inspectorWidth)) {
            // The panes' widths as fractions of the width the split pane has now, and again once it has taken the
            // window's new width.
            Runnable dividers = () -> {
                double w = main.getWidth();
                if (w > paletteWidth + inspectorWidth) {
                    main.setDividerPositions(paletteWidth / w, 1 - inspectorWidth / w);
                }
            };
            dividers.run();
            main.widthProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    main.widthProperty().removeListener(this);
                    javafx.application.Platform.runLater(dividers);
                }
            });
        }
    }
}
