package org.portolan.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * arrows before them come and go; {@code rankOf} gives each id's place in the drawing order. Not thread-safe:
 * built on one thread, then used on one at a time.
 */
public final class ArrowStack {

    /** Larger images are not worth four bytes a pixel and an index: zoomed in, arrows are drawn whole. */
    private static final long MOST_PIXELS = 4L << 20;
    private static final int TILE_SHIFT = 4;
    private static final int NONE = -1;
    /** A pixel whose arrow on top is gone, until the arrow under it is found. */
    private static final int ORPHAN = -2;
    private static final double WIDEST_LINE = Arrays.stream(TrafficClass.values())
            .mapToDouble(c -> DiagramStyle.line(c).width()).max().orElseThrow();

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
    private int nextId;
    /** The ids of the arrows that may cross each tile, rows of {@link #tilesAcross}; gone ones are skipped. */
    private final int tilesAcross;
    private int[][] tiles;
    private int[] tileSize;
    /** The last id added to each tile: an arrow's legs add it once. */
    private int[] lastInTile;
    /** While the stack is built, how many ids each tile will list; null after. */
    private int[] counts;
    /** How many tile entries each id has, and how many belong to arrows gone: compacted past a half. */
    private int[] entriesOf;
    private long entries;
    private long goneEntries;

    private ArrowStack(PixelGrid grid) {
        this.grid = grid;
        this.width = grid.width();
        this.height = grid.height();
        this.top = new int[width * height];
        this.cover = new int[width * height];
        this.tilesAcross = (width + (1 << TILE_SHIFT) - 1) >> TILE_SHIFT;
        int tilesDown = (height + (1 << TILE_SHIFT) - 1) >> TILE_SHIFT;
        this.tiles = new int[tilesAcross * tilesDown][];
        this.tileSize = new int[tiles.length];
        this.lastInTile = new int[tiles.length];
        Arrays.fill(lastInTile, NONE);
    }

    /** True when arrows drawn on {@code grid} can be kept in a stack: every line thin there, and not too many pixels. */
    public static boolean fits(PixelGrid grid) {
        return PixelArrows.thin(WIDEST_LINE, grid) && (long) grid.width() * grid.height() <= MOST_PIXELS;
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
        stack.entriesOf = new int[stack.rankOf.length];
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
        // The tiles' lists made at their size: counted first, then filled, rather than grown 5 million times.
        stack.counts = new int[stack.tiles.length];
        for (int i = 0; i < n; i++) {
            if (stack.idAt[i] >= 0) {
                stack.index(arrows.get(i), i);
            }
        }
        for (int t = 0; t < stack.tiles.length; t++) {
            stack.tiles[t] = new int[stack.counts[t] + 4];
        }
        stack.counts = null;
        Arrays.fill(stack.lastInTile, NONE);
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

    /** The grid the stack's image lies on. */
    public PixelGrid grid() {
        return grid;
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
        Change change = Change.between(arrows, idAt, after, drawnAfter, nextId, most);
        if (change == null) {
            return false;
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        nextId = change.nextId;
        grow(nextId);
        for (int id : change.goneIds) {
            rankOf[id] = NONE;
            goneEntries += entriesOf[id];
        }
        for (int j = 0; j < after.size(); j++) {
            int id = change.idAt[j];
            if (id >= 0) {
                rankOf[id] = j;
            }
        }
        arrows = after;
        idAt = change.idAt;
        PixelArrows pixelsOf = PixelArrows.collecting(width, height, grid);
        // The orphans take the arrow on top among those kept, then the added ones go over where they come above.
        int[] orphans = orphansOf(change.gone, pixelsOf);
        resolve(orphans, pixels, pixelsOf);
        drawOver(change.added, pixels, pixelsOf);
        for (int j : change.added) {
            index(after.get(j), idAt[j]);
        }
        if (goneEntries * 2 > entries) {
            compact();
        }
        return true;
    }

    /** What an edit changed: the arrows no longer drawn, with their ids, and the places of those newly drawn. */
    private record Change(List<Connector> gone, int[] goneIds, int[] added, int[] idAt, int nextId) {

        /**
         * Follows each arrow of {@code before} (ids {@code idAt}) into {@code after}, walking both in step: the
         * same object, drawn in both, keeps its id; one drawn only after gets a new one. Null past {@code most}
         * changes. Where they part, a few arrows ahead are looked at to tell an arrow gone from one come; past
         * that, where in {@code after} each arrow is is looked up instead, in a map of all of them. An arrow
         * taken for gone and come again, or two arrows that swapped places, come out right all the same: drawn
         * again, at its place.
         */
        static Change between(List<Connector> before, int[] idAt, List<Connector> after,
                              Predicate<Connector> drawnAfter, int nextId, int most) {
            Connector[] was = before.toArray(new Connector[0]);
            Connector[] now = after.toArray(new Connector[0]);
            Change change = walk(was, idAt, now, drawnAfter, nextId, most, null);
            if (change != null) {
                return change;
            }
            Map<Connector, Integer> places = new IdentityHashMap<>(2 * now.length);
            for (int j = 0; j < now.length; j++) {
                places.put(now[j], j);
            }
            return walk(was, idAt, now, drawnAfter, nextId, most, places);
        }

        /** How far ahead a walk without {@code places} looks. */
        private static final int AHEAD = 64;
        /**
         * How many pairs in a row a walk without {@code places} takes for changed before it takes itself for lost:
         * a card's arrows are replaced in runs of hundreds (225 for an Edge of the 1,000-node diagram), while a
         * run of gone arrows longer than it looks ahead puts every later pair out of step.
         */
        private static final int UNMATCHED_IN_A_ROW = 1024;

        private static Change walk(Connector[] before, int[] idAt, Connector[] after,
                                   Predicate<Connector> drawnAfter, int nextId, int most,
                                   Map<Connector, Integer> places) {
            int[] newIds = new int[after.length];
            List<Connector> gone = new ArrayList<>();
            IntList goneIds = new IntList();
            IntList added = new IntList();
            int fresh = nextId;
            int unmatched = 0; // pairs taken for changed in a row
            int i = 0;
            int j = 0;
            while (i < before.length || j < after.length) {
                boolean old = i < before.length;
                boolean now = j < after.length;
                boolean goes;
                boolean comes;
                if (old && now && before[i] == after[j]) {
                    goes = true;
                    comes = true;
                    unmatched = 0;
                    Connector c = after[j];
                    if (idAt[i] >= 0 && drawnAfter.test(c)) {
                        newIds[j++] = idAt[i++];
                        continue;
                    }
                } else if (!now) {
                    goes = true;
                    comes = false;
                } else if (!old) {
                    goes = false;
                    comes = true;
                } else if (places != null) {
                    Integer at = places.get(before[i]);
                    goes = at == null || at < j;
                    comes = !goes;
                } else if (found(after, j + 1, before[i])) {
                    goes = false;
                    comes = true;
                } else if (found(before, i + 1, after[j])) {
                    goes = true;
                    comes = false;
                } else {
                    goes = true;
                    comes = true;
                    if (++unmatched > UNMATCHED_IN_A_ROW) {
                        return null;
                    }
                }
                if (goes) {
                    if (idAt[i] >= 0) {
                        gone.add(before[i]);
                        goneIds.add(idAt[i]);
                    }
                    i++;
                }
                if (comes) {
                    if (drawnAfter.test(after[j])) {
                        newIds[j] = fresh++;
                        added.add(j);
                    } else {
                        newIds[j] = NONE;
                    }
                    j++;
                }
                if (gone.size() + added.size() > most) {
                    return null;
                }
            }
            return new Change(gone, goneIds.toArray(), added.toArray(), newIds, fresh);
        }

        /** True when {@code c} is among the {@link #AHEAD} arrows of {@code arrows} from {@code from} on. */
        private static boolean found(Connector[] arrows, int from, Connector c) {
            int to = Math.min(arrows.length, from + AHEAD);
            for (int k = from; k < to; k++) {
                if (arrows[k] == c) {
                    return true;
                }
            }
            return false;
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
        int[] ids = tiles[tile];
        int n = tileSize[tile];
        long[] keys = new long[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
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
        double[] head = new double[Connector.HEAD];
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
        if (lastInTile[tile] == id) {
            return;
        }
        lastInTile[tile] = id;
        if (counts != null) {
            counts[tile]++;
            return;
        }
        int[] ids = tiles[tile];
        int n = tileSize[tile];
        if (ids == null) {
            ids = tiles[tile] = new int[8];
        } else if (n == ids.length) {
            ids = tiles[tile] = Arrays.copyOf(ids, n * 2);
        }
        ids[n] = id;
        tileSize[tile] = n + 1;
        entriesOf[id]++;
        entries++;
    }

    /** Room for ids up to {@code ids}. */
    private void grow(int ids) {
        if (ids > rankOf.length) {
            int size = Math.max(ids, rankOf.length * 3 / 2);
            int was = rankOf.length;
            rankOf = Arrays.copyOf(rankOf, size);
            Arrays.fill(rankOf, was, size, NONE);
            entriesOf = Arrays.copyOf(entriesOf, size);
        }
    }

    /**
     * Drops the gone arrows' tile entries and numbers the arrows by their places again, so that ids do not grow
     * without end: the pixels and the tiles renumbered in one pass each.
     */
    private void compact() {
        int n = arrows.size();
        int[] renumbered = new int[rankOf.length];
        for (int id = 0; id < rankOf.length; id++) {
            renumbered[id] = rankOf[id]; // the new id is the place; NONE stays NONE
        }
        for (int p = 0; p < top.length; p++) {
            if (top[p] >= 0) {
                top[p] = renumbered[top[p]];
            }
        }
        int[] newEntries = new int[Math.max(16, n)];
        entries = 0;
        for (int t = 0; t < tiles.length; t++) {
            int[] ids = tiles[t];
            int m = 0;
            for (int k = 0; k < tileSize[t]; k++) {
                int id = renumbered[ids[k]];
                if (id >= 0) {
                    ids[m++] = id;
                    newEntries[id]++;
                }
            }
            tileSize[t] = m;
            entries += m;
        }
        Arrays.fill(lastInTile, NONE);
        int[] newIdAt = new int[n];
        int[] newRankOf = new int[Math.max(16, n)];
        Arrays.fill(newRankOf, NONE);
        for (int j = 0; j < n; j++) {
            newIdAt[j] = idAt[j] >= 0 ? j : NONE;
            if (idAt[j] >= 0) {
                newRankOf[j] = j;
            }
        }
        idAt = newIdAt;
        rankOf = newRankOf;
        entriesOf = newEntries;
        nextId = n;
        goneEntries = 0;
    }

    /** A growing list of ints, without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
