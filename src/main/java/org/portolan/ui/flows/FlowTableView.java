package org.portolan.ui.flows;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.portolan.analysis.Analysis;
import org.portolan.flow.Flow;

/** The port table: one row per flow, the columns a firewall request needs. Sortable by any column. */
public final class FlowTableView extends TableView<Flow> {

    public FlowTableView(ObservableValue<Analysis> analysis) {
        setId("flow-table");
        setPlaceholder(new javafx.scene.control.Label("No connections: add servers to the diagram"));
        getColumns().add(column("Source", 130, f -> f.source().name()));
        getColumns().add(column("Target", 130, f -> f.target().name()));
        getColumns().add(column("Port", 70, f -> f.port().range().toString()));
        getColumns().add(column("Protocol", 70, f -> f.port().protocol().name()));
        getColumns().add(column("Services", 280, f -> String.join(", ", f.services())));
        getColumns().add(column("Rule", 50, f -> f.ruleId().name()));
        getColumns().add(column("Connector", 260, f -> String.join("; ", f.connectors())));
        getColumns().add(column("Crossing", 150, f -> f.crossing().toString()));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        analysis.addListener((obs, old, a) -> show(a));
        if (analysis.getValue() != null) {
            show(analysis.getValue());
        }
    }

    private void show(Analysis a) {
        getItems().setAll(FXCollections.observableArrayList(a.flows()));
    }

    private static TableColumn<Flow, String> column(String title, double width, Function<Flow, String> value) {
        TableColumn<Flow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setId("col-" + title.toLowerCase(java.util.Locale.ROOT));
        return c;
    }
}
