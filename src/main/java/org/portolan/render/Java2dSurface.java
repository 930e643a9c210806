package org.portolan.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.portolan.layout.Icons;
import org.portolan.layout.Rect;
import org.portolan.layout.TextMetrics;
import org.portolan.layout.Vec;

/** Draws with Java2D, for PNG: headless, no JavaFX toolkit needed. */
public final class Java2dSurface implements DrawingSurface {

    private final Graphics2D g;

    public Java2dSurface(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void rect(Rect r, double radius, String fill, String stroke, double strokeWidth) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), radius * 2, radius * 2);
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(color(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth));
            g.draw(shape);
        }
    }

    @Override
    public void polyline(List<Vec> points, String c, double width, List<Double> dashes) {
        Path2D.Double path = path(points);
        if (!dashes.isEmpty()) {
            float[] dash = new float[dashes.size()];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = dashes.get(i).floatValue();
            }
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0));
        } else {
            g.setStroke(solid((float) width));
        }
        g.setColor(color(c));
        g.draw(path);
    }

    @Override
    public void polygon(List<Vec> points, String fill) {
        Path2D.Double path = path(points);
        path.closePath();
        g.setColor(color(fill));
        g.fill(path);
    }

    /** The path through the points. */
    private static Path2D.Double path(List<Vec> points) {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            shape.lineTo(points.get(i).x(), points.get(i).y());
        }
        return shape;
    }

    private static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, null, 0);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String c) {
        g.setFont(TextMetrics.awtFont(size, bold));
        g.setColor(color(c));
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public void icon(String pathData, Rect box, String c, double strokeWidth) {
        Path2D.Double path = new Path2D.Double();
        PathData.replay(pathData, box.x(), box.y(), box.width() / Icons.GRID, new PathData.Sink() {
            public void moveTo(double x, double y) {
                path.moveTo(x, y);
            }

            public void lineTo(double x, double y) {
                path.lineTo(x, y);
            }

            public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
                path.curveTo(x1, y1, x2, y2, x3, y3);
            }

            public void close() {
                path.closePath();
            }
        });
        g.setStroke(new BasicStroke((float) (strokeWidth * box.width() / Icons.GRID), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(color(c));
        g.draw(path);
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
