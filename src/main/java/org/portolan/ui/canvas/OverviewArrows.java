package org.portolan.ui.canvas;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.portolan.export.ArrowStack;
import org.portolan.export.ChangedArrows;
import org.portolan.export.DiagramRenderer;
import org.portolan.export.PixelGrid;
import org.portolan.export.PngExporter;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.layout.Rect;
import org.portolan.model.InStep;
import org.portolan.model.Node;

/**
 * A diagram too dense for a node per arrow, drawn by the exporters' renderer into one image: a kept base
 * with every arrow that does not touch the selected nodes, the selection's arrows over a copy of it, and,
 * zoomed out, the bodies of the unselected cards on top, kept as a layer of their own. Editing the selection
 * (moving it, renaming it) then redraws only the selection's arrows; the rest is redrawn in the background
 * when the selection changes. One image, not a layer per part, and cards in it rather than a thousand shapes:
 * the software renderer takes 15 to 20 ms to draw each full-size image and 10 ms for the cards. An edit that
 * changes arrows changes only their pixels, through the arrows layer's {@link ArrowStack}, made in the
 * background after the layer was drawn whole.
 */
final class OverviewArrows {

    /** Largest side, in pixels, of an arrow image. */
    private static final int MAX_PIXELS = 4096;
    /** Key of the view's property telling which drawing of the arrows it shows, for tests to tell kept from redrawn. */
    static final String BASE = "portolan.overview.base";
    /**
     * Key of the view's property telling how the arrows layer on show was made: "drawn" whole, "followed" through
     * its stack, "redrawn in part", "taken back" from an earlier layer, or "kept"; for tests, and for whoever
     * wonders why an edit took long.
     */
    static final String MADE = "portolan.overview.arrows-made";
    /** Key of the view's property that is true once the arrows layer on show has its stack. */
    static final String STACKED = "portolan.overview.stacked";
    /**
     * System property that, set to true, keeps arrows layers from having stacks: edits then draw arrows as
     * before there were stacks, for tests of those ways and for comparing both in benchmarks.
     */
    static final String NO_STACKS = "portolan.noArrowStacks";

    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portolan-overview-painter");
        t.setDaemon(true);
        return t;
    });

    private final ImageView view = new ImageView();
    private final Group group = new Group(view);
    /** Told when the image on show changed, and with it which cards it holds. */
    private final Runnable shownChanged;

    private DiagramLayout layout;
    private double zoom;
    /** The view's zoom, which the image is placed for; it was drawn for {@link #zoom}. */
    private double viewZoom = 1;
    private Set<String> lifted = Set.of();
    /** What is drawn, and from what: kept while an edit leaves it as it was. */
    private Layers layers;
    /** Zoomed in far enough for cards to show icon and text: they are nodes then, whatever the image holds. */
    private boolean closeUp;
    /** The cards the image on show holds (their scene nodes are then not painted), empty for none. */
    private Set<String> shownCards = Set.of();
    /** The selection's arrows drawn over the base in the image on show. */
    private List<Connector> composedLifted = List.of();
    /** What the arrows changed by an edit are drawn on before their part is copied into the arrows layer. */
    private BufferedImage arrowScratch;
    /** The last image composed on the FX thread, refilled by the next edit rather than a new 2 MB one. */
    private BufferedImage scratch;
    private final FrameBuffers frames = new FrameBuffers();
    /** Arrows layers edits replaced, latest first: an undo or a redo brings their arrows back. */
    private final java.util.ArrayDeque<Replaced> replaced = new java.util.ArrayDeque<>();
    /**
     * How much the replaced arrows layers may hold together (each is 2 MB in a full-screen window, up to 32 MB
     * zoomed in): every move made with a click before and after it replaces two layers, so undoing a few such
     * moves takes back theirs. The latest two are kept whatever their size, as they were before there was a budget, and never more
     * than eight: each is compared with the arrows wanted whenever every arrow would be drawn again.
     */
    private static final long REPLACED_BYTES = 32L << 20;
    private static final int REPLACED_KEPT_ANYWAY = 2;
    private static final int REPLACED_KEPT_MOST = 8;
    /** Bumped by every change; a background drawing that finds it changed is dropped. */
    private volatile long generation;
    /**
     * The drawing of the arrows layer on show: a stack made in the background stays wanted while it is the same,
     * whatever else edits change (an edit of the selection keeps the arrows layer).
     */
    private volatile Object arrowsOnShow;
    /** The drawing of the arrows layer whose stack is being made, null for none (FX thread). */
    private Object stacking;

    /**
     * What the layers are drawn from, at a pixel grid: the zones, the arrows (those touching {@code lifted}, the
     * selection, are drawn over the base), and each card's place.
     */
    private record Drawn(PixelGrid grid, List<ZoneArea> zones, List<Connector> connectors, Set<String> lifted,
                         List<Node> liftedNodes, List<Connector> liftedArrows, List<Rect> cards) {

        /**
         * True when the arrow is from or to a lifted node. By identity: an arrow's ends are its layout's card
         * nodes, and hashing two ids for each of 66,000 arrows cost a millisecond an edit.
         */
        boolean touches(Connector c) {
            for (int i = 0; i < liftedNodes.size(); i++) {
                Node n = liftedNodes.get(i);
                if (c.source() == n || c.target() == n) {
                    return true;
                }
            }
            return false;
        }

        boolean sameZonesAs(Drawn other) {
            return other != null && grid.equals(other.grid) && zones.equals(other.zones);
        }

        /** The same base arrows: compared in step, without making a list of the 66,000 kept ones. */
        boolean sameArrowsAs(Drawn other) {
            if (other == null || !grid.equals(other.grid)) {
                return false;
            }
            if (connectors == other.connectors) {
                // The same layout with another selection (one that lost a deleted node, or gained one coming
                // back): the bases differ by the arrows only one selection touches, looked up by card.
                return InStep.same(liftedArrows, other.liftedArrows, (a, b) -> a == b);
            }
            // Arrows an edit left alone are the same objects, kept or lifted alike on both sides when the
            // selection is the same: passed over without reading their ends.
            boolean sameLifted = lifted.equals(other.lifted);
            int i = 0;
            int j = 0;
            while (true) {
                if (sameLifted && i < connectors.size() && j < other.connectors.size()
                        && connectors.get(i) == other.connectors.get(j)) {
                    i++;
                    j++;
                    continue;
                }
                while (i < connectors.size() && touches(connectors.get(i))) {
                    i++;
                }
                while (j < other.connectors.size() && other.touches(other.connectors.get(j))) {
                    j++;
                }
                if (i == connectors.size() || j == other.connectors.size()) {
                    return i == connectors.size() && j == other.connectors.size();
                }
                if (!connectors.get(i++).sameRoute(other.connectors.get(j++))) {
                    return false;
                }
            }
        }

        boolean sameCardsAs(Drawn other) {
            return other != null && grid.equals(other.grid) && cards.equals(other.cards);
        }
    }

    /**
     * The zones' areas, the arrows not touching the selection, the base (those arrows over those zones), and
     * the cards layer (null when cards are drawn as nodes), with what they show, and the arrows layer's stack
     * (null until made, and whenever the arrows layer is drawn otherwise than through it).
     */
    private record Layers(BufferedImage zones, BufferedImage arrows, BufferedImage base, BufferedImage cards,
                          Drawn drawn, Set<String> cardIds, Drawing drawing, ArrowStack stack) {

        /** These layers with the stack of their arrows layer, made for exactly its pixels. */
        Layers with(ArrowStack madeFor) {
            return new Layers(zones, arrows, base, cards, drawn, cardIds, drawing, madeFor);
        }

        /** True when every layer is as {@code other} drew it: kept, not redrawn, not even in part. */
        boolean sameImagesAs(Layers other) {
            return drawing == other.drawing && cardIds.equals(other.cardIds);
        }
    }

    /**
     * An arrows layer an edit or a selection replaced, with what it shows and its drawing's token. Moving a card
     * nobody has selected draws every arrow again (a moved Edge's arrows reach across the overview); undoing
     * that move, or redoing it, shows exactly the arrows of a layer replaced a step or two before (a few steps,
     * {@link #REPLACED_BYTES}).
     */
    private record Replaced(Drawn drawn, BufferedImage arrows, Object drawing) {
    }

    /**
     * Tells one drawing of the layers from another: layers are redrawn into the buffers they replace, so the
     * same image may hold another drawing. {@code arrows} changes whenever the arrows layer is drawn, even in part.
     */
    private record Drawing(Object arrows, String how) {
    }

    /** @param shownChanged called on the FX thread whenever the image, and so {@link #showsCard}, changes */
    OverviewArrows(Runnable shownChanged) {
        this.shownChanged = shownChanged;
        view.setId("overview-arrows");
        view.setSmooth(true);
        view.setMouseTransparent(true);
    }

    javafx.scene.Node node() {
        return group;
    }

    /** True when the image on show draws the zones' areas, so that their nodes need not be painted. */
    boolean showsZones() {
        return layers != null;
    }

    /** True when the image on show draws this card, so that its node need not be painted. */
    boolean showsCard(String nodeId) {
        return !closeUp && shownCards.contains(nodeId) && !lifted.contains(nodeId);
    }

    /**
     * The view's zoom. The image is stretched to it until it is redrawn for it, once zooming pauses; across
     * {@link DiagramView#DETAIL_ZOOM} cards switch between image and nodes at once.
     */
    void zoomed(double newViewZoom) {
        viewZoom = newViewZoom;
        if (layers != null) {
            place(layers.drawn().grid());
        }
        boolean now = newViewZoom >= DiagramView.DETAIL_ZOOM;
        if (now != closeUp) {
            closeUp = now;
            shownChanged.run();
        }
    }

    /**
     * Shows a new layout at the given zoom. The base and the cards layer are kept when unchanged, which is the
     * case after editing only the selected nodes.
     */
    void show(DiagramLayout newLayout, double newZoom) {
        layout = newLayout;
        zoom = newZoom;
        closeUp = newZoom >= DiagramView.DETAIL_ZOOM;
        generation++;
        Drawn wanted = drawnOf(newLayout, newZoom, lifted);
        DiagramRenderer renderer = new DiagramRenderer(newLayout);
        Layers kept = layers;
        layers = layersFor(newLayout, renderer, wanted, lifted, kept, this::arrowScratch, List.copyOf(replaced));
        arrowsOnShow = layers.drawing().arrows();
        replacing(kept, layers);
        present(newLayout, renderer, lifted, kept != null && layers.sameImagesAs(kept));
        stackLater();
    }

    /**
     * Composes the layers with the selection's arrows over them and shows the result, unless the image on show
     * already is that: the layers are as they were ({@code sameImages}) and so are the selection's arrows (an
     * option that adds ports to arrows elsewhere; a selection that lost a deleted node). Composing the same
     * image again, and repainting the canvas with it, took most of such an edit.
     */
    private void present(DiagramLayout l, DiagramRenderer renderer, Set<String> ids, boolean sameImages) {
        List<Connector> liftedArrows = ids.isEmpty() ? List.of() : l.connectorsOf(ids);
        if (sameImages && view.getImage() != null && sameRoutes(liftedArrows, composedLifted)) {
            composedLifted = liftedArrows;
            return;
        }
        BufferedImage shown = compose(layers, renderer, ids, liftedArrows, scratch);
        scratch = shown == layers.base() ? scratch : shown;
        composedLifted = liftedArrows;
        set(frames.show(shown), layers);
    }

    private static boolean sameRoutes(List<Connector> a, List<Connector> b) {
        return InStep.same(a, b, Connector::sameRoute);
    }

    /** The selection changed: its arrows and cards leave the kept layers. Until that is drawn the old image stays. */
    void lift(Set<String> nodeIds) {
        if (nodeIds.equals(lifted)) {
            return;
        }
        lifted = Set.copyOf(nodeIds);
        if (layout == null) {
            return;
        }
        shownChanged.run(); // newly selected cards are drawn as nodes at once
        long expected = ++generation;
        DiagramLayout l = layout;
        Set<String> ids = lifted;
        Drawn wanted = drawnOf(l, zoom, ids);
        if (layers != null && keepsLayers(l, wanted, ids, layers)) {
            // The kept layers already show it: the selection lost nodes that are gone (a deletion) or gained
            // nodes not there yet (an undo bringing them back), whose arrows no layer holds.
            layers = new Layers(layers.zones(), layers.arrows(), layers.base(), layers.cards(), wanted,
                    layers.cardIds(), layers.drawing(), layers.stack());
            present(l, new DiagramRenderer(l), ids, true);
            return;
        }
        PAINTER.execute(() -> {
            if (generation != expected) {
                return; // the selection changed again before this started
            }
            DiagramRenderer renderer = new DiagramRenderer(l);
            Layers drawn = layersFor(l, renderer, wanted, ids, null, null, List.of());
            List<Connector> liftedArrows = ids.isEmpty() ? List.of() : l.connectorsOf(ids);
            BufferedImage shown = compose(drawn, renderer, ids, liftedArrows, null);
            Platform.runLater(() -> {
                if (generation == expected) {
                    replacing(layers, drawn);
                    layers = drawn;
                    arrowsOnShow = drawn.drawing().arrows();
                    composedLifted = liftedArrows;
                    set(frames.show(shown), drawn);
                    stackLater();
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
        layers = null;
        arrowsOnShow = null;
        replaced.clear();
        generation++;
        view.setImage(null);
        view.getProperties().remove(BASE);
        view.getProperties().remove(MADE);
        view.getProperties().remove(STACKED);
        shownCards = Set.of();
        shownChanged.run();
    }

    /**
     * Makes the stack of the arrows layer on show in the background, when it has none and can have one: drawn
     * whole, a layer has none. Given up as soon as another arrows layer is on show (the next edit draws as
     * before), and handed over only if the layer on show is still the one it was made for. One at a time: edits
     * a few hundred milliseconds apart that keep the arrows layer must not start it again and again.
     */
    private void stackLater() {
        Layers now = layers;
        if (now == null || now.stack() != null || !ArrowStack.fits(now.drawn().grid())
                || Boolean.getBoolean(NO_STACKS) || stacking == now.drawing().arrows()) {
            return;
        }
        Drawn drawn = now.drawn();
        Object made = now.drawing().arrows();
        stacking = made;
        PAINTER.execute(() -> {
            ArrowStack stack = arrowsOnShow != made ? null
                    : ArrowStack.of(drawn.grid(), drawn.connectors(), c -> !drawn.touches(c),
                            () -> arrowsOnShow != made);
            Platform.runLater(() -> {
                if (stacking == made) {
                    stacking = null;
                }
                if (stack != null && layers != null && layers.stack() == null && layers.drawing().arrows() == made) {
                    layers = layers.with(stack);
                    view.getProperties().put(STACKED, true);
                }
            });
        });
    }

    /** Keeps the arrows layer {@code now} replaces, unless it is the same, and forgets one {@code now} took back. */
    private void replacing(Layers old, Layers now) {
        if (old == null || now == null || old.arrows() == now.arrows()) {
            return;
        }
        replaced.removeIf(r -> r.arrows() == now.arrows());
        replaced.addFirst(new Replaced(old.drawn(), old.arrows(), old.drawing().arrows()));
        while (replaced.size() > REPLACED_KEPT_MOST
                || replaced.size() > REPLACED_KEPT_ANYWAY && bytes(replaced) > REPLACED_BYTES) {
            replaced.removeLast();
        }
    }

    private static long bytes(java.util.Collection<Replaced> layers) {
        long bytes = 0;
        for (Replaced r : layers) {
            bytes += 4L * r.arrows().getWidth() * r.arrows().getHeight();
        }
        return bytes;
    }

    /**
     * The layers for {@code wanted}, reusing those of {@code kept} that show the same. The arrows layer, the
     * cheapest way first: kept; one of the {@code earlier} arrows layers that shows exactly the arrows wanted,
     * taken back; changed where arrows changed through its stack; without a stack, redrawn where arrows changed
     * when that is a small part ({@code scratch} gives an image of a grid's size to draw them on; null for
     * none); else drawn whole.
     */
    private static Layers layersFor(DiagramLayout layout, DiagramRenderer renderer, Drawn wanted, Set<String> ids,
                                    Layers kept, java.util.function.Function<PixelGrid, BufferedImage> scratch,
                                    List<Replaced> earlier) {
        boolean sameZones = kept != null && wanted.sameZonesAs(kept.drawn());
        boolean sameArrows = kept != null && wanted.sameArrowsAs(kept.drawn());
        // A layer redrawn refills the buffer of the one it replaces (a new 2 MB array is a G1 "humongous"
        // allocation): nothing else holds the kept layers, whose images are copied to be shown.
        BufferedImage zones = sameZones ? kept.zones()
                : PngExporter.zoneAreas(renderer, wanted.grid(), kept == null ? null : kept.zones());
        BufferedImage arrows;
        Object takenBack = null;
        ArrowStack stack = null;
        String how = "kept";
        Replaced back = sameArrows ? null
                : earlier.stream().filter(r -> wanted.sameArrowsAs(r.drawn())).findFirst().orElse(null);
        if (sameArrows) {
            arrows = kept.arrows();
            stack = kept.stack();
        } else if (back != null) {
            // Undoing a move made with clicks around it: the layer from before it, as it was, costs nothing.
            arrows = back.arrows();
            takenBack = back.drawing();
            how = "taken back";
        } else if (kept != null && kept.stack() != null && followed(kept, wanted, renderer)) {
            // A moved card's few hundred arrows, of 66,000: only their pixels change.
            arrows = kept.arrows();
            stack = kept.stack();
            how = "followed";
        } else {
            // A stack that did not follow the edit had too many changes for this too, or lost track half-way.
            Rect area = scratch == null || kept == null || kept.stack() != null
                    || !wanted.grid().equals(kept.drawn().grid()) ? null
                    : ChangedArrows.area(kept.drawn().connectors(), c -> !kept.drawn().touches(c),
                            wanted.connectors(), c -> !wanted.touches(c), MOST_CHANGED);
            if (area != null && small(area, wanted.grid())) {
                // The Internet Send connector turned off changes four arrows of 66,000: those are drawn again.
                arrows = kept.arrows();
                PngExporter.redrawArrows(arrows, scratch.apply(wanted.grid()), renderer, wanted.grid(),
                        c -> !wanted.touches(c), area);
                how = "redrawn in part";
            } else {
                arrows = PngExporter.arrows(renderer, wanted.grid(), c -> !wanted.touches(c));
                how = "drawn";
            }
        }
        // Zones change when a node moves, arrows when its links do: either layer is redrawn alone.
        BufferedImage base = sameZones && sameArrows ? kept.base()
                : over(copy(zones, kept == null ? null : kept.base()), arrows);
        BufferedImage cards = null;
        boolean cardsRedrawn = false;
        Set<String> cardIds = Set.of();
        if (!wanted.cards().isEmpty()) {
            cardIds = cardIdsOf(layout, ids);
            boolean keepCards = keepsCards(wanted, cardIds, kept);
            // Compared card by card only when the layer is not kept whole (an option change keeps it).
            List<Rect> moved = keepCards || kept == null || kept.cards() == null || scratch == null
                    || !cardIds.equals(kept.cardIds()) ? null : movedCards(wanted, kept.drawn());
            if (keepCards) {
                cards = kept.cards();
            } else if (moved != null) {
                // A card or two moved: drawn again where they were and where they are, over the kept layer.
                cards = kept.cards();
                cardsRedrawn = true;
                for (Rect area : moved) {
                    PngExporter.redrawCardBodies(cards, scratch.apply(wanted.grid()), renderer, wanted.grid(),
                            b -> !ids.contains(b.node().id()), area);
                }
            } else {
                cards = PngExporter.blank(wanted.grid());
                PngExporter.drawCardBodies(cards, renderer, wanted.grid(), b -> !ids.contains(b.node().id()));
            }
        }
        boolean unchanged = kept != null && sameZones && sameArrows && base == kept.base() && cards == kept.cards()
                && !cardsRedrawn;
        Drawing drawing = unchanged ? kept.drawing()
                : new Drawing(sameArrows ? kept.drawing().arrows() : takenBack != null ? takenBack : new Object(), how);
        return new Layers(zones, arrows, base, cards, wanted, cardIds, drawing, stack);
    }

    /**
     * True when the stack of {@code kept}'s arrows layer changed it to show the arrows {@code wanted} draws; false
     * when it could not follow the edit (another grid, too many arrows changed), the layer untouched. A stack
     * that lost track half-way (it never should) leaves the layer drawn whole again as it was, since undoing may
     * take it back.
     */
    private static boolean followed(Layers kept, Drawn wanted, DiagramRenderer renderer) {
        try {
            return kept.stack().update(kept.arrows(), wanted.grid(), wanted.connectors(), c -> !wanted.touches(c),
                    MOST_CHANGED);
        } catch (IllegalStateException e) {
            Drawn was = kept.drawn();
            java.util.Arrays.fill(((DataBufferInt) kept.arrows().getRaster().getDataBuffer()).getData(), 0);
            PngExporter.drawArrows(kept.arrows(), renderer, was.grid(),
                    was.connectors().stream().filter(c -> !was.touches(c)).toList());
            return false;
        }
    }

    /**
     * Where cards moved between {@code was} and {@code wanted}, the same cards on the same grid: each moved card's
     * old and new place; null when they are not the same cards, or more than {@link #MOST_MOVED} moved.
     */
    private static List<Rect> movedCards(Drawn wanted, Drawn was) {
        List<Rect> now = wanted.cards();
        List<Rect> before = was.cards();
        if (!wanted.grid().equals(was.grid()) || now.size() != before.size()) {
            return null;
        }
        List<Rect> areas = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(before.get(i))) {
                if (areas.size() == 2 * MOST_MOVED) {
                    return null;
                }
                areas.add(before.get(i));
                areas.add(now.get(i));
            }
        }
        return areas;
    }

    /** More moved cards than this are drawn again with all the others. */
    private static final int MOST_MOVED = 8;

    /** More changed arrows than this, or a changed area over a third of the image: drawing all is as quick. */
    private static final int MOST_CHANGED = 5_000;

    private static boolean small(Rect area, PixelGrid grid) {
        double pixels = area.width() * area.height() * grid.scale() * grid.scale();
        return pixels < (double) grid.width() * grid.height() / 3;
    }

    /** An image of the grid's size for {@link PngExporter#redrawArrows} to draw on, kept from one edit to the next. */
    private BufferedImage arrowScratch(PixelGrid grid) {
        if (arrowScratch == null || arrowScratch.getWidth() != grid.width() || arrowScratch.getHeight() != grid.height()) {
            arrowScratch = PngExporter.blank(grid);
        }
        return arrowScratch;
    }

    /** True when {@link #layersFor} would keep every layer of {@code kept} as it is. */
    private static boolean keepsLayers(DiagramLayout layout, Drawn wanted, Set<String> ids, Layers kept) {
        return wanted.sameZonesAs(kept.drawn()) && wanted.sameArrowsAs(kept.drawn())
                && (wanted.cards().isEmpty() ? kept.cards() == null
                        : keepsCards(wanted, cardIdsOf(layout, ids), kept));
    }

    /** True when {@code kept} (or null) has a cards layer showing these cards in the places {@code wanted} has. */
    private static boolean keepsCards(Drawn wanted, Set<String> cardIds, Layers kept) {
        return kept != null && kept.cards() != null && wanted.sameCardsAs(kept.drawn())
                && cardIds.equals(kept.cardIds());
    }

    private static Set<String> cardIdsOf(DiagramLayout layout, Set<String> lifted) {
        Set<String> ids = new java.util.HashSet<>();
        for (NodeBox b : layout.nodes()) {
            if (!lifted.contains(b.node().id())) {
                ids.add(b.node().id());
            }
        }
        return ids;
    }

    /**
     * The image to show: the base, the selection's arrows over it, the cards on top (as on the canvas, cards
     * cover arrows).
     */
    private static BufferedImage compose(Layers layers, DiagramRenderer renderer, Set<String> ids,
                                         List<Connector> liftedArrows, BufferedImage reuse) {
        if (ids.isEmpty() && layers.cards() == null) {
            return layers.base();
        }
        BufferedImage image = copy(layers.base(), reuse);
        if (!ids.isEmpty()) {
            PngExporter.drawArrows(image, renderer, layers.drawn().grid(), liftedArrows);
        }
        if (layers.cards() != null) {
            over(image, layers.cards());
        }
        return image;
    }

    /** A copy of {@code image}, into {@code reuse} when it is the same size. */
    private static BufferedImage copy(BufferedImage image, BufferedImage reuse) {
        boolean fits = reuse != null && reuse.getWidth() == image.getWidth() && reuse.getHeight() == image.getHeight();
        BufferedImage to = fits ? reuse : new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, ((DataBufferInt) to.getRaster().getDataBuffer()).getData(), 0, from.length);
        return to;
    }

    /** Draws {@code top} over {@code image}, and returns {@code image}. */
    private static BufferedImage over(BufferedImage image, BufferedImage top) {
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.drawImage(top, 0, 0, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * What the layers are drawn from. Card bodies go into the image only zoomed out, where a card shows
     * nothing but its body ({@link DiagramView#DETAIL_ZOOM}); closer, cards are nodes with icon and text.
     */
    private static Drawn drawnOf(DiagramLayout layout, double zoom, Set<String> lifted) {
        Rect area = layout.bounds();
        double scale = Math.min(zoom, MAX_PIXELS / Math.max(area.width(), area.height()));
        List<Rect> cards = new ArrayList<>();
        if (zoom < DiagramView.DETAIL_ZOOM) {
            for (NodeBox b : layout.nodes()) {
                if (!lifted.contains(b.node().id())) {
                    cards.add(b.rect());
                }
            }
        }
        List<Node> liftedNodes = new ArrayList<>();
        for (String id : lifted) {
            NodeBox b = layout.nodeBox(id);
            if (b != null) {
                liftedNodes.add(b.node());
            }
        }
        return new Drawn(PixelGrid.covering(area, scale), layout.zones(), layout.connectors(), lifted, liftedNodes,
                lifted.isEmpty() ? List.of() : layout.connectorsOf(lifted), cards);
    }


    private void set(Image image, Layers shown) {
        view.setImage(image);
        view.getProperties().put(BASE, shown.drawing().arrows());
        view.getProperties().put(MADE, shown.drawing().how());
        view.getProperties().put(STACKED, shown.stack() != null);
        place(shown.drawn().grid());
        shownCards = shown.cardIds();
        shownChanged.run();
    }

    /**
     * Places the image in the view's unscaled coordinates. At the zoom it was drawn for it is shown pixel for
     * pixel at a whole-pixel position (its corner is the content's top-left, which the view puts on a whole
     * pixel): the software renderer then copies it, where it filters a stretched or shifted image at three
     * times the cost.
     */
    private void place(PixelGrid grid) {
        if (viewZoom == grid.scale()) {
            view.setX(grid.x());
            view.setY(grid.y());
            view.setFitWidth(0);
            view.setFitHeight(0);
        } else {
            double k = viewZoom / grid.scale();
            view.setX(grid.x() * k);
            view.setY(grid.y() * k);
            view.setFitWidth(grid.width() * k);
            view.setFitHeight(grid.height() * k);
        }
    }
}
