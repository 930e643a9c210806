package org.portolan.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.DiagramLayout.Bundle;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.DiagramLayout.NodeBox;

/**
 * The diagram's scene graph, brought to each new layout. Scene nodes of cards that are equal are kept, and
 * those of arrows between the same cards are brought to their new routes in place: a new node needs a CSS
 * pass and a first layout, which for a 150-card diagram's thousands of arrows and labels cost more than
 * deriving the whole layout. Nothing else is remembered between layouts.
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
    /** How much bundles grow in diagram units to keep their size on screen: 1 at 100 % and above. */
    private final DoubleBinding grow;

    private DiagramLayout layout;
    private Set<String> selected = Set.of();
    private final Map<NodeBox, Group> cardsByBox = new HashMap<>();
    private final Map<String, Group> cardsById = new HashMap<>();
    /** The arrows on screen, by their ends' ids. */
    private final Map<String, Shown> shown = new HashMap<>();

    /** An arrow on screen: the one it shows, its line, and its label (null when labels are not drawn). */
    private record Shown(Connector connector, Group line, Group label) {
    }

    /**
     * @param newCard called for every card created, to give it its gestures
     * @param zoom    the view's zoom: zoomed out, bundles keep their size on screen
     */
    DiagramScene(BiConsumer<String, Group> newCard, ObservableDoubleValue zoom) {
        this.newCard = newCard;
        this.grow = Bindings.createDoubleBinding(() -> 1 / Math.min(1, zoom.get()), zoom);
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
                bundles.getChildren().addAll(FxDiagramPainter.bundleLine(b, grow), FxDiagramPainter.bundleLabel(b, grow));
            }
        }
        showCards();
        showConnectors();
    }

    /** The selected cards: a dense diagram shows their arrows. */
    void select(Set<String> nodeIds) {
        if (selected.equals(nodeIds)) {
            return; // as after every edit: show() has drawn the selection's arrows already
        }
        selected = Set.copyOf(nodeIds);
        if (layout != null && layout.dense()) {
            showConnectors();
        }
    }

    /**
     * Shows the arrows drawn: an arrow already on screen between the same cards, of the same class, is brought
     * to its new route and label in place, which spares the styling and first layout of new scene nodes.
     */
    private void showConnectors() {
        boolean labelled = !layout.dense();
        List<Connector> drawn = labelled ? layout.connectors() : layout.connectorsOf(selected);
        Map<String, Shown> now = new HashMap<>();
        List<Node> addedLines = new ArrayList<>();
        List<Node> addedLabels = new ArrayList<>();
        for (Connector c : drawn) {
            String key = key(c.source().id(), c.target().id()) + c.trafficClass();
            Shown was = shown.remove(key);
            if (was != null && was.connector().trafficClass() == c.trafficClass() && labelled == (was.label() != null)) {
                Connector before = was.connector();
                if (before != c) {
                    FxDiagramPainter.reroute(was.line(), c, !before.points().equals(c.points())
                        || before.twoWay() != c.twoWay());
                    if (labelled) {
                        FxDiagramPainter.relabel(was.label(), c, !before.labelRect().equals(c.labelRect())
                                || !before.label().equals(c.label()));
                    }
                }
                now.put(key, new Shown(c, was.line(), was.label()));
                continue;
            }
            if (was != null) {
                shown.put(key, was); // removed below with the others that went
            }
            Group line = FxDiagramPainter.connectorLine(c);
            Group label = labelled ? FxDiagramPainter.connectorLabel(c) : null;
            addedLines.add(line);
            if (label != null) {
                addedLabels.add(label);
            }
            now.put(key, new Shown(c, line, label));
        }
        Set<Node> gone = new HashSet<>();
        shown.values().forEach(s -> {
            gone.add(s.line());
            if (s.label() != null) {
                gone.add(s.label());
            }
        });
        replace(lines.getChildren(), gone, addedLines);
        replace(labels.getChildren(), gone, addedLabels);
        shown.clear();
        shown.putAll(now);
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

    /** Removes and appends only what changed: nodes that stay are not re-added, so keep their CSS state. */
    private static void replace(ObservableList<Node> children, Set<Node> gone, List<Node> added) {
        if (!gone.isEmpty()) {
            children.removeIf(gone::contains);
        }
        children.addAll(added);
    }

    /** How faded what is out of focus is drawn. */
    private static final double FADED = 0.18;

    /**
     * Shows what is in focus in full and fades the rest: the arrows of the selected cards, or the arrow of a
     * port-table row ({@code flow}, which wins), with the cards at their ends. Nothing selected: everything.
     */
    void focus(Set<String> nodeIds, org.portolan.rules.Flow flow) {
        boolean on = flow != null || !nodeIds.isEmpty();
        Set<String> lit = new HashSet<>(nodeIds);
        for (Shown s : shown.values()) {
            Connector c = s.connector();
            boolean keep = !on || (flow != null ? c.flows().contains(flow)
                    : nodeIds.contains(c.source().id()) || nodeIds.contains(c.target().id()));
            if (keep && on) {
                lit.add(c.source().id());
                lit.add(c.target().id());
            }
            s.line().setOpacity(keep ? 1 : FADED);
            if (s.label() != null) {
                s.label().setOpacity(keep ? 1 : FADED);
            }
        }
        if (flow != null) {
            lit.removeAll(nodeIds); // a row shows its own two cards
            lit.add(flow.source().id());
            lit.add(flow.target().id());
        }
        for (Map.Entry<String, Group> e : cardsById.entrySet()) {
            NodeBox box = layout.nodeBox(e.getKey());
            double base = box != null && box.dimmed() ? FxDiagramPainter.DIMMED_OPACITY : 1;
            e.getValue().setOpacity(!on || lit.contains(e.getKey()) ? base : Math.min(base, 0.3));
        }
    }

    /** Every card on screen. */
    List<Group> cards() {
        return List.copyOf(cardsById.values());
    }

    Group card(String nodeId) {
        return cardsById.get(nodeId);
    }

    private static String key(String sourceId, String targetId) {
        return sourceId + '\u0000' + targetId;
    }

    /** The line and label of the arrow that carries {@code flow}; empty when there is none on screen. */
    List<Group> connector(org.portolan.rules.Flow flow) {
        String sourceId = flow.source().id();
        String targetId = flow.target().id();
        Shown s = shown.get(key(sourceId, targetId) + flow.trafficClass());
        if (s == null) {
            s = shown.get(key(targetId, sourceId) + flow.trafficClass());
        }
        if (s == null) {
            return List.of();
        }
        return s.label() == null ? List.of(s.line()) : List.of(s.line(), s.label());
    }
}
