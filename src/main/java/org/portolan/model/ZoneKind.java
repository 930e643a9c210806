package org.portolan.model;

/** The three kinds of network segment a firewall separates (rules file, "Zones"). */
public enum ZoneKind {
    EXTERNAL("external", "Internet"),
    PERIMETER("perimeter", "Perimeter network"),
    INTERNAL("internal", "Internal network");

    private final String implicitId;
    private final String defaultName;

    ZoneKind(String implicitId, String defaultName) {
        this.implicitId = implicitId;
        this.defaultName = defaultName;
    }

    /** Id of the zone of this kind that exists in every topology unless the file redefines it. */
    public String implicitId() {
        return implicitId;
    }

    public String defaultName() {
        return defaultName;
    }
}
