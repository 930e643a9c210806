package org.portolan.ui.canvas;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.portolan.rules.Flow;
import org.portolan.rules.TrafficClass;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Bundle;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.DiagramStyle;
import org.portolan.layout.Icons;
import org.portolan.layout.NodeBoxes;
import org.portolan.layout.Rect;
import org.portolan.layout.Vec;
import org.portolan.ui.toolkit.Fonts;

/** Turns parts of the shared {@link DiagramLayout} into scene-graph nodes; decides colours, never positions. */
final class FxDiagramPainter {

    /** A card the view shows no connection of. */
    static final double DIMMED_OPACITY = 0.35;

    private static final String TOOLTIP = "portolan.tooltip";
    private static final String CONNECTOR = "portolan.connector";
    /** Style class of a zone's area (not its title). */
    static final String ZONE_AREA = "zone";

    private FxDiagramPainter() {
    }

    static List<javafx.scene.Node> zone(ZoneArea z) {
        Rect r = z.rect();
        Rectangle area = new Rectangle(r.x(), r.y(), r.width(), r.height());
        area.setArcWidth(16);
        area.setArcHeight(16);
        area.setFill(Color.web(DiagramStyle.zoneFill(z.zone().kind())));
        area.setStroke(Color.web(DiagramStyle.zoneStroke(z.zone().kind())));
        area.setStrokeWidth(1.5);
        area.getStyleClass().add(ZONE_AREA);
        area.setId("zone-" + z.zone().id());
        Text title = new Text(r.x() + 14, r.y() + 25, z.title());
        title.setFont(Fonts.bold(DiagramLayouter.ZONE_TITLE_FONT));
        title.setFill(Color.web(DiagramStyle.zoneTitle(z.zone().kind())));
        return List.of(area, title);
    }

    static Group card(NodeBox b) {
        Rect r = b.rect();
        Rectangle body = new Rectangle(r.x(), r.y(), r.width(), r.height());
        body.setArcWidth(DiagramStyle.CARD_RADIUS * 2);
        body.setArcHeight(DiagramStyle.CARD_RADIUS * 2);
        body.setFill(Color.web(DiagramStyle.CARD_FILL));
        body.setStroke(Color.web(DiagramStyle.CARD_STROKE));
        // A soft offset rectangle instead of a DropShadow effect: effects are costly in software rendering.
        Rectangle shadow = new Rectangle(r.x() + 0.5, r.y() + 2, r.width(), r.height());
        shadow.setArcWidth(DiagramStyle.CARD_RADIUS * 2);
        shadow.setArcHeight(DiagramStyle.CARD_RADIUS * 2);
        shadow.setFill(Color.rgb(15, 23, 42, 0.07));
        Rect iconBox = NodeBoxes.icon(b);
        SVGPath icon = new SVGPath();
        icon.setContent(Icons.pathData(b.node().kind()));
        icon.setFill(null);
        icon.setStroke(Color.web(DiagramStyle.accent(b.node().kind())));
        icon.setStrokeWidth(2);
        icon.setStrokeLineCap(StrokeLineCap.ROUND);
        icon.setStrokeLineJoin(StrokeLineJoin.ROUND);
        double scale = iconBox.width() / Icons.GRID;
        icon.getTransforms().addAll(new javafx.scene.transform.Translate(iconBox.x(), iconBox.y()),
                new javafx.scene.transform.Scale(scale, scale));
        Vec t = NodeBoxes.title(b);
        Text title = new Text(t.x(), t.y(), b.title());
        title.setFont(Fonts.bold(DiagramLayouter.TITLE_FONT));
        title.setFill(Color.web(DiagramStyle.TEXT));
        Vec s = NodeBoxes.subtitle(b);
        Text subtitle = new Text(s.x(), s.y(), b.subtitle());
        subtitle.setFont(Fonts.regular(DiagramLayouter.SUBTITLE_FONT));
        subtitle.setFill(Color.web(DiagramStyle.MUTED_TEXT));
        Group card = new Group();
        // A group (a DAG, a pool) is a stack of cards.
        for (Rect behind : NodeBoxes.stack(b)) {
            Rectangle sheet = new Rectangle(behind.x(), behind.y(), behind.width(), behind.height());
            sheet.setArcWidth(DiagramStyle.CARD_RADIUS * 2);
            sheet.setArcHeight(DiagramStyle.CARD_RADIUS * 2);
            sheet.setFill(Color.web(DiagramStyle.CARD_FILL));
            sheet.setStroke(Color.web(DiagramStyle.CARD_STROKE));
            card.getChildren().add(sheet);
        }
        card.getChildren().addAll(shadow, body, icon, title, subtitle);
        card.setId("node-" + b.node().id());
        if (b.dimmed()) {
            card.setOpacity(DIMMED_OPACITY); // the view shows none of its connections
            card.getStyleClass().add("dimmed");
        }
        card.getStyleClass().add("node-card");
        lazyTooltip(card, () -> b.node().name() + "\n" + b.node().kind().description()
                + (b.node().addresses().isEmpty() ? "" : "\n" + b.node().addresses().stream()
                .map(Object::toString).collect(Collectors.joining(", "))));
        return card;
    }

    static Group connectorLine(Connector c) {
        Group g = arrow(c.shaft(), c.head(), DiagramStyle.line(c.trafficClass()), DiagramStyle.line(c.trafficClass()).width());
        Polygon tail = new Polygon();
        tail.setFill(Color.web(DiagramStyle.line(c.trafficClass()).color()));
        points(tail.getPoints(), c.tail());
        g.getChildren().add(tail);
        g.getStyleClass().add("connector");
        describe(g, c);
        return g;
    }

    /**
     * Brings a line made by {@link #connectorLine} to {@code c}, an arrow of the same traffic class; its points
     * (and heads: one or two) are set only when {@code moved} or turned, so that an arrow that stays is not
     * painted again.
     */
    static void reroute(Group line, Connector c, boolean moved) {
        if (moved) {
            points(((Polyline) line.getChildren().get(0)).getPoints(), c.shaft());
            points(((Polygon) line.getChildren().get(1)).getPoints(), c.head());
            points(((Polygon) line.getChildren().get(2)).getPoints(), c.tail());
        }
        describe(line, c);
    }

    private static void points(javafx.collections.ObservableList<Double> into, List<Vec> points) {
        Double[] xy = new Double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i).x();
            xy[2 * i + 1] = points.get(i).y();
        }
        into.setAll(xy);
    }

    /** The arrow a node's tooltip describes: read when the pointer first comes over it after a change. */
    private static void describe(Group node, Connector c) {
        Object was = node.getProperties().put(CONNECTOR, c);
        if (was == null) {
            lazyTooltip(node, () -> tooltip((Connector) node.getProperties().get(CONNECTOR)));
        } else if (node.getProperties().remove(TOOLTIP) instanceof Tooltip stale) {
            Tooltip.uninstall(node, stale);
        }
    }

    /**
     * A dense diagram's bundle: a wide arrow between two groups of cards. Zoomed out, its line, head and label
     * keep their size on screen ({@code grow} is how much they grow in diagram units), so that the bundles of
     * a diagram fitted to the window can still be read.
     */
    static Group bundleLine(Bundle b, ObservableDoubleValue grow) {
        Group g = arrow(b.shaft(), b.head(), DiagramStyle.line(b.trafficClass()), b.width());
        Polyline line = (Polyline) g.getChildren().get(0);
        line.strokeWidthProperty().bind(Bindings.multiply(b.width(), grow));
        Vec tip = b.points().get(b.points().size() - 1);
        g.getChildren().get(1).getTransforms().add(scaled(grow, tip.x(), tip.y()));
        g.getStyleClass().add("bundle");
        lazyTooltip(g, () -> bundleTooltip(b));
        return g;
    }

    private static Scale scaled(ObservableDoubleValue grow, double pivotX, double pivotY) {
        Scale scale = new Scale(1, 1, pivotX, pivotY);
        scale.xProperty().bind(grow);
        scale.yProperty().bind(grow);
        return scale;
    }

    private static Group arrow(List<Vec> shaft, List<Vec> head, DiagramStyle.Line style, double width) {
        Color color = Color.web(style.color());
        Polyline line = new Polyline();
        for (Vec p : shaft) {
            line.getPoints().addAll(p.x(), p.y());
        }
        line.setStroke(color);
        line.setStrokeWidth(width);
        line.getStrokeDashArray().addAll(style.dashes().stream().map(d -> d * width / style.width()).toList());
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);
        line.setStrokeLineCap(StrokeLineCap.BUTT); // as the exporters draw them
        Polygon arrowhead = new Polygon();
        for (Vec p : head) {
            arrowhead.getPoints().addAll(p.x(), p.y());
        }
        arrowhead.setFill(color);
        return new Group(line, arrowhead);
    }

    static Group connectorLabel(Connector c) {
        Group g = label(c.labelRect(), c.label(), c.trafficClass());
        g.getStyleClass().add("connector-label");
        g.setId("label-" + c.source().id() + "-" + c.target().id() + "-" + c.trafficClass().name().toLowerCase(java.util.Locale.ROOT));
        describe(g, c);
        return g;
    }

    /** Brings a label made by {@link #connectorLabel} to {@code c}, an arrow of the same traffic class. */
    static void relabel(Group label, Connector c, boolean changed) {
        describe(label, c);
        if (!changed) {
            return;
        }
        Rect r = c.labelRect();
        Rectangle box = (Rectangle) label.getChildren().get(0);
        box.setX(r.x());
        box.setY(r.y());
        box.setWidth(r.width());
        box.setHeight(r.height());
        label.getChildren().remove(1, label.getChildren().size());
        label.getChildren().addAll(lines(r, c.label()));
    }

    static Group bundleLabel(Bundle b, ObservableDoubleValue grow) {
        Group g = label(b.labelRect(), b.label(), b.trafficClass());
        g.getTransforms().add(scaled(grow, b.labelRect().centerX(), b.labelRect().centerY()));
        g.getStyleClass().add("bundle-label");
        lazyTooltip(g, () -> bundleTooltip(b));
        return g;
    }

    private static Group label(Rect r, String text, TrafficClass trafficClass) {
        Rectangle box = new Rectangle(r.x(), r.y(), r.width(), r.height());
        box.setArcWidth(8);
        box.setArcHeight(8);
        box.setFill(Color.web(DiagramStyle.LABEL_FILL));
        box.setStroke(Color.web(DiagramStyle.line(trafficClass).color()));
        box.setStrokeWidth(0.8);
        Group g = new Group(box);
        g.getChildren().addAll(lines(r, text));
        return g;
    }

    /** A label's text, a line per direction for an arrow both ways. */
    private static List<Text> lines(Rect r, String text) {
        List<String> lines = DiagramLayouter.labelLines(text);
        List<Text> texts = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Text t = new Text(r.x() + DiagramLayouter.LABEL_INSET, DiagramLayouter.labelBaseline(r, i), lines.get(i));
            t.setFont(Fonts.regular(DiagramLayouter.LABEL_FONT));
            t.setFill(Color.web(DiagramStyle.TEXT));
            texts.add(t);
        }
        return texts;
    }

    /**
     * Creates the tooltip when the pointer first comes over the node: building hundreds of tooltips on every
     * edit was most of the time an edit took.
     */
    private static void lazyTooltip(javafx.scene.Node node, java.util.function.Supplier<String> text) {
        node.setOnMouseEntered(e -> {
            if (node.getProperties().get(TOOLTIP) == null) {
                Tooltip t = new Tooltip(text.get());
                node.getProperties().put(TOOLTIP, t);
                Tooltip.install(node, t);
            }
        });
    }

    private static String bundleTooltip(Bundle b) {
        return String.format(java.util.Locale.ROOT, "%,d connections from %s (%s) to %s (%s)%n%s%n%s",
                b.arrows(), b.sourceKind().displayName(), b.sourceZone().name(), b.targetKind().displayName(),
                b.targetZone().name(), b.trafficClass().label(), b.ports());
    }

    private static String tooltip(Connector c) {
        StringBuilder sb = new StringBuilder();
        direction(sb, c.source().name() + " → " + c.target().name(), c.forward());
        if (c.twoWay()) {
            direction(sb.append("\n\n"), c.target().name() + " → " + c.source().name(), c.backward());
        }
        return sb.toString();
    }

    private static void direction(StringBuilder sb, String heading, List<Flow> flows) {
        sb.append(heading);
        for (Flow f : flows) {
            sb.append('\n').append(f.ruleId()).append("  ").append(f.port()).append("  ")
                    .append(String.join(", ", f.services()));
        }
    }
}
