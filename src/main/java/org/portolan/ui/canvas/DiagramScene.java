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
    private final OverviewArrows overview = new OverviewArrows();
    private final BiConsumer<String, Group> newCard;

    private List<ZoneArea> shownZones = List.of();
    private final Map<String, Card> cardsById = new HashMap<>();
    private Map<Connector, List<Group>> connectors = Map.of();

    /** @param look what the card shows; see {@link #look(NodeBox)} */
    private record Card(NodeBox look, Group group) {
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

    /** Brings the scene graph to the layout, at the zoom the overview arrows are drawn for. */
    void show(DiagramLayout layout, double zoom) {
        if (!layout.zones().equals(shownZones)) {
            zones.getChildren().clear();
            layout.zones().forEach(z -> zones.getChildren().addAll(FxDiagramPainter.zone(z)));
            shownZones = layout.zones();
        }
        showConnectors(layout, zoom);
        showCards(layout);
    }

    private void showConnectors(DiagramLayout layout, double zoom) {
        if (layout.overview()) {
            if (connectors.size() > 0 || lines.getChildren().isEmpty()) {
                connectors = Map.of();
                labels.getChildren().clear();
                lines.getChildren().setAll(overview.node());
            }
            overview.show(layout, zoom);
            return;
        }
        overview.clear();
        Map<Connector, List<Group>> shown = new HashMap<>();
        List<Node> addedLines = new ArrayList<>();
        List<Node> addedLabels = new ArrayList<>();
        Map<Connector, List<Group>> old = new HashMap<>(connectors);
        for (Connector c : layout.connectors()) {
            List<Group> nodes = old.remove(c);
            if (nodes == null) {
                nodes = FxDiagramPainter.connector(c);
                addedLines.add(nodes.get(0));
                addedLabels.add(nodes.get(1));
            }
            shown.put(c, nodes);
        }
        Set<Node> gone = new HashSet<>();
        old.values().forEach(gone::addAll);
        if (!lines.getChildren().isEmpty() && lines.getChildren().get(0) == overview.node()) {
            lines.getChildren().clear();
        }
        replace(lines.getChildren(), gone, addedLines);
        replace(labels.getChildren(), gone, addedLabels);
        connectors = shown;
    }

    private void showCards(DiagramLayout layout) {
        Set<Node> gone = new HashSet<>();
        List<Node> added = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (NodeBox b : layout.nodes()) {
            String id = b.node().id();
            present.add(id);
            Card card = cardsById.get(id);
            if (card != null && card.look().equals(look(b))) {
                continue;
            }
            if (card != null) {
                gone.add(card.group());
            }
            Group group = FxDiagramPainter.card(b);
            newCard.accept(id, group);
            cardsById.put(id, new Card(look(b), group));
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

    /** The selected nodes, whose arrows the overview keeps on a layer of their own. */
    void lift(Set<String> nodeIds) {
        overview.lift(nodeIds);
    }

    Map<String, Group> cards() {
        Map<String, Group> groups = new HashMap<>();
        cardsById.forEach((id, card) -> groups.put(id, card.group()));
        return groups;
    }

    Group card(String nodeId) {
        Card card = cardsById.get(nodeId);
        return card == null ? null : card.group();
    }

    Map<Connector, List<Group>> connectors() {
        return connectors;
    }
}
