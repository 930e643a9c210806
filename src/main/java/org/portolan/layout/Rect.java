package org.portolan.layout;

/** An axis-aligned rectangle in canvas units. */
public record Rect(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Vec center() {
        return new Vec(centerX(), centerY());
    }

    public boolean intersects(Rect o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    public boolean contains(Vec p) {
        return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
    }

    public Rect inflate(double d) {
        return new Rect(x - d, y - d, width + 2 * d, height + 2 * d);
    }

    public Rect union(Rect o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
    }

    /** Whether the segment a–b passes through this rectangle (Liang–Barsky clipping). */
    public boolean intersectsSegment(Vec a, Vec b) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x, maxX() - a.x(), a.y() - y, maxY() - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where the ray from the centre towards {@code towards} leaves the rectangle. */
    public Vec borderPoint(Vec towards) {
        double dx = towards.x() - centerX();
        double dy = towards.y() - centerY();
        if (dx == 0 && dy == 0) {
            return center();
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (width / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (height / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Vec(centerX() + dx * s, centerY() + dy * s);
    }
}
