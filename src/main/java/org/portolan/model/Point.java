package org.portolan.model;

/** A position on the diagram canvas, in canvas units (1 unit = 1 px at 100 % zoom). */
public record Point(double x, double y) {

    public Point {
        x += 0.0; // -0.0 becomes 0.0: the file cannot tell them apart, so neither may equals()
        y += 0.0;
    }
}
