package org.portolan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A drawn Exchange organisation: options, zones and nodes. Immutable: every edit makes a new topology,
 * which is what gives the editor cheap undo and the flow engine a stable input.
 */
public final class Topology {

    private final String name;
    private final Options options;
    private final List<Zone> zones;
    private final List<Node> nodes;
    private final Map<String, Zone> zonesById;
    private final Map<String, Node> nodesById;
    private final ChangeRequest changeRequest;

    /**
     * @param zones the zones the file declares; the implicit external, perimeter and internal zones are
     *              added for every id the list does not define
     */
    public Topology(String name, Options options, List<Zone> zones, List<Node> nodes) {
        this(name, options, zones, nodes, ChangeRequest.NONE);
    }

    /** @param changeRequest the sheet's change-request fields, kept with the diagram */
    public Topology(String name, Options options, List<Zone> zones, List<Node> nodes, ChangeRequest changeRequest) {
        this.changeRequest = Objects.requireNonNull(changeRequest, "changeRequest");
        this.name = Objects.requireNonNull(name, "name");
        this.options = Objects.requireNonNull(options, "options");
        this.nodes = List.copyOf(nodes);
        this.zones = withImplicitZones(zones, this.nodes);
        this.zonesById = index(this.zones, Zone::id, "zone");
        this.nodesById = index(this.nodes, Node::id, "node");
        for (Node node : this.nodes) {
            if (!zonesById.containsKey(node.zoneId())) {
                throw new IllegalArgumentException("node " + node.id() + " refers to unknown zone " + node.zoneId());
            }
        }
    }

    public static Topology empty(String name) {
        return new Topology(name, Options.DEFAULTS, implicitZones(), List.of());
    }

    /** A new diagram: no nodes, and the three zones "Internet", "Perimeter network" and "Internal network". */
    public static List<Zone> implicitZones() {
        return java.util.Arrays.stream(ZoneKind.values()).map(Zone::implicit).toList();
    }

    /**
     * The zone a node of {@code kind} that names none goes into: the first declared zone of the kind's default
     * zone kind, else the implicit one.
     */
    public static String defaultZoneId(List<Zone> declared, NodeKind kind) {
        return declared.stream().filter(z -> z.kind() == kind.defaultZone()).map(Zone::id).findFirst()
                .orElse(kind.defaultZone().implicitId());
    }

    /** The declared zones, and an implicit one only for a node that is in it (rules file v2, "Zones"). */
    private static List<Zone> withImplicitZones(List<Zone> declared, List<Node> nodes) {
        List<Zone> all = new ArrayList<>();
        for (ZoneKind kind : ZoneKind.values()) {
            if (declared.stream().noneMatch(z -> z.id().equals(kind.implicitId()))
                    && nodes.stream().anyMatch(n -> n.zoneId().equals(kind.implicitId()))) {
                all.add(Zone.implicit(kind));
            }
        }
        all.addAll(declared);
        // The implicit ones first in kind order, then the file's; keeps layout and output order stable.
        List<Zone> ordered = new ArrayList<>();
        for (ZoneKind kind : ZoneKind.values()) {
            all.stream().filter(z -> z.id().equals(kind.implicitId())).findFirst().ifPresent(ordered::add);
        }
        all.stream().filter(z -> !ordered.contains(z)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id " + id.apply(item));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    public String name() {
        return name;
    }

    public Options options() {
        return options;
    }

    public List<Zone> zones() {
        return zones;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodesById.get(id));
    }

    public Optional<Zone> zone(String id) {
        return Optional.ofNullable(zonesById.get(id));
    }

    /** The zone a node sits in; every node's zone exists (checked on construction). */
    public Zone zoneOf(Node node) {
        return zonesById.get(node.zoneId());
    }

    public Map<NodeKind, List<Node>> nodesByKind() {
        Map<NodeKind, List<Node>> byKind = new EnumMap<>(NodeKind.class);
        for (Node node : nodes) {
            byKind.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(node);
        }
        return byKind;
    }

    public ChangeRequest changeRequest() {
        return changeRequest;
    }

    public Topology withChangeRequest(ChangeRequest newRequest) {
        return new Topology(name, options, zones, nodes, newRequest);
    }

    public Topology withName(String newName) {
        return new Topology(newName, options, zones, nodes, changeRequest);
    }

    public Topology withOptions(Options newOptions) {
        return new Topology(name, newOptions, zones, nodes, changeRequest);
    }

    public Topology withNodes(List<Node> newNodes) {
        return new Topology(name, options, zones, newNodes, changeRequest);
    }

    public Topology withZones(List<Zone> newZones) {
        return new Topology(name, options, newZones, nodes, changeRequest);
    }

    /** Replaces the node with the same id. */
    public Topology withNode(Node replacement) {
        List<Node> copy = new ArrayList<>(nodes);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(replacement.id())) {
                copy.set(i, replacement);
                return withNodes(copy);
            }
        }
        throw new IllegalArgumentException("no node with id " + replacement.id());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Topology other && name.equals(other.name) && options.equals(other.options)
                && zones.equals(other.zones) && nodes.equals(other.nodes) && changeRequest.equals(other.changeRequest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, options, zones, nodes, changeRequest);
    }

    @Override
    public String toString() {
        return "Topology[" + name + ", " + zones.size() + " zones, " + nodes.size() + " nodes]";
    }
}
