package org.portolan.ui.document;

import java.util.Collection;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** What the user has selected: nodes (by id) or one zone, never both. */
public final class Selection {

    private final ObservableSet<String> nodes = FXCollections.observableSet();
    private final ObjectProperty<String> zone = new SimpleObjectProperty<>(this, "zone");

    public ObservableSet<String> nodes() {
        return nodes;
    }

    public ObjectProperty<String> zoneProperty() {
        return zone;
    }

    public void selectNodes(Collection<String> ids) {
        zone.set(null);
        if (!nodes.equals(Set.copyOf(ids))) {
            nodes.clear();
            nodes.addAll(ids);
        }
    }

    public void toggle(String id) {
        zone.set(null);
        if (!nodes.remove(id)) {
            nodes.add(id);
        }
    }

    public void selectZone(String id) {
        nodes.clear();
        zone.set(id);
    }

    public void clear() {
        nodes.clear();
        zone.set(null);
    }

    /** Drops ids that no longer exist (after undo, delete or open). */
    public void retainExisting(Collection<String> existingNodes, Collection<String> existingZones) {
        nodes.retainAll(existingNodes);
        if (zone.get() != null && !existingZones.contains(zone.get())) {
            zone.set(null);
        }
    }
}
