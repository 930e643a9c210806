package org.portolan.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.portolan.flow.TrafficClass;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramStyle;
import org.portolan.layout.Vec;

/**
 * Which arrow is on top at each pixel of an overview's arrows layer, how many arrows cover each pixel, and which
 * arrows cross each 16×16 tile of it, so that an edit changing a few hundred arrows changes only their pixels
 * instead of drawing 66,000 arrows again. Moving a card nobody selected changes its arrows, which reach across
 * the overview: where a gone arrow was on top the pixel is cleared when no arrow covers it any more, and else
 * takes the arrow under it, found among those crossing its tile; an added arrow takes the pixels where it comes
 * above the arrow on top. The image comes out exactly as drawn whole ({@link PixelArrows}: a pixel has the
 * colour of the last arrow crossing it), for thin lines only.
 *
 * <p>Arrows are known by ids: the arrows an edit keeps keep theirs, so the pixels need not be renumbered when
 * arrows before them come and go; {@code rankOf} gives each id's place in the drawing order. Tiles keep listing
 * gone arrows until a sweep, a sixteenth of the tiles at each edit, drops them; an id is given again once a
 * whole sweep has passed since its arrow went. Not thread-safe: built on one thread, then used on one at a time.
 */
public final class ArrowStack {

    /** Larger images are not worth eight bytes a pixel and an index: zoomed in further, arrows are drawn whole. */
    private static final long MOST_PIXELS = 4L << 20;
    private static final int TILE_SHIFT = 4;
    static final int NONE = -1;
    /** A pixel whose arrow on top is gone, until the arrow under it is found. */
    private static final int ORPHAN = -2;

    private final PixelGrid grid;
    private final int width;
    private final int height;
    /** The id of the arrow on top at each pixel, {@link #NONE} for none. */
    private final int[] top;
    /**
     * How often the arrows drawn cover each pixel: where a gone arrow was on top and none is left, the pixel is
     * cleared without looking for the arrow under it (most such pixels, where a moved card's arrows gather).
     */
    private final int[] cover;
    /** The arrows the image was drawn from, in drawing order, and each one's id ({@link #NONE} if not drawn). */
    private List<Connector> arrows;
    private int[] idAt;
    /** Each id's place in {@link #arrows}; {@link #NONE} once its arrow is gone. */
    private int[] rankOf;
    /** The next id never given; ids of gone arrows are given again once no tile lists them ({@link #free}). */
    private int nextId;
    private final IntList free = new IntList();
    /** Ids of arrows gone before the sweep under way started, and of those gone since: see {@link #sweep}. */
    private IntList goneBeforeSweep = new IntList();
    private IntList goneDuringSweep = new IntList();
    /** The next tile the sweep drops gone arrows from. */
    private int sweepAt;
    /** The ids of the arrows that may cross each tile, rows of {@link #tilesAcross}; gone ones are skipped. */
    private final int tilesAcross;
    private TileLists tiles;
    private final int tileCount;
    /** Which indexing of an arrow last added to each tile, so that an arrow's legs add it once; see {@link #stamp}. */
    private final int[] stampOf;
    private int stamp;
    /** Reused for each arrow's head, as {@link PixelArrows} does. */
    private final double[] head = new double[Connector.HEAD];
    /** While the stack is built, how many ids each tile will list; null after. */
    private int[] counts;

    private ArrowStack(PixelGrid grid) {
        this.grid = grid;
        this.width = grid.width();
        this.height = grid.height();
        this.top = new int[width * height];
        this.cover = new int[width * height];
        this.tilesAcross = (width + (1 << TILE_SHIFT) - 1) >> TILE_SHIFT;
        int tilesDown = (height + (1 << TILE_SHIFT) - 1) >> TILE_SHIFT;
        this.tileCount = tilesAcross * tilesDown;
        this.stampOf = new int[tileCount];
    }

    /** True when arrows drawn on {@code grid} can be kept in a stack: every line thin there, and not too many pixels. */
    public static boolean fits(PixelGrid grid) {
        return PixelArrows.allThin(grid) && (long) grid.width() * grid.height() <= MOST_PIXELS;
    }

    /**
     * The stack of an image showing the arrows of {@code arrows} that {@code drawn} accepts, in that order, on
     * {@code grid} (as {@link PngExporter#drawArrows} draws them); null when {@code cancelled} turns true on
     * the way. About as long as drawing them in one band, and meant for a background thread.
     */
    public static ArrowStack of(PixelGrid grid, List<Connector> arrows, Predicate<Connector> drawn,
                                BooleanSupplier cancelled) {
        if (!fits(grid)) {
            throw new IllegalArgumentException("arrows on " + grid + " are not all thin, or too many pixels");
        }
        ArrowStack stack = new ArrowStack(grid);
        int n = arrows.size();
        stack.arrows = arrows;
        stack.idAt = new int[n];
        stack.rankOf = new int[Math.max(16, n)];
        Arrays.fill(stack.rankOf, NONE);
        stack.nextId = n;
        Arrays.fill(stack.top, NONE);
        PixelArrows painter = PixelArrows.paintingAndCounting(stack.top, stack.cover, stack.width, stack.height, grid);
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            Connector c = arrows.get(i);
            if (drawn.test(c)) {
                stack.idAt[i] = i;
                stack.rankOf[i] = i;
                painter.paintAs(i);
                painter.arrow(c, DiagramStyle.line(c.trafficClass()));
            } else {
                stack.idAt[i] = NONE;
            }
        }
        // The tiles' lists made at their size: counted first, then filled, rather than grown 2.5 million times.
        stack.counts = new int[stack.tileCount];
        for (int i = 0; i < n; i++) {
            if (stack.idAt[i] >= 0) {
                stack.index(arrows.get(i), i);
            }
        }
        stack.tiles = new TileLists(stack.counts);
        stack.counts = null;
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            if (stack.idAt[i] >= 0) {
                stack.index(arrows.get(i), i);
            }
        }
        return stack;
    }

    /**
     * Makes {@code image}, which shows this stack's arrows, show the arrows of {@code after} that {@code drawnAfter}
     * accepts instead, changing only the pixels of arrows drawn in one and not the other (the same object in both
     * lists is the same arrow). False, with the image and the stack untouched, when the grid differs or more than
     * {@code most} arrows changed.
     */
    public boolean update(BufferedImage image, PixelGrid imageGrid, List<Connector> after,
                          Predicate<Connector> drawnAfter, int most) {
        if (!grid.equals(imageGrid) || image.getWidth() != width || image.getHeight() != height) {
            return false;
        }
        ArrowChange change = ArrowChange.between(arrows, idAt, after, drawnAfter, most);
        if (change == null) {
            return false;
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int id : change.goneIds()) {
            rankOf[id] = NONE;
            goneDuringSweep.add(id);
        }
        for (int j : change.added()) {
            change.idAt()[j] = newId();
        }
        for (int j = 0; j < after.size(); j++) {
            int id = change.idAt()[j];
            if (id >= 0) {
                rankOf[id] = j;
            }
        }
        arrows = after;
        idAt = change.idAt();
        PixelArrows pixelsOf = PixelArrows.collecting(width, height, grid);
        // The orphans take the arrow on top among those kept, then the added ones go over where they come above.
        int[] orphans = orphansOf(change.gone(), pixelsOf);
        resolve(orphans, pixels, pixelsOf);
        drawOver(change.added(), pixels, pixelsOf);
        for (int j : change.added()) {
            index(after.get(j), idAt[j]);
        }
        sweep(Math.max(16, tileCount / 16));
        return true;
    }

    /** An id no tile lists and no pixel holds: one given before when there is one. */
    private int newId() {
        if (free.size() > 0) {
            return free.removeLast();
        }
        if (nextId == rankOf.length) {
            int size = rankOf.length * 3 / 2;
            rankOf = Arrays.copyOf(rankOf, size);
            Arrays.fill(rankOf, nextId, size, NONE);
        }
        return nextId++;
    }

    /**
     * Drops gone arrows from the next {@code count} tiles. Once every tile has been swept, the ids of arrows gone
     * before that sweep started are listed nowhere (no pixel holds a gone arrow's id once its edit is done), and
     * may be given again.
     */
    private void sweep(int count) {
        for (int s = 0; s < count; s++) {
            tiles.removeIf(sweepAt, id -> rankOf[id] == NONE);
            if (++sweepAt == tileCount) {
                sweepAt = 0;
                free.addAll(goneBeforeSweep);
                goneBeforeSweep = goneDuringSweep;
                goneDuringSweep = new IntList();
            }
        }
    }

    /**
     * The pixels where a gone arrow was on top, marked {@link #ORPHAN}: every such pixel is one the gone arrow
     * covers, so going through theirs finds all of them.
     */
    private int[] orphansOf(List<Connector> gone, PixelArrows pixelsOf) {
        IntList orphans = new IntList();
        for (Connector c : gone) {
            pixelsOf.clearCollected();
            pixelsOf.arrow(c, DiagramStyle.line(c.trafficClass()));
            int[] covered = pixelsOf.collected();
            for (int k = pixelsOf.collectedCount() - 1; k >= 0; k--) {
                int p = covered[k];
                cover[p]--;
                int id = top[p];
                if (id >= 0 && rankOf[id] == NONE) {
                    top[p] = ORPHAN;
                    orphans.add(p);
                }
            }
        }
        return orphans.toArray();
    }

    /**
     * Gives each orphan pixel the kept arrow now on top there, or none: none where no kept arrow covers it; else,
     * tile by tile, the arrows crossing the tile, from the last drawn down, each drawn only over the orphans'
     * rectangle until every orphan has one. Throws {@link IllegalStateException} when some orphan finds none,
     * which a stack that lost track would do; the image is then half changed and must be drawn again.
     */
    private void resolve(int[] orphans, int[] pixels, PixelArrows pixelsOf) {
        int under = 0; // the orphans some kept arrow covers, moved to the front
        for (int p : orphans) {
            if (cover[p] == 0) {
                top[p] = NONE;
                pixels[p] = 0;
            } else {
                orphans[under++] = p;
            }
        }
        long[] byTile = new long[under];
        for (int k = 0; k < under; k++) {
            byTile[k] = (long) tileOf(orphans[k]) << 32 | orphans[k];
        }
        Arrays.sort(byTile);
        int k = 0;
        while (k < byTile.length) {
            int tile = (int) (byTile[k] >>> 32);
            int end = k;
            int left = width;
            int upper = height;
            int right = 0;
            int lower = 0;
            while (end < byTile.length && (int) (byTile[end] >>> 32) == tile) {
                int p = (int) byTile[end];
                left = Math.min(left, p % width);
                right = Math.max(right, p % width + 1);
                upper = Math.min(upper, p / width);
                lower = Math.max(lower, p / width + 1);
                end++;
            }
            pixelsOf.clip(left, upper, right, lower);
            int unresolved = end - k;
            for (long candidate : candidatesTopFirst(tile)) {
                Connector c = arrows.get((int) (candidate >>> 32));
                pixelsOf.clearCollected();
                pixelsOf.arrow(c, DiagramStyle.line(c.trafficClass()));
                int[] covered = pixelsOf.collected();
                for (int m = pixelsOf.collectedCount() - 1; m >= 0; m--) {
                    int p = covered[m];
                    if (top[p] == ORPHAN) {
                        // Arrows come from the top down: the first to cover an orphan is the one on top there.
                        top[p] = (int) candidate;
                        pixels[p] = colour(c);
                        unresolved--;
                    }
                }
                if (unresolved == 0) {
                    break;
                }
            }
            if (unresolved != 0) {
                // Some kept arrow covers each of these pixels, and every arrow is listed in the tiles it covers.
                throw new IllegalStateException(unresolved + " pixels of tile " + tile + " lost their arrows");
            }
            k = end;
        }
        pixelsOf.clip(0, 0, width, height);
    }

    /** The arrows still drawn among those listed for the tile, as rank and id, the last drawn first. */
    private long[] candidatesTopFirst(int tile) {
        int[] ids = tiles.values();
        int from = tiles.start(tile);
        int n = tiles.size(tile);
        long[] keys = new long[n];
        int m = 0;
        for (int k = from; k < from + n; k++) {
            int rank = rankOf[ids[k]];
            if (rank >= 0) {
                keys[m++] = (long) rank << 32 | ids[k];
            }
        }
        Arrays.sort(keys, 0, m);
        long[] topFirst = new long[m];
        for (int k = 0; k < m; k++) {
            topFirst[k] = keys[m - 1 - k];
        }
        return topFirst;
    }

    /** Draws the added arrows where each comes above the arrow on top. */
    private void drawOver(int[] added, int[] pixels, PixelArrows pixelsOf) {
        for (int j : added) {
            Connector c = arrows.get(j);
            int id = idAt[j];
            int argb = colour(c);
            pixelsOf.clearCollected();
            pixelsOf.arrow(c, DiagramStyle.line(c.trafficClass()));
            int[] covered = pixelsOf.collected();
            for (int k = pixelsOf.collectedCount() - 1; k >= 0; k--) {
                int p = covered[k];
                cover[p]++;
                int under = top[p];
                if (under == NONE || rankOf[under] < j) {
                    top[p] = id;
                    pixels[p] = argb;
                }
            }
        }
    }

    private static final int[] COLOURS = Arrays.stream(TrafficClass.values())
            .mapToInt(c -> Java2dSurface.color(DiagramStyle.line(c).color()).getRGB()).toArray();

    private static int colour(Connector c) {
        return COLOURS[c.trafficClass().ordinal()];
    }

    private int tileOf(int pixel) {
        return ((pixel / width) >> TILE_SHIFT) * tilesAcross + ((pixel % width) >> TILE_SHIFT);
    }

    /**
     * Lists the arrow under {@code id} in every tile it may cross: those within a pixel of its route and of its
     * head (each pixel an arrow covers lies within a pixel of what it is drawn for).
     */
    private void index(Connector c, int id) {
        if (++stamp == 0) { // after four billion arrows: every tile's stamp is older than the next
            Arrays.fill(stampOf, 0);
            stamp = 1;
        }
        List<Vec> points = c.points();
        double s = grid.scale();
        double x = points.get(0).x() * s - grid.x();
        double y = points.get(0).y() * s - grid.y();
        for (int i = 1; i < points.size(); i++) {
            double toX = points.get(i).x() * s - grid.x();
            double toY = points.get(i).y() * s - grid.y();
            indexLeg(x, y, toX, toY, id);
            x = toX;
            y = toY;
        }
        c.arrowhead(head);
        double minX = x;
        double maxX = x;
        double minY = y;
        double maxY = y;
        for (int k = 0; k < head.length; k += 2) {
            minX = Math.min(minX, head[k] * s - grid.x());
            maxX = Math.max(maxX, head[k] * s - grid.x());
            minY = Math.min(minY, head[k + 1] * s - grid.y());
            maxY = Math.max(maxY, head[k + 1] * s - grid.y());
        }
        indexArea(minX - 1, minY - 1, maxX + 1, maxY + 1, id);
    }

    /** Lists {@code id} in the tiles within a pixel of the segment, tile row by tile row. */
    private void indexLeg(double x0, double y0, double x1, double y1, int id) {
        double minY = Math.min(y0, y1) - 1;
        double maxY = Math.max(y0, y1) + 1;
        int size = 1 << TILE_SHIFT;
        int firstRow = Math.max(0, (int) Math.floor(minY) >> TILE_SHIFT);
        int lastRow = Math.min((height - 1) >> TILE_SHIFT, (int) Math.floor(maxY) >> TILE_SHIFT);
        for (int row = firstRow; row <= lastRow; row++) {
            // The segment's part within a pixel of this tile row: its x at the row's edges, widened by a pixel.
            double from = Math.max(Math.min(y0, y1), row * size - 1.0);
            double to = Math.min(Math.max(y0, y1), (row + 1) * size + 1.0);
            double xa;
            double xb;
            if (Math.abs(y1 - y0) < 1e-9) {
                xa = x0;
                xb = x1;
            } else {
                xa = x0 + (x1 - x0) * (Math.max(from, Math.min(y0, y1)) - y0) / (y1 - y0);
                xb = x0 + (x1 - x0) * (Math.min(to, Math.max(y0, y1)) - y0) / (y1 - y0);
            }
            indexRow(row, Math.min(xa, xb) - 1, Math.max(xa, xb) + 1, id);
        }
    }

    private void indexArea(double minX, double minY, double maxX, double maxY, int id) {
        int firstRow = Math.max(0, (int) Math.floor(minY) >> TILE_SHIFT);
        int lastRow = Math.min((height - 1) >> TILE_SHIFT, (int) Math.floor(maxY) >> TILE_SHIFT);
        for (int row = firstRow; row <= lastRow; row++) {
            indexRow(row, minX, maxX, id);
        }
    }

    private void indexRow(int row, double minX, double maxX, int id) {
        int first = Math.max(0, (int) Math.floor(minX) >> TILE_SHIFT);
        int last = Math.min(tilesAcross - 1, (int) Math.floor(maxX) >> TILE_SHIFT);
        for (int column = first; column <= last; column++) {
            add(row * tilesAcross + column, id);
        }
    }

    private void add(int tile, int id) {
        if (stampOf[tile] == stamp) {
            return;
        }
        stampOf[tile] = stamp;
        if (counts != null) {
            counts[tile]++;
            return;
        }
        tiles.add(tile, id);
    }
}
