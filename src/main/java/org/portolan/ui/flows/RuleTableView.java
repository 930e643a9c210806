package org.portolan.ui.flows;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.portolan.analysis.Analysis;
import org.portolan.firewall.AddressObject;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.firewall.PolicyRule;

/**
 * The firewall rules as the sheet and the Capirca export write them: one row per zone crossing, source object,
 * destination object and service set, beside the per-host connections of the port table. Derived only while
 * shown: at 1,000 servers it reads every flow.
 */
public final class RuleTableView extends BorderPane {

    private final TableView<PolicyRule> table = new TableView<>();
    private final Label summary = new Label();
    private final ObservableValue<Analysis> analysis;
    private Analysis shown;

    public RuleTableView(ObservableValue<Analysis> analysis) {
        this.analysis = analysis;
        table.setId("rule-table");
        summary.setId("rule-summary");
        table.setPlaceholder(new Label("No firewall rules: add servers to the diagram"));
        table.getColumns().add(column("#", 44, r -> Integer.toString(r.number())));
        table.getColumns().add(column("Crossing", 210, r -> r.crossing().from().name()
                + (r.crossing().passesFirewall() ? " → " + r.crossing().to().name() : " (inside)")));
        table.getColumns().add(objectColumn("Source", r -> r.source()));
        table.getColumns().add(objectColumn("Destination", r -> r.destination()));
        table.getColumns().add(column("Service", 160, r -> r.service().name()));
        table.getColumns().add(column("Ports", 130, r -> r.service().isAny() ? "any" : r.service().portList()));
        table.getColumns().add(column("Rule", 80, PolicyRule::ruleIdList));
        table.getColumns().add(column("Connections", 90, r -> Integer.toString(r.flows().size())));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        summary.setPadding(new Insets(6, 8, 6, 8));
        summary.setStyle("-fx-text-fill: #475569;");
        setTop(summary);
        setCenter(table);
    }

    /** Brings the rows up to the current analysis, when it changed since they were derived. */
    public void refresh() {
        Analysis a = analysis.getValue();
        if (a == null || a == shown) {
            return;
        }
        shown = a;
        FirewallPolicy policy = FirewallPolicy.of(a.topology(), a.flows());
        table.setItems(FXCollections.observableArrayList(policy.rules()));
        summary.setText(policy.restricted().size() + " firewall rules and " + policy.unrestricted().size()
                + " unrestricted rules (R1/R2) over " + policy.objects().size() + " address objects, for "
                + a.flows().size() + " connections");
    }

    public TableView<PolicyRule> table() {
        return table;
    }

    private static TableColumn<PolicyRule, String> objectColumn(String title, Function<PolicyRule, AddressObject> of) {
        TableColumn<PolicyRule, String> c = column(title, 200, r -> of.apply(r).name());
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                PolicyRule r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(r == null ? null : new Tooltip(of.apply(r).description() + "\n"
                        + String.join("\n", of.apply(r).addresses().stream().limit(20).toList())
                        + (of.apply(r).addresses().size() > 20 ? "\n…" : "")));
            }
        });
        return c;
    }

    private static TableColumn<PolicyRule, String> column(String title, double width, Function<PolicyRule, String> value) {
        TableColumn<PolicyRule, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
