package org.portolan.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.layout.Rect;

/**
 * The diagram's scene graph, kept in step with the layout: after an edit only the cards, zones and arrows
 * that changed are rebuilt. New scene nodes need a CSS pass and a first paint, which on a 1,000-node
 * diagram cost more than computing the flows.
 */
final class DiagramScene {

    private final Group zones = new Group();
    private final Group lines = new Group();
    private final Group cards = new Group();
    private final Group labels = new Group();
    // Labels above cards and lines, so a port is never hidden.
    private final Group root = new Group(zones, lines, cards, labels);
    private final Group underlay = new Group();
    private final OverviewArrows overview = new OverviewArrows(this::syncCards);
    private final BiConsumer<String, Group> newCard;

    private List<ZoneArea> shownZones = List.of();
    private final Map<String, Card> cardsById = new HashMap<>();
    /** The arrows on screen, by source and target id. */
    private Map<String, Shown> connectors = Map.of();

    /** An arrow on screen: what it shows, its nodes, and where its label was built (it may have moved since). */
    private record Shown(Connector connector, Group line, Group label, Rect labelBuiltAt) {
    }

    /**
     * @param box  the box the card was made from
     * @param look what the card shows; see {@link #look(NodeBox)}
     */
    private record Card(NodeBox box, NodeBox look, Group group) {
        /** True when the card shows {@code b}: checked without copying the node where it is plainly so. */
        boolean shows(NodeBox b) {
            return box == b || box.node() == b.node() && box.rect().equals(b.rect()) && box.title().equals(b.title())
                    && box.subtitle().equals(b.subtitle()) || look.equals(DiagramScene.look(b));
        }
    }

    /**
     * What a card shows: its box without the node's recorded position, which a card does not show (the
     * box's rectangle is where it is). Pinning an auto-placed node then keeps its card.
     */
    private static NodeBox look(NodeBox b) {
        return new NodeBox(b.node().withPosition(null), b.rect(), b.title(), b.subtitle());
    }

    /** @param newCard called for every card created, to give it its gestures */
    DiagramScene(BiConsumer<String, Group> newCard) {
        this.newCard = newCard;
    }

    Group root() {
        return root;
    }

    /**
     * What goes under {@link #root()}, outside its zoom: the overview image, drawn for the zoom and placed in
     * unscaled coordinates so that it can be painted pixel for pixel.
     */
    Group underlay() {
        return underlay;
    }

    /** Brings the scene graph to the layout, at the zoom the overview arrows are drawn for. */
    void show(DiagramLayout layout, double zoom) {
        if (!layout.zones().equals(shownZones)) {
            zones.getChildren().clear();
            layout.zones().forEach(z -> zones.getChildren().addAll(FxDiagramPainter.zone(z)));
            shownZones = layout.zones();
        }
        showConnectors(layout, zoom);
        showCards(layout);
        syncCards();
    }

    /**
     * Cards and zone areas the overview image draws are not painted as nodes (opacity 0 skips them), but stay
     * in the scene to be clicked, dragged and hovered; the others, the selection among them, are painted as
     * usual. Zone titles stay nodes, crisp at any zoom.
     */
    private void syncCards() {
        cardsById.forEach((id, card) -> card.group().setOpacity(overview.showsCard(id) ? 0 : 1));
        double zoneOpacity = overview.showsZones() ? 0 : 1;
        for (Node n : zones.getChildren()) {
            if (n.getStyleClass().contains(FxDiagramPainter.ZONE_AREA)) {
                n.setOpacity(zoneOpacity);
            }
        }
    }

    private void showConnectors(DiagramLayout layout, double zoom) {
        boolean showingOverview = !underlay.getChildren().isEmpty();
        if (layout.overview()) {
            if (!showingOverview) {
                connectors = Map.of();
                labels.getChildren().clear();
                lines.getChildren().clear();
                underlay.getChildren().setAll(overview.node());
            }
            overview.show(layout, zoom);
            return;
        }
        if (showingOverview) {
            underlay.getChildren().clear();
        }
        overview.clear();
        Map<String, Shown> shown = new HashMap<>();
        List<Node> addedLines = new ArrayList<>();
        List<Node> addedLabels = new ArrayList<>();
        Set<Node> gone = new HashSet<>();
        Map<String, Shown> old = new HashMap<>(connectors);
        for (Connector c : layout.connectors()) {
            String key = key(c.source().id(), c.target().id());
            Shown was = old.remove(key);
            boolean sameStyle = was != null && was.connector().trafficClass() == c.trafficClass();
            Group line;
            if (was != null && was.connector().sameRoute(c)) {
                line = was.line();
            } else {
                line = FxDiagramPainter.connectorLine(c);
                addedLines.add(line);
                if (was != null) {
                    gone.add(was.line());
                }
            }
            Group label;
            Rect builtAt;
            if (sameStyle && was.connector().label().equals(c.label())) {
                // Labels make way for each other: after an edit many only move, and moving is cheaper than
                // building (and styling, and painting for the first time) a new one.
                label = was.label();
                builtAt = was.labelBuiltAt();
                label.setLayoutX(c.labelRect().x() - builtAt.x());
                label.setLayoutY(c.labelRect().y() - builtAt.y());
            } else {
                label = FxDiagramPainter.connectorLabel(c);
                builtAt = c.labelRect();
                addedLabels.add(label);
                if (was != null) {
                    gone.add(was.label());
                }
            }
            FxDiagramPainter.describe(line, c);
            FxDiagramPainter.describe(label, c);
            shown.put(key, new Shown(c, line, label, builtAt));
        }
        old.values().forEach(s -> {
            gone.add(s.line());
            gone.add(s.label());
        });
        replace(lines.getChildren(), gone, addedLines);
        replace(labels.getChildren(), gone, addedLabels);
        connectors = shown;
    }

    private static String key(String sourceId, String targetId) {
        return sourceId + '\u0000' + targetId;
    }

    private void showCards(DiagramLayout layout) {
        Set<Node> gone = new HashSet<>();
        List<Node> added = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (NodeBox b : layout.nodes()) {
            String id = b.node().id();
            present.add(id);
            Card card = cardsById.get(id);
            if (card != null && card.shows(b)) {
                continue;
            }
            if (card != null) {
                gone.add(card.group());
            }
            Group group = FxDiagramPainter.card(b);
            newCard.accept(id, group);
            cardsById.put(id, new Card(b, look(b), group));
            added.add(group);
        }
        cardsById.entrySet().removeIf(e -> {
            if (!present.contains(e.getKey())) {
                gone.add(e.getValue().group());
                return true;
            }
            return false;
        });
        replace(cards.getChildren(), gone, added);
    }

    /** Removes and appends only what changed: nodes that stay are not re-added, so keep their CSS state. */
    private static void replace(ObservableList<Node> children, Set<Node> gone, List<Node> added) {
        if (!gone.isEmpty()) {
            children.removeIf(gone::contains);
        }
        children.addAll(added);
    }

    /** Redraws the overview arrows for a new zoom (nothing else depends on the zoom). */
    void rezoom(DiagramLayout layout, double zoom) {
        if (layout.overview()) {
            overview.show(layout, zoom);
        }
    }

    /** The view's zoom changed (see {@link OverviewArrows#zoomed}); zoomed in, overview cards are drawn as nodes again. */
    void zoomed(double zoom) {
        overview.zoomed(zoom);
    }

    /** The selected nodes, whose arrows the overview keeps on a layer of their own. */
    void lift(Set<String> nodeIds) {
        overview.lift(nodeIds);
    }

    /** Every card on screen. */
    List<Group> cards() {
        return cardsById.values().stream().map(Card::group).toList();
    }

    Group card(String nodeId) {
        Card card = cardsById.get(nodeId);
        return card == null ? null : card.group();
    }

    /** The line and label of the arrow from one node to another; empty when there is none on screen. */
    List<Group> connector(String sourceId, String targetId) {
        Shown s = connectors.get(key(sourceId, targetId));
        return s == null ? List.of() : List.of(s.line(), s.label());
    }
}
