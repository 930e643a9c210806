package org.portolan.ui.canvas;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.portolan.export.DiagramRenderer;
import org.portolan.export.PngExporter;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.Rect;

/**
 * The arrows of a diagram too dense for a node per arrow, as two images drawn by the exporters' renderer:
 * a base with every arrow that does not touch the selected nodes, and a live layer with those that do.
 * Editing the selection (moving it, renaming it) then redraws only the live layer; the base, tens of
 * thousands of arrows, is redrawn in the background when the selection changes.
 */
final class OverviewArrows {

    /** Largest side, in pixels, of an arrow image. */
    private static final int MAX_PIXELS = 4096;

    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portolan-overview-painter");
        t.setDaemon(true);
        return t;
    });

    private final ImageView base = view("overview-arrows");
    private final ImageView live = view("overview-selected-arrows");
    private final Group group = new Group(base, live);

    private DiagramLayout layout;
    private double zoom;
    private Set<String> lifted = Set.of();
    /** What the base image shows, to tell whether an edit left it as it is. */
    private Drawn baseDrawn;
    /** Bumped by every change; a background drawing that finds it changed is dropped. */
    private volatile long generation;

    /** The arrows a base image was drawn from: the area, the scale and each arrow's ends, class and route. */
    private record Drawn(Rect area, double scale, List<Connector> connectors) {
        boolean sameAs(Drawn other) {
            if (other == null || !area.equals(other.area) || scale != other.scale
                    || connectors.size() != other.connectors.size()) {
                return false;
            }
            for (int i = 0; i < connectors.size(); i++) {
                if (!connectors.get(i).sameRoute(other.connectors.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static ImageView view(String id) {
        ImageView v = new ImageView();
        v.setId(id);
        v.setSmooth(true);
        v.setMouseTransparent(true);
        return v;
    }

    javafx.scene.Node node() {
        return group;
    }

    /**
     * Shows a new layout at the given zoom. The base is kept when its arrows are unchanged, which is the case
     * after editing only the selected nodes.
     */
    void show(DiagramLayout newLayout, double newZoom) {
        layout = newLayout;
        zoom = newZoom;
        generation++;
        Drawn wanted = baseOf(newLayout, newZoom, lifted);
        DiagramRenderer renderer = new DiagramRenderer(newLayout);
        if (!wanted.sameAs(baseDrawn)) {
            set(base, draw(renderer, wanted, c -> !touches(c, lifted)), wanted.area());
            baseDrawn = wanted;
        }
        set(live, draw(renderer, wanted, c -> touches(c, lifted)), wanted.area());
    }

    /** The selection changed: its arrows move to the live layer. Until that is drawn the old images stay. */
    void lift(Set<String> nodeIds) {
        if (nodeIds.equals(lifted)) {
            return;
        }
        lifted = Set.copyOf(nodeIds);
        if (layout == null) {
            return;
        }
        long expected = ++generation;
        DiagramLayout l = layout;
        Set<String> ids = lifted;
        Drawn wanted = baseOf(l, zoom, ids);
        PAINTER.execute(() -> {
            if (generation != expected) {
                return; // the selection changed again before this started
            }
            DiagramRenderer renderer = new DiagramRenderer(l);
            Image b = draw(renderer, wanted, c -> !touches(c, ids));
            Image v = draw(renderer, wanted, c -> touches(c, ids));
            Platform.runLater(() -> {
                if (generation == expected) {
                    set(base, b, wanted.area());
                    set(live, v, wanted.area());
                    baseDrawn = wanted;
                }
            });
        });
    }

    /** The diagram is no longer an overview: forget it, so that selecting draws nothing in the background. */
    void clear() {
        if (layout == null) {
            return;
        }
        layout = null;
        baseDrawn = null;
        generation++;
        base.setImage(null);
        live.setImage(null);
    }

    private static Drawn baseOf(DiagramLayout layout, double zoom, Set<String> lifted) {
        Rect area = layout.bounds();
        double scale = Math.min(zoom, MAX_PIXELS / Math.max(area.width(), area.height()));
        List<Connector> kept = new ArrayList<>(layout.connectors().size());
        for (Connector c : layout.connectors()) {
            if (!touches(c, lifted)) {
                kept.add(c);
            }
        }
        return new Drawn(area, scale, kept);
    }

    private static boolean touches(Connector c, Set<String> nodeIds) {
        return !nodeIds.isEmpty() && (nodeIds.contains(c.source().id()) || nodeIds.contains(c.target().id()));
    }

    /** The arrows {@code which} accepts, over the area and at the scale {@code frame} was drawn for. */
    private static Image draw(DiagramRenderer renderer, Drawn frame, Predicate<Connector> which) {
        BufferedImage image = PngExporter.arrows(renderer, frame.area(), frame.scale(), which);
        return SwingFXUtils.toFXImage(image, null);
    }

    private static void set(ImageView view, Image image, Rect area) {
        view.setImage(image);
        view.setX(area.x());
        view.setY(area.y());
        view.setFitWidth(area.width());
        view.setFitHeight(area.height());
    }
}
