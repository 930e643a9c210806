package org.portolan.ui.canvas;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import org.portolan.export.DiagramRenderer;
import org.portolan.export.PngExporter;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.Rect;

/**
 * The arrows of a diagram too dense for a node per arrow, drawn by the exporters' renderer into one image:
 * a base with every arrow that does not touch the selected nodes, kept, and the selection's arrows drawn
 * over a copy of it. Editing the selection (moving it, renaming it) then redraws only the selection's
 * arrows; the base, tens of thousands of arrows, is redrawn in the background when the selection changes.
 * One image, not a layer per part: the software renderer takes 15 to 20 ms to draw each full-size image.
 */
final class OverviewArrows {

    /** Largest side, in pixels, of an arrow image. */
    private static final int MAX_PIXELS = 4096;
    /** Key of the view's property holding the base it shows, for tests to tell a kept base from a new one. */
    static final String BASE = "portolan.overview.base";

    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portolan-overview-painter");
        t.setDaemon(true);
        return t;
    });

    private final ImageView view = new ImageView();
    private final Group group = new Group(view);

    private DiagramLayout layout;
    private double zoom;
    private Set<String> lifted = Set.of();
    /** The arrows not touching the selection, and what they were drawn from. */
    private BufferedImage base;
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

    OverviewArrows() {
        view.setId("overview-arrows");
        view.setSmooth(true);
        view.setMouseTransparent(true);
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
            base = PngExporter.arrows(renderer, wanted.area(), wanted.scale(), c -> !touches(c, lifted));
            baseDrawn = wanted;
        }
        Set<String> ids = lifted;
        BufferedImage shown = withSelection(base, renderer, wanted, ids);
        // Refilled in place when the size allows: a new image each edit would be a new 2 MB texture.
        WritableImage reuse = view.getImage() instanceof WritableImage w && w.getWidth() == shown.getWidth()
                && w.getHeight() == shown.getHeight() ? w : null;
        set(SwingFXUtils.toFXImage(shown, reuse), base, wanted.area());
    }

    /** The selection changed: its arrows move to the live layer. Until that is drawn the old image stays. */
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
            BufferedImage b = PngExporter.arrows(renderer, wanted.area(), wanted.scale(), c -> !touches(c, ids));
            Image shown = SwingFXUtils.toFXImage(withSelection(b, renderer, wanted, ids), null);
            Platform.runLater(() -> {
                if (generation == expected) {
                    base = b;
                    baseDrawn = wanted;
                    set(shown, b, wanted.area());
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
        base = null;
        baseDrawn = null;
        generation++;
        view.setImage(null);
        view.getProperties().remove(BASE);
    }

    /** The base with the selection's arrows drawn over a copy of it; the base itself when nothing is selected. */
    private static BufferedImage withSelection(BufferedImage base, DiagramRenderer renderer, Drawn frame,
                                               Set<String> ids) {
        if (ids.isEmpty()) {
            return base;
        }
        BufferedImage copy = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        int[] from = ((DataBufferInt) base.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, to, 0, from.length);
        PngExporter.drawArrows(copy, renderer, frame.area(), frame.scale(), c -> touches(c, ids));
        return copy;
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

    private void set(Image image, BufferedImage shownBase, Rect area) {
        view.setImage(image);
        view.getProperties().put(BASE, shownBase);
        view.setX(area.x());
        view.setY(area.y());
        view.setFitWidth(area.width());
        view.setFitHeight(area.height());
    }
}
