package org.portolan.layout;

import java.util.ArrayList;
import java.util.List;
import org.portolan.rules.TrafficClass;

/** Where the legend of connection styles goes: a wrapped row of samples, each a short line and its label. */
public final class Legend {

    public static final double FONT = 11;
    private static final double SAMPLE = 34;
    private static final double GAP = 22;
    private static final double ROW = 22;
    private static final double PADDING = 12;

    /** One legend item: the sample line runs from {@code lineStart} to {@code lineEnd}. */
    public record Entry(TrafficClass trafficClass, Vec lineStart, Vec lineEnd, Vec textOrigin, String text) {
    }

    public record Placement(Rect box, String title, Vec titleOrigin, List<Entry> entries) {
    }

    private Legend() {
    }

    /** Lays the legend out at (x, y), wrapping at {@code maxWidth}. */
    public static Placement place(List<TrafficClass> classes, double x, double y, double maxWidth) {
        List<Entry> entries = new ArrayList<>();
        String title = "Connections";
        double titleWidth = TextMetrics.width(title, FONT, true);
        double left = x + PADDING + titleWidth + GAP;
        double cx = left;
        double cy = y + PADDING + ROW / 2;
        double widest = cx;
        for (TrafficClass c : classes) {
            double w = SAMPLE + 8 + TextMetrics.width(c.label(), FONT, false);
            if (cx > left && cx + w > x + maxWidth - PADDING) {
                cx = left;
                cy += ROW;
            }
            entries.add(new Entry(c, new Vec(cx, cy), new Vec(cx + SAMPLE, cy), new Vec(cx + SAMPLE + 8, cy + FONT * 0.36), c.label()));
            cx += w + GAP;
            widest = Math.max(widest, cx - GAP);
        }
        double height = (cy - y) + ROW / 2 + PADDING;
        return new Placement(new Rect(x, y, widest + PADDING - x, height), title,
                new Vec(x + PADDING, y + PADDING + ROW / 2 + FONT * 0.36), entries);
    }
}
