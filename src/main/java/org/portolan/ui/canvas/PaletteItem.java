package org.portolan.ui.canvas;

import org.portolan.model.NodeKind;
import org.portolan.model.ZoneKind;

/** What a palette entry stands for: a node kind or a zone kind. */
public record PaletteItem(NodeKind nodeKind, ZoneKind zoneKind) {

    public static PaletteItem node(NodeKind kind) {
        return new PaletteItem(kind, null);
    }

    public static PaletteItem zone(ZoneKind kind) {
        return new PaletteItem(null, kind);
    }
}
