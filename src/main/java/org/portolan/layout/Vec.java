package org.portolan.layout;

/** A point or direction in canvas units. */
public record Vec(double x, double y) {

    public Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y);
    }

    public Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y);
    }

    public Vec times(double f) {
        return new Vec(x * f, y * f);
    }

    public double length() {
        return Math.sqrt(x * x + y * y); // Math.hypot guards against overflow we cannot have, at ten times the cost
    }

    public Vec unit() {
        double l = length();
        return l == 0 ? new Vec(0, 0) : new Vec(x / l, y / l);
    }

    /** This direction turned 90° clockwise on screen (y grows downwards). */
    public Vec perpendicular() {
        return new Vec(-y, x);
    }

    public Vec lerp(Vec to, double t) {
        return new Vec(x + (to.x - x) * t, y + (to.y - y) * t);
    }
}
