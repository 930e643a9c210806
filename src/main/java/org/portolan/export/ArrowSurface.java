package org.portolan.export;

import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramStyle;

/**
 * A surface that draws a whole arrow from its connector, rather than as a line and a polygon: an overview's
 * 66,000 arrows then make no lists of points (see {@link PixelArrows}).
 */
interface ArrowSurface {

    /** Draws the arrow exactly as {@link DrawingSurface#polyline} of its shaft, then {@code polygon} of its head. */
    void arrow(Connector c, DiagramStyle.Line style);
}
