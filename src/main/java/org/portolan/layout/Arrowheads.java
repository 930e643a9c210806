package org.portolan.layout;

import java.util.ArrayList;
import java.util.List;

/** Where an arrow's shaft ends and its head goes, for every painter. */
public final class Arrowheads {

    public static final double LENGTH = 11;
    public static final double HALF_WIDTH = 4.5;

    private Arrowheads() {
    }

    /** The route up to the arrowhead's base, so that dashes never poke through the head. */
    static List<Vec> shaft(List<Vec> points, double scale) {
        List<Vec> shaft = new ArrayList<>(points.subList(0, points.size() - 1));
        shaft.add(base(points, scale));
        return shaft;
    }

    /** The route between the bases of the heads at both ends. */
    static List<Vec> shaftBetweenHeads(List<Vec> points, double scale) {
        return reversed(shaft(reversed(shaft(points, scale)), scale));
    }

    /** The head at the route's first point, for an arrow that points both ways. */
    static List<Vec> tail(List<Vec> points, double scale) {
        return head(reversed(points), scale);
    }

    private static List<Vec> reversed(List<Vec> points) {
        List<Vec> copy = new ArrayList<>(points);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The tip (the route's last point), then the two corners of the base. */
    static List<Vec> head(List<Vec> points, double scale) {
        Vec tip = points.get(points.size() - 1);
        Vec base = base(points, scale);
        Vec side = tip.minus(base).unit().perpendicular().times(HALF_WIDTH * scale);
        return List.of(tip, base.plus(side), base.minus(side));
    }

    private static Vec base(List<Vec> points, double scale) {
        Vec tip = points.get(points.size() - 1);
        Vec before = points.get(points.size() - 2);
        return tip.minus(tip.minus(before).unit().times(LENGTH * scale));
    }
}
