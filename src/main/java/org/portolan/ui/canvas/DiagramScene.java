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
import org.portolan.layout.DiagramLayout.Bundle;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;

/**
 * The diagram's scene graph, brought to each new layout. Scene nodes whose part of the layout is equal are
 * kept: a new node needs a CSS pass and a first paint, which for a 150-card diagram's thousands of arrows
 * and labels cost more than deriving the whole layout. Nothing else is remembered between layouts.
 *
 * <p>A dense layout shows its bundles, and the real arrows of the selected cards.
 */
final class DiagramScene {

    private final Group zones = new Group();
    private final Group lines = new Group();
    private final Group cards = new Group();
    private final Group bundles = new Group();
    private final Group labels = new Group();
    // Bundles over cards (a dense diagram's cards fill its zones), labels over everything: a port is never hidden.
    private final Group root = new Group(zones, lines, cards, bundles, labels);
    private final BiConsumer<String, Group> newCard;

    private DiagramLayout layout;
    private Set<String> selected = Set.of();
    private final Map<NodeBox, Group> cardsByBox = new HashMap<>();
    private final Map<String, Group> cardsById = new HashMap<>();
    private final Map<Connector, Group> linesShown = new HashMap<>();
    private final Map<Connector, Group> labelsShown = new HashMap<>();

    /** @param newCard called for every card created, to give it its gestures */
    DiagramScene(BiConsumer<String, Group> newCard) {
        this.newCard = newCard;
    }

    Group root() {
        return root;
    }

    /** Brings the scene graph to the layout. */
    void show(DiagramLayout layout) {
        boolean sameZones = this.layout != null && this.layout.zones().equals(layout.zones());
        boolean sameBundles = this.layout != null && this.layout.bundles().equals(layout.bundles());
        this.layout = layout;
        if (!sameZones) {
            zones.getChildren().clear();
            layout.zones().forEach(z -> zones.getChildren().addAll(FxDiagramPainter.zone(z)));
        }
        if (!sameBundles) {
            bundles.getChildren().clear();
            for (Bundle b : layout.bundles()) {
                bundles.getChildren().addAll(FxDiagramPainter.bundleLine(b), FxDiagramPainter.bundleLabel(b));
            }
        }
        showCards();
        showConnectors();
    }

    /** The selected cards: a dense diagram shows their arrows. */
    void select(Set<String> nodeIds) {
        selected = Set.copyOf(nodeIds);
        if (layout != null && layout.dense()) {
            showConnectors();
        }
    }

    private void showConnectors() {
        List<Connector> drawn = layout.dense() ? layout.connectorsOf(selected) : layout.connectors();
        sync(lines.getChildren(), linesShown, drawn, FxDiagramPainter::connectorLine);
        sync(labels.getChildren(), labelsShown, layout.dense() ? List.of() : drawn, FxDiagramPainter::connectorLabel);
    }

    private void showCards() {
        Map<NodeBox, Group> kept = new HashMap<>();
        List<Node> added = new ArrayList<>();
        cardsById.clear();
        for (NodeBox b : layout.nodes()) {
            Group card = cardsByBox.remove(b);
            if (card == null) {
                card = FxDiagramPainter.card(b);
                newCard.accept(b.node().id(), card);
                added.add(card);
            }
            kept.put(b, card);
            cardsById.put(b.node().id(), card);
        }
        replace(cards.getChildren(), new HashSet<>(cardsByBox.values()), added);
        cardsByBox.clear();
        cardsByBox.putAll(kept);
    }

    /** Shows a scene node for each part, keeping those of equal parts, made by {@code make} for the others. */
    private static <T> void sync(ObservableList<Node> children, Map<T, Group> shown, List<T> parts,
                                 java.util.function.Function<T, Group> make) {
        Map<T, Group> now = new HashMap<>();
        List<Node> added = new ArrayList<>();
        for (T part : parts) {
            Group node = shown.remove(part);
            if (node == null) {
                node = make.apply(part);
                added.add(node);
            }
            now.put(part, node);
        }
        replace(children, new HashSet<>(shown.values()), added);
        shown.clear();
        shown.putAll(now);
    }

    /** Removes and appends only what changed: nodes that stay are not re-added, so keep their CSS state. */
    private static void replace(ObservableList<Node> children, Set<Node> gone, List<Node> added) {
        if (!gone.isEmpty()) {
            children.removeIf(gone::contains);
        }
        children.addAll(added);
    }

    /** Every card on screen. */
    List<Group> cards() {
        return List.copyOf(cardsById.values());
    }

    Group card(String nodeId) {
        return cardsById.get(nodeId);
    }

    /** The line and label of the arrow from one node to another; empty when there is none on screen. */
    List<Group> connector(String sourceId, String targetId) {
        List<Group> found = new ArrayList<>();
        for (Map<Connector, Group> shown : List.of(linesShown, labelsShown)) {
            shown.forEach((c, node) -> {
                if (c.source().id().equals(sourceId) && c.target().id().equals(targetId)) {
                    found.add(node);
                }
            });
        }
        return found;
    }
}
