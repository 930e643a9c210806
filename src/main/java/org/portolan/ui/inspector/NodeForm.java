package org.portolan.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.m365.EndpointList;
import org.portolan.m365.Office365Endpoints;

/**
 * A node's form: name, kind, zone, site, subscription and addresses. It follows its node through every edit
 * that keeps the node's kind and the zones to choose from (a move, a rename, another site, an undo of one),
 * updating its fields in place: a new form would lose what is being typed, and styling and laying one out
 * cost the window a frame of its own with the software renderer.
 */
final class NodeForm {

    /** Sends one undoable edit. */
    interface Editor {
        void edit(String name, UnaryOperator<Topology> change);
    }

    private final String id;
    private final NodeKind kind;
    private final List<String> zoneIds;
    private final Supplier<Topology> topology;
    private final Label title;
    private final TextField name;
    private final ChoiceBox<String> zone = new ChoiceBox<>();
    private final TextField site;
    /** For an Edge only; null otherwise. */
    private final CheckBox subscribed;
    /** For a load balancer only; null otherwise. */
    private final CheckBox preauthentication;
    /** For kinds that may stand for a group; null otherwise. */
    private final TextField count;
    private final TextArea addresses;
    private final List<javafx.scene.Node> children = new ArrayList<>();
    /** The node as the fields show it. */
    private Node shown;
    /** Set while the zone choice is brought to the model, which is not the user choosing a zone. */
    private boolean settingZone;

    /** Address typing that could not be kept, by node id: shown again, red, when the node's form comes back. */
    private final java.util.Map<String, String> drafts;

    NodeForm(Node n, List<String> zoneIds, Supplier<Topology> topology, Editor editor) {
        this(n, zoneIds, topology, editor, new java.util.HashMap<>());
    }

    NodeForm(Node n, List<String> zoneIds, Supplier<Topology> topology, Editor editor,
             java.util.Map<String, String> drafts) {
        this.drafts = drafts;
        this.id = n.id();
        this.kind = n.kind();
        this.zoneIds = List.copyOf(zoneIds);
        this.topology = topology;
        this.shown = n;
        title = Forms.title(n.name());
        name = Forms.text(n.name(), "inspector-name", v -> !v.isBlank(), () -> current().name(),
                v -> editor.edit("Rename " + current().name(), x -> x.withNode(node(x).withName(v.trim()))));
        ChoiceBox<NodeKind> kinds = new ChoiceBox<>();
        kinds.getItems().setAll(NodeKind.values());
        kinds.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NodeKind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public NodeKind fromString(String s) {
                return kind;
            }
        });
        kinds.setValue(kind);
        kinds.setId("inspector-kind");
        kinds.setOnAction(e -> {
            if (kinds.getValue() != kind) {
                NodeKind k = kinds.getValue();
                editor.edit("Change kind of " + current().name(), x -> {
                    Node c = node(x);
                    return x.withNode(new Node(c.id(), k, c.name(), c.zoneId(), c.site(),
                            k == NodeKind.EDGE ? c.subscribed() : null, c.addresses(), c.position(),
                            k.allowsCount() ? c.count() : 1, k == NodeKind.LOAD_BALANCER ? c.preauthentication() : null));
                });
            }
        });
        zone.getItems().setAll(zoneIds);
        // Zones by name; the id stays what the choice holds.
        zone.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : topology.get().zone(id).map(z -> z.name()).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        zone.setValue(n.zoneId());
        zone.setId("inspector-zone");
        zone.setOnAction(e -> {
            String to = zone.getValue();
            if (!settingZone && to != null && !to.equals(current().zoneId())) {
                editor.edit("Move " + current().name() + " to " + to, x -> x.withNode(node(x).withZone(to)));
            }
        });
        site = Forms.text(siteText(n), "inspector-site", v -> true, () -> siteText(current()),
                v -> editor.edit("Set site of " + current().name(),
                        x -> x.withNode(node(x).withSite(v.isBlank() ? null : v.trim()))));
        site.setPromptText(Node.DEFAULT_SITE);
        GridPane grid = Forms.grid();
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Kind"), kinds);
        grid.addRow(row++, new Label("Zone"), zone);
        grid.addRow(row++, new Label("AD site"), site);
        if (kind == NodeKind.EDGE) {
            subscribed = new CheckBox("Edge Subscription");
            subscribed.setId("inspector-subscribed");
            subscribed.setSelected(n.isSubscribed());
            subscribed.setOnAction(e -> editor.edit((subscribed.isSelected() ? "Subscribe " : "Unsubscribe ")
                    + current().name(), x -> x.withNode(node(x).withSubscribed(subscribed.isSelected()))));
            grid.addRow(row++, new Label("Subscribed"), subscribed);
        } else {
            subscribed = null;
        }
        Label countProblem = new Label();
        if (kind.allowsCount()) {
            count = Forms.text(Integer.toString(n.count()), "inspector-count", v -> countProblem(v) == null,
                    () -> Integer.toString(current().count()), v -> editor.edit("Set count of " + current().name(),
                            x -> x.withNode(node(x).withCount(Integer.parseInt(v.trim())))));
            count.setPrefColumnCount(6);
            count.setTooltip(new javafx.scene.control.Tooltip("How many identical servers the card stands for:"
                    + " a DAG, a Client Access pool, an Edge pair (1 to " + Node.MAX_COUNT + ")"));
            countProblem.setId("inspector-count-problem");
            countProblem.setWrapText(true);
            countProblem.setStyle("-fx-text-fill: #dc2626; -fx-font-size: 11px;");
            count.textProperty().addListener((obs, old, v) -> {
                String problem = countProblem(v);
                countProblem.setText(problem == null ? "" : problem);
            });
            grid.addRow(row++, new Label("Servers"), count);
            grid.add(countProblem, 1, row++);
        } else {
            count = null;
        }
        if (kind == NodeKind.LOAD_BALANCER) {
            preauthentication = new CheckBox("Pre-authenticates users");
            preauthentication.setId("inspector-preauthentication");
            preauthentication.setSelected(n.preauthenticates());
            preauthentication.setOnAction(e -> editor.edit((preauthentication.isSelected() ? "Turn on" : "Turn off")
                    + " pre-authentication on " + current().name(),
                    x -> x.withNode(node(x).withPreauthentication(preauthentication.isSelected()))));
            preauthentication.setTooltip(new javafx.scene.control.Tooltip("The device pre-authenticates users before"
                    + " it forwards to Client Access; with Office 365 this raises F15"));
            grid.add(preauthentication, 0, row++, 2, 1);
        } else {
            preauthentication = null;
        }
        addresses = new TextArea(addressText(n));
        addresses.setId("inspector-addresses");
        Forms.committed(addresses, () -> addressText(current()));
        addresses.setPrefRowCount(3);
        Forms.tabMovesOn(addresses);
        addresses.setPromptText(kind == NodeKind.INTERNAL_CLIENTS ? "10.20.0.0/16" : "10.0.0.5");
        Label problem = new Label();
        problem.setId("inspector-address-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #dc2626; -fx-font-size: 11px;");
        // Validated as you type; kept only when every line is a valid address or range.
        addresses.textProperty().addListener((obs, old, v) -> {
            String error = addressProblem(v);
            problem.setText(error == null ? "" : error);
            addresses.setStyle(error == null ? "" : Forms.INVALID);
        });
        addresses.focusedProperty().addListener((obs, was, is) -> {
            if (!is && addressProblem(addresses.getText()) != null) {
                drafts.put(id, addresses.getText()); // never dropped silently: back, red, when the node is
            }
            if (!is && addresses.getScene() != null && addressProblem(addresses.getText()) == null) {
                drafts.remove(id);
                List<NetworkAddress> parsed = parseAddresses(addresses.getText());
                if (!parsed.equals(current().addresses())) {
                    editor.edit("Set addresses of " + current().name(), x -> x.withNode(node(x).withAddresses(parsed)));
                }
            }
        });
        children.addAll(List.of(title, Forms.muted(kind.description()), grid,
                new Label(kind == NodeKind.LOAD_BALANCER ? "Virtual IP addresses, one per line"
                        : "IP addresses or subnets, one per line"), addresses, problem));
        if (drafts.containsKey(id)) {
            addresses.setText(drafts.get(id));
        }
        if (kind == NodeKind.OFFICE_365) {
            EndpointList list = Office365Endpoints.active();
            children.add(Forms.muted("Without addresses, the Office 365 rules use Microsoft's endpoint sets: "
                    + list.describe(EndpointList.EXCHANGE_ONLINE_PROTECTION) + " for SMTP; "
                    + list.describe(EndpointList.EXCHANGE_ONLINE) + " for HTTPS. File → Update Microsoft 365"
                    + " endpoints… replaces them with a current download."));
        }
    }

    List<javafx.scene.Node> children() {
        return children;
    }

    /** True when this form can show {@code n} among these zones by updating its fields. */
    boolean canShow(Node n, List<String> zones) {
        return n.id().equals(id) && n.kind() == kind && zones.equals(zoneIds);
    }

    /**
     * Brings the fields to {@code n}. A field whose text differs from what it showed is being typed into, and
     * keeps the typing, unless {@code reset}: the form is shown again, and typing left in it when it was taken
     * off is dropped, as it was when forms were made anew.
     */
    void show(Node n, boolean reset) {
        if (reset) {
            name.setText(shown.name());
            site.setText(siteText(shown));
            addresses.setText(drafts.getOrDefault(id, addressText(shown)));
        }
        title.setText(n.name());
        Forms.follow(name, shown.name(), n.name());
        Forms.follow(site, siteText(shown), siteText(n));
        Forms.follow(addresses, addressText(shown), addressText(n));
        settingZone = true;
        try {
            zone.setValue(n.zoneId());
        } finally {
            settingZone = false;
        }
        if (subscribed != null) {
            subscribed.setSelected(n.isSubscribed());
        }
        if (preauthentication != null) {
            preauthentication.setSelected(n.preauthenticates());
        }
        if (count != null) {
            if (reset) {
                count.setText(Integer.toString(shown.count()));
            }
            Forms.follow(count, Integer.toString(shown.count()), Integer.toString(n.count()));
        }
        shown = n;
    }


    /** The node as the model holds it now (as shown, when it has just been deleted). */
    private Node current() {
        return topology.get().node(id).orElse(shown);
    }

    private Node node(Topology t) {
        return t.node(id).orElseThrow();
    }

    private static String siteText(Node n) {
        return n.site() == null ? "" : n.site();
    }

    private static String addressText(Node n) {
        return String.join("\n", n.addresses().stream().map(Object::toString).toList());
    }

    /** Why a count cannot be kept, or null when it is a whole number from 1 to 10,000. */
    static String countProblem(String text) {
        String t = text.trim();
        if (t.isEmpty() || !t.chars().allMatch(Character::isDigit) || t.length() > 5) {
            return "Enter a whole number of servers from 1 to " + Node.MAX_COUNT;
        }
        int v = Integer.parseInt(t);
        return v < 1 || v > Node.MAX_COUNT ? "Enter a whole number of servers from 1 to " + Node.MAX_COUNT : null;
    }

    static String addressProblem(String text) {
        int line = 0;
        for (String raw : text.split("\n", -1)) {
            line++;
            if (raw.isBlank()) {
                continue;
            }
            try {
                NetworkAddress.parse(raw);
            } catch (IllegalArgumentException e) {
                return "Line " + line + ": " + e.getMessage();
            }
        }
        return null;
    }

    static List<NetworkAddress> parseAddresses(String text) {
        List<NetworkAddress> list = new ArrayList<>();
        for (String raw : text.split("\n")) {
            if (!raw.isBlank()) {
                NetworkAddress a = NetworkAddress.parse(raw);
                if (!list.contains(a)) {
                    list.add(a);
                }
            }
        }
        return list;
    }
}
