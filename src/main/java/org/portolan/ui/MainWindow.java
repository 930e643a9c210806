package org.portolan.ui;

import org.portolan.ui.toolkit.Shortcuts;

import org.portolan.ui.toolkit.Fonts;

import org.portolan.ui.document.UndoRedo;

import org.portolan.ui.document.Selection;

import org.portolan.ui.document.DiagramDocument;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.portolan.analysis.Analysis;
import org.portolan.edit.TopologyEdits;
import org.portolan.fileformat.FileFormat;
import org.portolan.fileformat.TopologyFileException;
import org.portolan.fileformat.TopologyReader;
import org.portolan.fileformat.TopologyWriter;
import org.portolan.model.Node;
import org.portolan.model.Topology;
import org.portolan.samples.Sample;
import org.portolan.ui.canvas.DiagramView;
import org.portolan.ui.findings.FindingListView;
import org.portolan.ui.flows.FlowTableView;
import org.portolan.ui.inspector.Inspector;
import org.portolan.ui.palette.Palette;
import org.portolan.rules.Severity;

/** The designer window: palette, diagram, inspector, port table and findings, menus and files. */
public final class MainWindow {

    /** Templates offered by File → New. */
    public enum Template {
        BLANK("Blank diagram", null), NO_EDGE("Without Edge (one multi-role server)", Sample.SINGLE_MULTI_ROLE),
        WITH_EDGE("With Edge Transport", Sample.EDGE_PERIMETER), HYBRID("Hybrid with Office 365", Sample.HYBRID_OFFICE_365);

        final String label;
        final Sample sample;

        Template(String label, Sample sample) {
            this.label = label;
            this.sample = sample;
        }

        public Topology topology() {
            return sample == null ? Topology.empty("Untitled diagram") : sample.load();
        }
    }

    private final Stage stage;
    private final DiagramDocument document;
    private final Selection selection = new Selection();
    private final UndoRedo undoRedo;
    private final BorderPane root = new BorderPane();
    private final DiagramView diagram;
    private final FlowTableView flows;
    private final Menu recentMenu = new Menu("Open Recent");
    private org.portolan.ui.canvas.LegendView legend;
    private Preferences preferences = Preferences.userRoot().node("org/portolan");
    private List<Node> clipboard = List.of();
    private int pasteCount;

    public MainWindow(Stage stage, DiagramDocument document) {
        this.stage = stage;
        this.document = document;
        undoRedo = new UndoRedo(document, selection);
        diagram = new DiagramView(document, selection);
        flows = new FlowTableView(document.analysisProperty(), selection);
        FindingListView findings = new FindingListView(document.analysisProperty(), selection);
        flows.table().getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> diagram.highlight(f));

        Tab portsTab = new Tab("Port table", flows);
        Tab findingsTab = new Tab("Findings", findings);
        portsTab.setClosable(false);
        findingsTab.setClosable(false);
        portsTab.setId("tab-ports");
        findingsTab.setId("tab-findings");
        TabPane bottom = new TabPane(portsTab, findingsTab);
        legend = new org.portolan.ui.canvas.LegendView(document.layoutProperty());
        BorderPane canvas = new BorderPane(diagram);
        canvas.setBottom(legend);
        SplitPane centre = new SplitPane(canvas, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        Inspector inspector = new Inspector(document, selection, undoRedo);
        javafx.scene.control.ScrollPane palette = new javafx.scene.control.ScrollPane(new Palette());
        palette.setFitToWidth(true);
        palette.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        palette.getStyleClass().add("plain-pane"); // see portolan.css
        SplitPane main = new SplitPane(palette, centre, inspector);
        main.setDividerPositions(0.14, 0.8);
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        SplitPane.setResizableWithParent(inspector, false);

        Label status = new Label();
        status.setId("status");
        status.setPadding(new Insets(4, 10, 4, 10));
        Runnable summarize = () -> {
            Analysis a = document.analysis();
            status.setText(summary(a));
            portsTab.setText("Port table (" + a.flows().size() + ")");
            findingsTab.setText("Findings (" + a.findings().size() + ")");
        };
        // Invalidation listeners throughout: change listeners compare whole diagrams and flow lists.
        document.analysisProperty().addListener((javafx.beans.Observable o) -> summarize.run());
        summarize.run();
        document.topologyProperty().addListener((javafx.beans.Observable o) -> {
            Topology t = document.topology();
            selection.retainExisting(t.nodes().stream().map(Node::id).toList(), t.zones().stream().map(z -> z.id()).toList());
        });

        root.setTop(new VBox(menus(), toolbar()));
        root.setCenter(main);
        root.setBottom(status);
        root.setStyle("-fx-font-family: \"" + Fonts.family() + "\";");
        document.topologyProperty().addListener((javafx.beans.Observable o) -> updateTitle());
        document.fileProperty().addListener((obs, old, f) -> updateTitle());
        document.dirtyProperty().addListener((obs, old, d) -> updateTitle());
        updateTitle();
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard("closing")) {
                e.consume();
            }
        });
        refreshRecent();
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
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

    /** Where recent files and export settings are remembered; tests point it elsewhere. */
    public void usePreferences(Preferences p) {
        this.preferences = p;
        refreshRecent();
    }

    // ---- menus ----

    private MenuBar menus() {
        Menu newMenu = new Menu("New");
        newMenu.setId("menu-new");
        for (Template t : Template.values()) {
            MenuItem item = new MenuItem(t.label);
            item.setId("menu-new-" + t.name().toLowerCase(java.util.Locale.ROOT));
            if (t == Template.BLANK) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
            }
            item.setOnAction(e -> newFrom(t));
            newMenu.getItems().add(item);
        }
        MenuItem open = item("Open…", "menu-open", "Shortcut+O", this::chooseAndOpen);
        MenuItem save = item("Save", "menu-save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save As…", "menu-save-as", "Shortcut+Shift+S", this::saveAs);
        MenuItem export = item("Export…", "menu-export", "Shortcut+E", this::showExportDialog);
        MenuItem quit = item("Quit", "menu-quit", "Shortcut+Q", () -> {
            if (confirmDiscard("quitting")) {
                stage.hide();
            }
        });
        recentMenu.setId("menu-recent");
        Menu file = new Menu("File", null, newMenu, open, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "menu-undo", Shortcuts.UNDO, undoRedo::undo);
        MenuItem redo = item("Redo", "menu-redo", Shortcuts.REDO, undoRedo::redo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        redo.disableProperty().bind(document.canRedoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> document.undoName() == null ? "Undo"
                : "Undo " + document.undoName(), document.topologyProperty()));
        redo.textProperty().bind(Bindings.createStringBinding(() -> document.redoName() == null ? "Redo"
                : "Redo " + document.redoName(), document.topologyProperty()));
        MenuItem copy = item("Copy", "menu-copy", "Shortcut+C", this::copy);
        MenuItem paste = item("Paste", "menu-paste", "Shortcut+V", this::paste);
        MenuItem duplicate = item("Duplicate", "menu-duplicate", "Shortcut+D", () -> {
            copy();
            paste();
        });
        MenuItem delete = item("Delete", "menu-delete", "Delete", this::deleteSelection);
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
        Menu view = new Menu("View", null, zoomIn, zoomOut, fit, new SeparatorMenuItem(), snap, showLegend);
        return new MenuBar(file, edit, view);
    }

    private ToolBar toolbar() {
        Button undo = button("↶ Undo", "Undo (Ctrl+Z)", undoRedo::undo);
        Button redo = button("↷ Redo", "Redo (Ctrl+Shift+Z)", undoRedo::redo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        redo.disableProperty().bind(document.canRedoProperty().not());
        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.textProperty().bind(Bindings.format("%.0f %%", diagram.zoomProperty().multiply(100)));
        ToolBar bar = new ToolBar(button("New", "New blank diagram (Ctrl+N)", () -> newFrom(Template.BLANK)),
                button("Open…", "Open a diagram (Ctrl+O)", this::chooseAndOpen),
                button("Save", "Save (Ctrl+S)", this::save), new javafx.scene.control.Separator(Orientation.VERTICAL), undo, redo,
                new javafx.scene.control.Separator(Orientation.VERTICAL), button("−", "Zoom out (Ctrl+−)", diagram::zoomOut), zoom,
                button("+", "Zoom in (Ctrl+=)", diagram::zoomIn), button("Fit", "Fit to window (Ctrl+0)", diagram::fit),
                new javafx.scene.control.Separator(Orientation.VERTICAL), button("Export…", "Export PDF, SVG, PNG, CSV, Markdown (Ctrl+E)",
                this::showExportDialog));
        bar.setId("toolbar");
        return bar;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
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

    // ---- editing ----

    /** Deletes the selected nodes, as the Delete key does. */
    public void deleteSelection() {
        List<String> ids = List.copyOf(selection.nodes());
        if (ids.isEmpty()) {
            return;
        }
        document.edit(ids.size() == 1 ? "Delete " + document.topology().node(ids.get(0)).map(Node::name).orElse("")
                : "Delete " + ids.size() + " nodes", t -> TopologyEdits.deleteNodes(t, ids));
        selection.clear();
    }

    void copy() {
        List<Node> nodes = new ArrayList<>();
        for (String id : TopologyEdits.ordered(document.topology(), selection.nodes())) {
            var box = document.layout().nodeBox(id);
            document.topology().node(id).ifPresent(n -> nodes.add(n.position() != null || box == null ? n
                    : n.withPosition(new org.portolan.model.Point(box.rect().x(), box.rect().y()))));
        }
        if (!nodes.isEmpty()) {
            clipboard = List.copyOf(nodes);
            pasteCount = 0;
        }
    }

    void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        pasteCount++;
        double offset = 32 * pasteCount;
        List<String> added = new ArrayList<>();
        document.edit(clipboard.size() == 1 ? "Paste " + clipboard.get(0).name() : "Paste " + clipboard.size() + " nodes", t -> {
            var result = TopologyEdits.duplicate(t, clipboard, offset, offset);
            added.addAll(result.getValue());
            return result.getKey();
        });
        selection.selectNodes(added);
    }

    // ---- files ----

    void newFrom(Template template) {
        if (confirmDiscard("starting a new diagram")) {
            document.replace(template.topology(), null);
            selection.clear();
            diagram.fit();
        }
    }

    private void chooseAndOpen() {
        if (!confirmDiscard("opening another diagram")) {
            return;
        }
        FileChooser chooser = chooser("Open diagram");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a file; a file that cannot be read is explained in a dialog and the current diagram stays. */
    public boolean open(Path path) {
        try {
            document.replace(TopologyReader.read(path), path);
            selection.clear();
            diagram.fit();
            remember(path);
            return true;
        } catch (TopologyFileException e) {
            showError("Cannot open " + (path.getFileName() == null ? path : path.getFileName()), e.getMessage());
            return false;
        }
    }

    /** Saves to the diagram's file, asking for one the first time; true when saved. */
    public boolean save() {
        Path file = document.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save diagram");
        chooser.setInitialFileName(org.portolan.ui.export.ExportSettings.baseName(document.topology().name())
                + FileFormat.EXTENSION);
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return false;
        }
        Path path = chosen.toPath();
        if (!path.getFileName().toString().endsWith(FileFormat.EXTENSION)) {
            path = path.resolveSibling(path.getFileName() + FileFormat.EXTENSION);
        }
        return saveTo(path);
    }

    public boolean saveTo(Path path) {
        try {
            TopologyWriter.save(document.topology(), path);
            document.markSaved(path);
            remember(path);
            return true;
        } catch (IOException e) {
            showError("Cannot save " + path.getFileName(), path + ": " + e.getMessage()
                    + ". The diagram is still open; save it somewhere else.");
            return false;
        }
    }

    /**
     * Asks what to do with unsaved changes before {@code doing} something that would lose them.
     * True when it is fine to go on (saved, discarded, or nothing to save).
     */
    public boolean confirmDiscard(String doing) {
        if (!document.isDirty()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle("Portolan");
        alert.setHeaderText("Save changes to \"" + document.topology().name() + "\" before " + doing + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, discard, cancel);
        alert.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        return answer.get() == discard || save();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Portolan diagrams", "*" + FileFormat.EXTENSION));
        Path current = document.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private void remember(Path path) {
        List<String> recent = new ArrayList<>(recentFiles());
        String p = path.toAbsolutePath().toString();
        recent.remove(p);
        recent.add(0, p);
        preferences.put("recent", String.join("\n", recent.subList(0, Math.min(8, recent.size()))));
        refreshRecent();
    }

    List<String> recentFiles() {
        String stored = preferences.get("recent", "");
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (String p : recentFiles()) {
            MenuItem item = new MenuItem(p);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (confirmDiscard("opening another diagram")) {
                    open(Path.of(p));
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    public void showExportDialog() {
        new org.portolan.ui.export.ExportDialog(stage, document.topology(), preferences.node("export")).show();
    }

    void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Portolan");
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setId("error-message");
        alert.getDialogPane().setContent(text);
        alert.show();
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
