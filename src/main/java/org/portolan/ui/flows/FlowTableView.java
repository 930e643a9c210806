package org.portolan.ui.flows;

import org.portolan.firewall.FlowEnds;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.portolan.analysis.Analysis;
import org.portolan.analysis.View;
import org.portolan.rules.Crossing;
import org.portolan.rules.Flow;
import org.portolan.ui.document.Selection;

/**
 * The port table: one row per flow, sortable by any column, filtered by text, by zone crossing and by
 * the selected nodes.
 */
public final class FlowTableView extends BorderPane {

    public static final String ALL_CROSSINGS = "All crossings";

    /** The analysis shown, and every flow of it. */
    private Analysis shown;
    private List<Flow> all = List.of();
    /** The flows of the selected nodes (all of them when none is selected), which the text and crossing filter. */
    private List<Flow> flows = List.of();
    /** The rows the text and crossing let through, in new lists whenever the rows change (see {@link #setRows}). */
    private FilteredList<Flow> filtered = new FilteredList<>(FXCollections.observableArrayList());
    private final TableView<Flow> table = new TableView<>();
    private final TextField search = new TextField();
    private final ChoiceBox<String> crossing = new ChoiceBox<>();
    private final Label count = new Label();
    private final Selection selection;
    private final ObservableValue<View> view;
    /** Set while the crossing list is refreshed after an edit, which is not the user choosing a crossing. */
    private boolean updatingCrossings;

    /** The rows follow {@code view}: the flows of the concern the diagram shows. */
    public FlowTableView(ObservableValue<Analysis> analysis, ObservableValue<View> view, Selection selection) {
        this.selection = selection;
        this.view = view;
        table.setId("flow-table");
        search.setId("flow-search");
        crossing.setId("flow-crossing");
        count.setId("flow-count");
        table.setPlaceholder(new Label("No connections: add servers to the diagram"));
        // Rows are one line, the theme's 2.8em. Without a fixed size the table measured its rows one more per
        // pulse to better its estimate of their height: after selecting a node, 350 pulses (six seconds) of
        // layout passes, and every edit meanwhile shared the FX thread with them.
        table.setStyle("-fx-fixed-cell-size: 2.8em;");
        table.getColumns().add(column("Source", 130, f -> FlowEnds.name(f, true)));
        table.getColumns().add(column("Target", 130, f -> FlowEnds.name(f, false)));
        TableColumn<Flow, String> port = column("Port", 70, f -> f.port().range().toString());
        port.setComparator((a, b) -> portKey(a).compareTo(portKey(b)));
        table.getColumns().add(port);
        table.getColumns().add(column("Protocol", 70, f -> f.port().protocol().name()));
        table.getColumns().add(column("Services", 280, f -> String.join(", ", f.services())));
        table.getColumns().add(column("Rule", 50, f -> f.ruleId().name()));
        table.getColumns().add(column("Connector", 260, f -> String.join("; ", f.connectors())));
        table.getColumns().add(column("Crossing", 170, f -> f.crossing().label()));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Through a sorted list only while a column is sorted on: a sorted list holds an element per row, made
        // after every edit, even with nothing to sort by.
        table.setSortPolicy(t -> {
            if (table.getItems() != ordered(filtered, table.getItems())) {
                table.setItems(ordered(filtered, null));
            }
            return true;
        });
        setRows(List.of(), false);

        search.setPromptText("Filter: name, port, service, rule …");
        HBox.setHgrow(search, Priority.ALWAYS);
        crossing.getItems().add(ALL_CROSSINGS);
        crossing.setValue(ALL_CROSSINGS);
        crossing.setPrefWidth(180);
        crossing.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the search field gives way, not these
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, search, crossing, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        setCenter(table);

        search.textProperty().addListener((obs, old, v) -> refilter());
        crossing.valueProperty().addListener((obs, old, v) -> {
            if (!updatingCrossings) {
                refilter();
            }
        });
        selection.nodes().addListener((SetChangeListener<String>) c -> {
            setRows(ofSelection(shown), false); // other rows: from the top
            updateCount();
            table.layout(); // see show(): new cells now, not after the pulse's CSS pass, which takes a second pulse
        });
        // Invalidation, not change: a change listener would compare every flow on every edit.
        analysis.addListener((javafx.beans.Observable o) -> show(analysis.getValue()));
        view.addListener((javafx.beans.Observable o) -> {
            if (shown != null) {
                show(shown);
            }
        });
        if (analysis.getValue() != null) {
            show(analysis.getValue());
        }
    }

    public TableView<Flow> table() {
        return table;
    }

    private void show(Analysis a) {
        String chosen = crossing.getValue();
        var crossings = a.crossings().stream().map(Crossing::label).distinct().sorted().toList();
        String keep = crossings.contains(chosen) ? chosen : ALL_CROSSINGS;
        List<String> items = new java.util.ArrayList<>(crossings.size() + 1);
        items.add(ALL_CROSSINGS);
        items.addAll(crossings);
        if (!items.equals(crossing.getItems())) { // refilling the list rebuilds its popup menu
            updatingCrossings = true;
            try {
                crossing.getItems().setAll(items);
                crossing.setValue(keep);
            } finally {
                updatingCrossings = false;
            }
        }
        shown = a;
        all = view.getValue().filter(a.flows());
        List<Flow> rows = ofSelection(a);
        // Rows that are equal, as when an option leaves the selected node's flows alone, are kept: refilling
        // them restyles and repaints the table for nothing.
        boolean sameRows = rows.equals(flows);
        if (!sameRows) {
            setRows(rows, true); // the filter as it stands applies to the new rows
        }
        if (keep.equals(chosen)) {
            updateCount();
        } else {
            refilter(); // the crossing filtered on is gone
        }
        if (!sameRows) {
            // Laid out now, before the pulse's CSS pass: the table's rows take their new cells while being laid
            // out, and after the CSS pass that cost a second pulse, and a second repaint, for every edit.
            table.layout();
        }
    }

    /**
     * Shows {@code rows} through new lists rather than refilling the table's, which for a large diagram costs
     * more than making the lists anew. Scrolled as it was when {@code keepScroll}, at the top otherwise.
     */
    private void setRows(List<Flow> rows, boolean keepScroll) {
        int first = keepScroll && table.lookup(".virtual-flow") instanceof VirtualFlow<?> rowsShown
                && rowsShown.getFirstVisibleCell() != null ? rowsShown.getFirstVisibleCell().getIndex() : 0;
        // Over the rows as they are, not a copy: nothing changes them, new rows come in new lists.
        FilteredList<Flow> nowFiltered = new FilteredList<>(FXCollections.observableList(rows),
                filtered.getPredicate());
        flows = rows;
        filtered = nowFiltered;
        table.setItems(ordered(nowFiltered, null));
        // The table keeps its scroll bar where it was, in proportion, whatever the rows: placed as wanted.
        table.scrollTo(Math.max(0, Math.min(first, nowFiltered.size() - 1)));
    }

    /**
     * The rows in the order the user sorted the table in, or as they come when no column is sorted on;
     * {@code shown} when it already is that.
     */
    private javafx.collections.ObservableList<Flow> ordered(FilteredList<Flow> rows,
                                                           javafx.collections.ObservableList<Flow> shown) {
        java.util.Comparator<Flow> order = table.getSortOrder().isEmpty() ? null : table.getComparator();
        if (order == null) {
            return rows;
        }
        if (shown instanceof SortedList<Flow> sorted && sorted.getSource() == rows && sorted.getComparator() == order) {
            return shown;
        }
        return new SortedList<>(rows, order);
    }

    private void refilter() {
        String text = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        String cross = crossing.getValue();
        boolean anyCrossing = cross == null || ALL_CROSSINGS.equals(cross);
        filtered.setPredicate(anyCrossing && text.isEmpty() ? null
                : f -> (anyCrossing || f.crossing().label().equals(cross)) && (text.isEmpty() || matches(f, text)));
        updateCount();
    }

    /**
     * The flows from or to a selected node; all when none is. Picked out by the analysis rather than by the
     * table's filter, which would test every flow against each of its criteria after every edit.
     */
    private List<Flow> ofSelection(Analysis a) {
        if (a == null) {
            return List.of();
        }
        Set<String> nodes = selection.nodes();
        return nodes.isEmpty() ? view.getValue().filter(a.flows()) : a.flowsOf(nodes, view.getValue());
    }

    private void updateCount() {
        count.setText(filtered.size() == all.size() ? all.size() + " flows"
                : filtered.size() + " of " + all.size() + " flows");
    }

    private static boolean matches(Flow f, String text) {
        String haystack = (FlowEnds.name(f, true) + ' ' + FlowEnds.name(f, false) + ' ' + f.port() + ' ' + f.ruleId() + ' '
                + String.join(" ", f.services()) + ' ' + String.join(" ", f.connectors()) + ' ' + f.crossing() + ' ' + f.crossing().label())
                .toLowerCase(Locale.ROOT);
        for (String word : text.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Ports sort numerically; "*" (any) last. */
    private static Integer portKey(String port) {
        if (port.equals("*")) {
            return Integer.MAX_VALUE;
        }
        int dash = port.indexOf('-');
        return Integer.parseInt(dash < 0 ? port : port.substring(0, dash));
    }

    private static TableColumn<Flow, String> column(String title, double width, Function<Flow, String> value) {
        TableColumn<Flow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setId("col-" + title.toLowerCase(Locale.ROOT));
        return c;
    }
}
