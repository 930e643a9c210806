package org.portolan.layout;

import java.util.List;
import org.portolan.rules.TrafficClass;
import org.portolan.model.NodeKind;
import org.portolan.model.ZoneKind;

/** Colours and line styles of the diagram, as #rrggbb, shared by every painter so exports match the screen. */
public final class DiagramStyle {

    public static final String CARD_FILL = "#ffffff";
    public static final String CARD_STROKE = "#cbd5e1";
    public static final String TEXT = "#0f172a";
    public static final String MUTED_TEXT = "#475569";
    /** A card the view shows no connection of: its outline, icon and role. */
    public static final String DIMMED = "#d5dbe3";
    /** And its name: faded, still legible. */
    public static final String DIMMED_TEXT = "#a3acb9";
    public static final String LABEL_FILL = "#ffffff";
    public static final double CARD_RADIUS = 8;

    /** How a traffic class is drawn. */
    public record Line(String color, double width, List<Double> dashes) {
    }

    private DiagramStyle() {
    }

    /** How each traffic class is drawn, made once. */
    private static final Line[] LINES = java.util.Arrays.stream(TrafficClass.values()).map(DiagramStyle::make)
            .toArray(Line[]::new);

    public static Line line(TrafficClass c) {
        return LINES[c.ordinal()];
    }

    private static Line make(TrafficClass c) {
        return switch (c) {
            case MAIL -> new Line("#d97706", 2.2, List.of());
            case CLIENT -> new Line("#2563eb", 1.8, List.of());
            case DIRECTORY -> new Line("#7c3aed", 2.0, List.of(7.0, 4.0));
            case DNS -> new Line("#0d9488", 1.8, List.of(2.0, 4.0));
            case HYBRID -> new Line("#db2777", 2.2, List.of());
            case PROXY -> new Line("#92400e", 1.8, List.of(9.0, 3.0, 2.0, 3.0));
            case UNRESTRICTED -> new Line("#64748b", 1.5, List.of(5.0, 5.0));
        };
    }

    public static String zoneFill(ZoneKind kind) {
        return switch (kind) {
            case EXTERNAL -> "#fef2f2";
            case PERIMETER -> "#fffbeb";
            case INTERNAL -> "#f0fdf4";
        };
    }

    public static String zoneStroke(ZoneKind kind) {
        return switch (kind) {
            case EXTERNAL -> "#fca5a5";
            case PERIMETER -> "#fcd34d";
            case INTERNAL -> "#86efac";
        };
    }

    public static String zoneTitle(ZoneKind kind) {
        return switch (kind) {
            case EXTERNAL -> "#991b1b";
            case PERIMETER -> "#92400e";
            case INTERNAL -> "#166534";
        };
    }

    public static String accent(NodeKind kind) {
        return switch (kind) {
            case INTERNET -> "#2563eb";
            case OFFICE_365 -> "#ea580c";
            case EDGE -> "#b45309";
            case CAS -> "#0284c7";
            case MAILBOX -> "#0f766e";
            case MULTI_ROLE -> "#4f46e5";
            case DNS -> "#0d9488";
            case DOMAIN_CONTROLLER -> "#9a3412";
            case INTERNAL_CLIENTS -> "#475569";
            case LOAD_BALANCER -> "#7c3aed";
        };
    }
}
