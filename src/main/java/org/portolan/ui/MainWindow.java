package org.portolan.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.portolan.analysis.Analysis;
import org.portolan.model.Node;
import org.portolan.model.Topology;
import org.portolan.rules.Severity;
import org.portolan.ui.canvas.DiagramView;
import org.portolan.ui.document.Clipboard;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.document.Selection;
import org.portolan.ui.document.UndoRedo;
import org.portolan.ui.files.FileActions;
import org.portolan.ui.files.Template;
import org.portolan.ui.findings.FindingListView;
import org.portolan.ui.flows.FlowTableView;
import org.portolan.ui.flows.RuleTableView;
import org.portolan.ui.inspector.Inspector;
import org.portolan.ui.palette.Palette;
import org.portolan.ui.toolkit.Fonts;
import org.portolan.ui.toolkit.Shortcuts;

/** The designer window: palette, diagram, inspector, port table and findings, menus and files. */
public final class MainWindow {

    private final Stage stage;
    private final DiagramDocument document;
    private final Selection selection = new Selection();
    private final UndoRedo undoRedo;
    private final BorderPane root = new BorderPane();
    private SplitPane mainSplit;
    private SplitPane centreSplit;
    private final DiagramView diagram;
    private final FlowTableView flows;
    private final FileActions files;
    private final Clipboard clipboard;
    private org.portolan.ui.canvas.LegendView legend;

    public MainWindow(Stage stage, DiagramDocument document) {
        this.stage = stage;
        this.document = document;
        undoRedo = new UndoRedo(document, selection);
        diagram = new DiagramView(document, selection);
        files = new FileActions(stage, document, selection, diagram::fit);
        clipboard = new Clipboard(document, selection);
        flows = new FlowTableView(document.analysisProperty(), document.viewProperty(), selection);
        FindingListView findings = new FindingListView(document.analysisProperty(), selection);
        flows.table().getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> diagram.highlight(f));

        Tab portsTab = new Tab("Connections", flows);
        RuleTableView rules = new RuleTableView(document.analysisProperty());
        Tab rulesTab = new Tab("Firewall rules", rules);
        Tab findingsTab = new Tab("Findings", findings);
        portsTab.setClosable(false);
        rulesTab.setClosable(false);
        findingsTab.setClosable(false);
        portsTab.setId("tab-ports");
        rulesTab.setId("tab-rules");
        findingsTab.setId("tab-findings");
        TabPane bottom = new TabPane(portsTab, rulesTab, findingsTab);
        // Derived while shown only: at 1,000 servers the aggregation reads every flow.
        rulesTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                rules.refresh();
            }
        });
        document.analysisProperty().addListener((javafx.beans.Observable o) -> {
            if (rulesTab.isSelected()) {
                rules.refresh();
            }
        });
        legend = new org.portolan.ui.canvas.LegendView(document.layoutProperty());
        BorderPane canvas = new BorderPane(diagram);
        canvas.setBottom(legend);
        SplitPane centre = new SplitPane(canvas, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(WindowState.TABLE_DIVIDER);
        Inspector inspector = new Inspector(document, selection, undoRedo);
        javafx.scene.control.ScrollPane palette = new javafx.scene.control.ScrollPane(new Palette());
        palette.setFitToWidth(true);
        palette.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        palette.getStyleClass().add("plain-pane"); // see portolan.css
        SplitPane main = new SplitPane(palette, centre, inspector);
        mainSplit = main;
        centreSplit = centre;
        main.setDividerPositions(0.14, 0.8);
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        SplitPane.setResizableWithParent(inspector, false);

        Label status = new Label();
        status.setId("status");
        status.setPadding(new Insets(4, 10, 4, 10));
        Runnable summarize = () -> {
            Analysis a = document.analysis();
            status.setText(summary(a));
            portsTab.setText("Connections (" + a.flows().size() + ")");
            findingsTab.setText("Findings (" + a.findings().size() + ")");
        };
        // Invalidation listeners throughout: change listeners compare whole diagrams and flow lists.
        document.analysisProperty().addListener((javafx.beans.Observable o) -> summarize.run());
        summarize.run();
        document.topologyProperty().addListener((javafx.beans.Observable o) -> {
            Topology t = document.topology();
            selection.retainExisting(t.nodes().stream().map(Node::id).toList(), t.zones().stream().map(z -> z.id()).toList());
        });

        // A filter: the diagram's scroll pane would take the arrow keys for scrolling.
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::diagramKeys);
        new ContextMenus(diagram, document, selection, clipboard, inspector::requestFocus);
        root.setTop(new VBox(menus(), toolbar()));
        root.setCenter(main);
        root.setBottom(status);
        root.setStyle("-fx-font-family: \"" + Fonts.family() + "\";");
        document.topologyProperty().addListener((javafx.beans.Observable o) -> updateTitle());
        document.fileProperty().addListener((obs, old, f) -> updateTitle());
        document.dirtyProperty().addListener((obs, old, d) -> updateTitle());
        updateTitle();
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard("closing")) {
                e.consume();
            }
        });
    }

    /** Brings back the size, position, maximised state and split positions of the last run, before showing. */
    public void restoreWindowState(java.util.prefs.Preferences p, double defaultWidth, double defaultHeight) {
        WindowState.load(p, defaultWidth, defaultHeight).apply(stage, mainSplit, centreSplit);
    }

    /** Keeps them for the next run. */
    public void saveWindowState(java.util.prefs.Preferences p) {
        WindowState.of(stage, mainSplit, centreSplit).save(p);
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        mainSplit.setDividerPositions(WindowState.PALETTE_WIDTH / width, 1 - WindowState.INSPECTOR_WIDTH / width);
        scene.getStylesheets().add(MainWindow.class.getResource("portolan.css").toExternalForm());
        return scene;
    }

    /** Undo and Redo as the menu does them. */
    public UndoRedo undoRedo() {
        return undoRedo;
    }

    public DiagramDocument document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public DiagramView diagram() {
        return diagram;
    }

    /** New, open, save and the recent files, as the File menu does them. */
    public FileActions files() {
        return files;
    }

    /** Copy, paste and delete, as the Edit menu does them. */
    public Clipboard clipboard() {
        return clipboard;
    }

    /**
     * Keys for the diagram, unless a field, list or table has the focus and uses them: Escape deselects, the
     * arrow keys nudge the selected cards (Shift: a grid step), Ctrl+Y redoes.
     */
    private void diagramKeys(javafx.scene.input.KeyEvent e) {
        javafx.scene.Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof javafx.scene.control.TextInputControl) {
            return; // the field's own editing keys, and its own undo
        }
        if (REDO_Y.match(e)) {
            undoRedo.redo();
            e.consume();
            return;
        }
        if (focus instanceof javafx.scene.control.TableView<?> || focus instanceof javafx.scene.control.ListView<?>
                || focus instanceof javafx.scene.control.ChoiceBox<?> || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case ESCAPE -> selection.clear();
            case LEFT -> diagram.nudge(-1, 0, e.isShiftDown());
            case RIGHT -> diagram.nudge(1, 0, e.isShiftDown());
            case UP -> diagram.nudge(0, -1, e.isShiftDown());
            case DOWN -> diagram.nudge(0, 1, e.isShiftDown());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");

    // ---- menus ----

    private MenuBar menus() {
        Menu newMenu = new Menu("New");
        newMenu.setId("menu-new");
        for (Template t : Template.values()) {
            MenuItem item = new MenuItem(t.label());
            item.setId("menu-new-" + t.name().toLowerCase(java.util.Locale.ROOT));
            if (t == Template.BLANK) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
            }
            item.setOnAction(e -> files.newFrom(t));
            newMenu.getItems().add(item);
        }
        MenuItem open = item("Open…", "menu-open", "Shortcut+O", files::chooseAndOpen);
        MenuItem save = item("Save", "menu-save", "Shortcut+S", files::save);
        MenuItem saveAs = item("Save As…", "menu-save-as", "Shortcut+Shift+S", files::saveAs);
        MenuItem export = item("Export…", "menu-export", "Shortcut+E", this::showExportDialog);
        MenuItem endpoints = item("Update Microsoft 365 endpoints…", "menu-endpoints", null,
                () -> org.portolan.ui.files.EndpointUpdate.chooseAndImport(stage));
        MenuItem quit = item("Quit", "menu-quit", "Shortcut+Q", () -> {
            if (files.confirmDiscard("quitting")) {
                stage.hide();
            }
        });
        Menu file = new Menu("File", null, newMenu, open, files.recentMenu(), new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, endpoints, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "menu-undo", Shortcuts.UNDO, undoRedo::undo);
        MenuItem redo = item("Redo", "menu-redo", Shortcuts.REDO, undoRedo::redo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        redo.disableProperty().bind(document.canRedoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> document.undoName() == null ? "Undo"
                : "Undo " + document.undoName(), document.topologyProperty()));
        redo.textProperty().bind(Bindings.createStringBinding(() -> document.redoName() == null ? "Redo"
                : "Redo " + document.redoName(), document.topologyProperty()));
        MenuItem copy = item("Copy", "menu-copy", "Shortcut+C", clipboard::copy);
        MenuItem paste = item("Paste", "menu-paste", "Shortcut+V", clipboard::paste);
        MenuItem duplicate = item("Duplicate", "menu-duplicate", "Shortcut+D", () -> {
            clipboard.copy();
            clipboard.paste();
        });
        MenuItem delete = item("Delete", "menu-delete", "Delete", this::delete);
        MenuItem rename = item("Rename", "menu-rename", "F2", () -> {
            if (selection.nodes().size() == 1) {
                diagram.startRename(selection.nodes().iterator().next());
            }
        });
        MenuItem selectAll = item("Select All", "menu-select-all", "Shortcut+A",
                () -> selection.selectNodes(document.topology().nodes().stream().map(Node::id).toList()));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), copy, paste, duplicate, delete, rename,
                new SeparatorMenuItem(), selectAll);

        MenuItem zoomIn = item("Zoom In", "menu-zoom-in", "Shortcut+EQUALS", diagram::zoomIn);
        MenuItem zoomOut = item("Zoom Out", "menu-zoom-out", "Shortcut+MINUS", diagram::zoomOut);
        MenuItem fit = item("Fit to Window", "menu-fit", "Shortcut+0", diagram::fit);
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.setId("menu-snap");
        snap.selectedProperty().bindBidirectional(diagram.snapToGridProperty());
        CheckMenuItem showLegend = new CheckMenuItem("Show Legend");
        showLegend.setId("menu-legend");
        showLegend.setSelected(true);
        showLegend.selectedProperty().addListener((obs, was, is) -> legend.setShown(is));
        MenuItem workshop = item("Workshop", "menu-workshop", "F5", this::startWorkshop);
        Menu view = new Menu("View", null, zoomIn, zoomOut, fit, new SeparatorMenuItem(), snap, showLegend,
                new SeparatorMenuItem(), workshop);
        return new MenuBar(file, edit, view, HelpMenu.create(stage));
    }

    /** Whether the workshop's dot runs along each hop's arrow: tests turn it off, they never wait on animations. */
    private boolean workshopAnimation = true;

    public void setWorkshopAnimation(boolean on) {
        workshopAnimation = on;
    }

    /** Workshop mode (F5): the window full screen, the walkthrough; Escape gives the window back as it was. */
    public void startWorkshop() {
        org.portolan.ui.workshop.WorkshopMode.open(stage, document.analysis(), workshopAnimation);
    }

    private ToolBar toolbar() {
        Button undo = button("↶ Undo", "Undo (Ctrl+Z)", undoRedo::undo);
        Button redo = button("↷ Redo", "Redo (Ctrl+Shift+Z)", undoRedo::redo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        redo.disableProperty().bind(document.canRedoProperty().not());
        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.textProperty().bind(Bindings.format("%.0f %%", diagram.zoomProperty().multiply(100)));
        ToolBar bar = new ToolBar(button("New", "New blank diagram (Ctrl+N)", () -> files.newFrom(Template.BLANK)),
                button("Open…", "Open a diagram (Ctrl+O)", files::chooseAndOpen),
                button("Save", "Save (Ctrl+S)", files::save), new javafx.scene.control.Separator(Orientation.VERTICAL), undo, redo,
                new javafx.scene.control.Separator(Orientation.VERTICAL), button("−", "Zoom out (Ctrl+−)", diagram::zoomOut), zoom,
                button("+", "Zoom in (Ctrl+=)", diagram::zoomIn), button("Fit", "Fit to window (Ctrl+0)", diagram::fit),
                org.portolan.ui.canvas.ViewChooser.create(document.viewProperty()),
                new javafx.scene.control.Separator(Orientation.VERTICAL), button("Export…", "Export PDF, SVG, PNG, CSV, Markdown (Ctrl+E)",
                this::showExportDialog));
        bar.setId("toolbar");
        return bar;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /**
     * Delete: the selected cards, or the selected zone, an empty one at once, one with cards after asking
     * whether to delete them too (one undo step).
     */
    public void delete() {
        String zoneId = selection.zoneProperty().get();
        if (!selection.nodes().isEmpty() || zoneId == null) {
            clipboard.deleteSelection();
            return;
        }
        Topology t = document.topology();
        var zone = t.zone(zoneId).orElse(null);
        if (zone == null) {
            return;
        }
        long cards = t.nodes().stream().filter(n -> n.zoneId().equals(zoneId)).count();
        if (cards > 0 && !confirmZoneDelete.test(zone.name(), cards)) {
            return;
        }
        document.edit("Delete zone " + zone.name(), x -> org.portolan.edit.TopologyEdits.deleteZone(x, zoneId));
        selection.clear();
    }

    /** Asks whether to delete a zone with its cards; replaceable for tests. */
    java.util.function.BiPredicate<String, Long> confirmZoneDelete = this::askZoneDelete;

    private boolean askZoneDelete(String name, long cards) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        ask.initOwner(stage);
        ask.setTitle("Portolan");
        ask.setHeaderText("Delete zone \u201c" + name + "\u201d and its " + cards + (cards == 1 ? " card?" : " cards?"));
        ask.setContentText("The cards in the zone are deleted with it. Undo brings them all back.");
        javafx.scene.control.ButtonType both = new javafx.scene.control.ButtonType("Delete zone and cards",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(both, javafx.scene.control.ButtonType.CANCEL);
        return ask.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) == both;
    }

    public void showExportDialog() {
        new org.portolan.ui.export.ExportDialog(stage, document.topology(), files.preferences().node("export"),
                c -> document.edit("Set change request", t -> t.withChangeRequest(c))).show();
    }

    private void updateTitle() {
        Path f = document.fileProperty().get();
        stage.setTitle((document.isDirty() ? "• " : "") + document.topology().name()
                + (f == null ? "" : " — " + f.getFileName()) + " — Portolan");
    }

    private static String summary(Analysis a) {
        return a.topology().nodes().size() + " nodes · " + a.flows().size() + " flows · "
                + a.count(Severity.ERROR) + " errors · " + a.count(Severity.WARNING) + " warnings · "
                + a.count(Severity.INFO) + " notes";
    }
}
