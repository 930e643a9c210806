package org.portolan.ui.canvas;

import org.portolan.model.NodeKind;
import org.portolan.model.ZoneKind;

/**
 * What a palette entry stands for: a node kind (with how many servers the new card stands for) or a zone kind.
 */
public record PaletteItem(NodeKind nodeKind, int count, ZoneKind zoneKind) {

    public static PaletteItem node(NodeKind kind) {
        return new PaletteItem(kind, 1, null);
    }

    /** A group: a DAG, a Client Access pool, a pair of Edges. */
    public static PaletteItem group(NodeKind kind, int count) {
        return new PaletteItem(kind, count, null);
    }

    public static PaletteItem zone(ZoneKind kind) {
        return new PaletteItem(null, 1, kind);
    }
}
