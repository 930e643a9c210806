package org.portolan.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;
import org.portolan.ui.DiagramDocument;
import org.portolan.ui.Selection;

/**
 * Properties of the selection: a node's name, kind, zone, site, subscription and addresses; a zone's
 * name and kind; with nothing selected, the organisation options the rules depend on. Every change is one
 * undoable edit.
 */
public final class Inspector extends ScrollPane {

    private final DiagramDocument document;
    private final Selection selection;
    private final VBox body = new VBox(10);

    public Inspector(DiagramDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
        setId("inspector");
        setFitToWidth(true);
        org.portolan.ui.Viewports.paintDirectly(this);
        setPrefWidth(290);
        setMinWidth(250);
        body.setPadding(new Insets(12));
        setContent(body);
        document.topologyProperty().addListener((javafx.beans.Observable o) -> rebuild());
        selection.nodes().addListener((SetChangeListener<String>) c -> rebuild());
        selection.zoneProperty().addListener((obs, old, z) -> rebuild());
        rebuild();
    }

    /** What the inspector shows now; see {@link #shownState}. */
    private Record shown;

    private void rebuild() {
        Topology t = document.topology();
        Record key = shownState(t);
        if (key.equals(shown)) {
            return; // e.g. the selected node was moved: its form would come back the same, and lose any typing
        }
        if (shownZone != null && shown instanceof NodeForm was && key instanceof NodeForm now && was.onlyZoneDiffers(now)) {
            // Dropped into another zone: a new form would lose any typing, and cost a frame of its own to
            // style and lay out.
            shown = key;
            settingZone = true;
            try {
                shownZone.setValue(now.node().zoneId());
            } finally {
                settingZone = false;
            }
            return;
        }
        shown = key;
        shownZone = null;
        body.getChildren().clear();
        if (selection.nodes().size() == 1) {
            t.node(selection.nodes().iterator().next()).ifPresent(this::showNode);
        } else if (selection.nodes().size() > 1) {
            body.getChildren().addAll(title(selection.nodes().size() + " nodes selected"),
                    muted("Drag to move them together, Delete to remove them, Ctrl+D to duplicate."));
        } else if (selection.zoneProperty().get() != null && t.zone(selection.zoneProperty().get()).isPresent()) {
            showZone(t.zone(selection.zoneProperty().get()).get());
        } else {
            showOptions(t);
        }
    }

    /** The zone choice of the node form on show, which follows the node into another zone. */
    private ChoiceBox<String> shownZone;
    /** Set while {@link #shownZone} is updated to the model, which is not the user choosing a zone. */
    private boolean settingZone;

    /** A node's form: the node (its position aside, which the form does not show) and the zones to choose from. */
    private record NodeForm(Node node, List<String> zoneIds) {
        /** Both show the same node in the same zones, but for the zone the node is in. */
        boolean onlyZoneDiffers(NodeForm other) {
            return node != null && other.node != null && node.withZone(other.node.zoneId()).equals(other.node)
                    && zoneIds.equals(other.zoneIds);
        }
    }

    private record SeveralNodes(int count) {
    }

    private record ZoneForm(String id, ZoneKind kind, String name) {
    }

    private record OptionsForm(String diagramName, Options options) {
    }

    /** Everything the inspector shows for the current selection, to rebuild only when that changes. */
    private Record shownState(Topology t) {
        if (selection.nodes().size() == 1) {
            String id = selection.nodes().iterator().next();
            return new NodeForm(t.node(id).map(n -> n.withPosition(null)).orElse(null),
                    t.zones().stream().map(z -> z.id()).toList());
        }
        if (selection.nodes().size() > 1) {
            return new SeveralNodes(selection.nodes().size());
        }
        String zoneId = selection.zoneProperty().get();
        if (zoneId != null && t.zone(zoneId).isPresent()) {
            var zone = t.zone(zoneId).get();
            return new ZoneForm(zone.id(), zone.kind(), zone.name());
        }
        return new OptionsForm(t.name(), t.options());
    }

    private void showNode(Node n) {
        Topology t = document.topology();
        GridPane grid = grid();
        TextField name = text(n.name(), "inspector-name", v -> !v.isBlank(),
                v -> edit("Rename " + n.name(), x -> x.withNode(x.node(n.id()).orElseThrow().withName(v.trim()))));
        ChoiceBox<NodeKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(NodeKind.values());
        kind.setValue(n.kind());
        kind.setId("inspector-kind");
        kind.setOnAction(e -> {
            if (kind.getValue() != n.kind()) {
                NodeKind k = kind.getValue();
                edit("Change kind of " + n.name(), x -> {
                    Node c = x.node(n.id()).orElseThrow();
                    return x.withNode(new Node(c.id(), k, c.name(), c.zoneId(), c.site(),
                            k == NodeKind.EDGE ? c.subscribed() : null, c.addresses(), c.position()));
                });
            }
        });
        ChoiceBox<String> zone = new ChoiceBox<>();
        t.zones().forEach(z -> zone.getItems().add(z.id()));
        zone.setValue(n.zoneId());
        zone.setId("inspector-zone");
        zone.setOnAction(e -> {
            String current = document.topology().node(n.id()).map(Node::zoneId).orElse(null);
            if (!settingZone && zone.getValue() != null && !zone.getValue().equals(current)) {
                edit("Move " + n.name() + " to " + zone.getValue(), x -> x.withNode(x.node(n.id()).orElseThrow().withZone(zone.getValue())));
            }
        });
        shownZone = zone;
        TextField site = text(n.site() == null ? "" : n.site(), "inspector-site", v -> true,
                v -> edit("Set site of " + n.name(), x -> x.withNode(x.node(n.id()).orElseThrow().withSite(v.isBlank() ? null : v.trim()))));
        site.setPromptText(Node.DEFAULT_SITE);
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Kind"), kind);
        grid.addRow(row++, new Label("Zone"), zone);
        grid.addRow(row++, new Label("AD site"), site);
        if (n.kind() == NodeKind.EDGE) {
            CheckBox subscribed = new CheckBox("Edge Subscription");
            subscribed.setId("inspector-subscribed");
            subscribed.setSelected(n.isSubscribed());
            subscribed.setOnAction(e -> edit((subscribed.isSelected() ? "Subscribe " : "Unsubscribe ") + n.name(),
                    x -> x.withNode(x.node(n.id()).orElseThrow().withSubscribed(subscribed.isSelected()))));
            grid.addRow(row++, new Label("Subscribed"), subscribed);
        }
        TextArea addresses = new TextArea(String.join("\n", n.addresses().stream().map(Object::toString).toList()));
        addresses.setId("inspector-addresses");
        addresses.setPrefRowCount(3);
        addresses.setPromptText(n.kind() == NodeKind.INTERNAL_CLIENTS ? "10.20.0.0/16" : "10.0.0.5");
        Label problem = new Label();
        problem.setId("inspector-address-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #dc2626; -fx-font-size: 11px;");
        // Validated as you type; kept only when every line is a valid address or range.
        addresses.textProperty().addListener((obs, old, v) -> {
            String error = addressProblem(v);
            problem.setText(error == null ? "" : error);
            addresses.setStyle(error == null ? "" : "-fx-border-color: #dc2626; -fx-border-radius: 4;");
        });
        addresses.focusedProperty().addListener((obs, was, is) -> {
            if (!is && addresses.getScene() != null && addressProblem(addresses.getText()) == null) {
                List<NetworkAddress> parsed = parseAddresses(addresses.getText());
                if (!parsed.equals(n.addresses())) {
                    edit("Set addresses of " + n.name(), x -> x.withNode(x.node(n.id()).orElseThrow().withAddresses(parsed)));
                }
            }
        });
        body.getChildren().addAll(title(n.name()), muted(n.kind().description()), grid,
                new Label("IP addresses or subnets, one per line"), addresses, problem);
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

    private void showZone(Zone z) {
        GridPane grid = grid();
        TextField name = text(z.name(), "inspector-zone-name", v -> !v.isBlank(),
                v -> edit("Rename zone " + z.name(), x -> org.portolan.edit.TopologyEdits.replaceZone(x,
                        new Zone(z.id(), z.kind(), v.trim(), x.zone(z.id()).orElseThrow().bounds()))));
        ChoiceBox<ZoneKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(ZoneKind.values());
        kind.setValue(z.kind());
        kind.setId("inspector-zone-kind");
        kind.setOnAction(e -> {
            if (kind.getValue() != z.kind()) {
                edit("Change kind of zone " + z.name(), x -> org.portolan.edit.TopologyEdits.replaceZone(x,
                        new Zone(z.id(), kind.getValue(), z.name(), x.zone(z.id()).orElseThrow().bounds())));
            }
        });
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("Id"), new Label(z.id()));
        body.getChildren().addAll(title("Zone"), grid,
                muted("Drag the handle at the bottom-right corner to resize. Nodes dropped inside belong to the zone."));
    }

    private void showOptions(Topology t) {
        Options o = t.options();
        TextField name = text(t.name(), "inspector-diagram-name", v -> !v.isBlank(),
                v -> edit("Rename diagram", x -> x.withName(v.trim())));
        body.getChildren().addAll(title("Organisation"), new Label("Diagram name"), name,
                muted("Options that decide which rules apply (rules file, \"Options\")."),
                option("HTTP, 80/TCP (C2)", o.http(), "option-http", v -> o.withHttp(v)),
                option("IMAP4, 143 and 993/TCP (C3)", o.imap4(), "option-imap4", v -> o.withImap4(v)),
                option("POP3, 110 and 995/TCP (C4)", o.pop3(), "option-pop3", v -> o.withPop3(v)),
                option("SMTP submission, 587/TCP (C5)", o.smtpClientSubmission(), "option-submission", v -> o.withSmtpClientSubmission(v)),
                option("Send connector to the Internet", o.internetSendConnector(), "option-send-connector", v -> o.withInternetSendConnector(v)),
                option("Proxy outbound mail through CAS (N3)", o.outboundProxyThroughCas(), "option-proxy-cas", v -> o.withOutboundProxyThroughCas(v)));
        TextField port = text(o.senderReputationProxyPort() == null ? "" : o.senderReputationProxyPort().toString(),
                "option-proxy-port", v -> v.isBlank() || v.matches("\\d{1,5}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 65535,
                v -> edit("Set sender reputation proxy port", x -> x.withOptions(x.options()
                        .withSenderReputationProxyPort(v.isBlank() ? null : Integer.parseInt(v.trim())))));
        port.setPromptText("none (1-65535)");
        body.getChildren().addAll(new Label("Sender reputation proxy port (E7)"), port);
    }

    private CheckBox option(String text, boolean value, String id, java.util.function.Function<Boolean, Options> change) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(value);
        box.setWrapText(true);
        box.setOnAction(e -> edit((box.isSelected() ? "Turn on " : "Turn off ") + text,
                x -> x.withOptions(change.apply(box.isSelected()))));
        return box;
    }

    /** A field that commits on Enter or when it loses focus, and only when {@code valid} accepts the text. */
    private TextField text(String value, String id, java.util.function.Predicate<String> valid, Consumer<String> commit) {
        TextField field = new TextField(value);
        field.setId(id);
        Runnable apply = () -> {
            String v = field.getText();
            // A field removed by a rebuild (after an undo, say) loses focus too: that must not commit.
            if (field.getScene() != null && !v.equals(value) && valid.test(v)) {
                commit.accept(v);
            }
        };
        field.textProperty().addListener((obs, old, v) ->
                field.setStyle(valid.test(v) ? "" : "-fx-border-color: #dc2626; -fx-border-radius: 4;"));
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                apply.run();
            }
        });
        return field;
    }

    private void edit(String name, java.util.function.UnaryOperator<Topology> change) {
        document.edit(name, change);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: #64748b; -fx-font-size: 11px;");
        return l;
    }
}
