package org.portolan.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.portolan.analysis.Analysis;
import org.portolan.fileformat.FileFormat;
import org.portolan.fileformat.TopologyFileException;
import org.portolan.fileformat.TopologyReader;
import org.portolan.ui.canvas.DiagramView;
import org.portolan.ui.findings.FindingListView;
import org.portolan.ui.flows.FlowTableView;
import org.portolan.validation.Severity;

/** The main window: diagram above, port table and findings below, status line at the bottom. */
public final class MainWindow {

    private final Stage stage;
    private final DiagramDocument document;
    private final BorderPane root = new BorderPane();

    public MainWindow(Stage stage, DiagramDocument document) {
        this.stage = stage;
        this.document = document;
        DiagramView diagram = new DiagramView(document.layoutProperty());
        FlowTableView flows = new FlowTableView(document.analysisProperty());
        FindingListView findings = new FindingListView(document.analysisProperty());
        flows.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> diagram.highlight(f));

        Tab portsTab = new Tab("Port table", flows);
        Tab findingsTab = new Tab("Findings", findings);
        portsTab.setClosable(false);
        findingsTab.setClosable(false);
        portsTab.setId("tab-ports");
        findingsTab.setId("tab-findings");
        TabPane bottom = new TabPane(portsTab, findingsTab);
        SplitPane split = new SplitPane(diagram, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);

        Label status = new Label();
        status.setId("status");
        status.setPadding(new Insets(4, 10, 4, 10));
        document.analysisProperty().addListener((obs, old, a) -> {
            status.setText(summary(a));
            portsTab.setText("Port table (" + a.flows().size() + ")");
            findingsTab.setText("Findings (" + a.findings().size() + ")");
        });
        status.setText(summary(document.analysis()));
        portsTab.setText("Port table (" + document.analysis().flows().size() + ")");
        findingsTab.setText("Findings (" + document.analysis().findings().size() + ")");

        root.setTop(menus());
        root.setCenter(split);
        root.setBottom(status);
        root.setStyle("-fx-font-family: \"" + Fonts.family() + "\";");
        document.topologyProperty().addListener((obs, old, t) -> updateTitle());
        document.fileProperty().addListener((obs, old, f) -> updateTitle());
        updateTitle();
    }

    public Scene createScene(double width, double height) {
        return new Scene(root, width, height);
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem export = new MenuItem("Export…");
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> showExportDialog());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, open, new javafx.scene.control.SeparatorMenuItem(), export,
                new javafx.scene.control.SeparatorMenuItem(), quit);
        return new MenuBar(file);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open diagram");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Portolan diagrams", "*" + FileFormat.EXTENSION));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Where the export dialog remembers its folder and options; tests point it elsewhere. */
    private java.util.prefs.Preferences exportPreferences =
            java.util.prefs.Preferences.userRoot().node("org/portolan/export");

    void useExportPreferences(java.util.prefs.Preferences preferences) {
        this.exportPreferences = preferences;
    }

    public void showExportDialog() {
        new org.portolan.ui.export.ExportDialog(stage, document.topology(), exportPreferences).show();
    }

    /** Opens a file; a file that cannot be read is explained in a dialog and the current diagram stays. */
    public boolean open(Path path) {
        try {
            document.replace(TopologyReader.read(path), path);
            return true;
        } catch (TopologyFileException e) {
            showError("Cannot open " + path.getFileName(), e.getMessage());
            return false;
        }
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
        stage.setTitle(document.topology().name() + (f == null ? "" : " — " + f.getFileName()) + " — Portolan");
    }

    private static String summary(Analysis a) {
        return a.topology().nodes().size() + " nodes · " + a.flows().size() + " flows · "
                + a.count(Severity.ERROR) + " errors · " + a.count(Severity.WARNING) + " warnings · "
                + a.count(Severity.INFO) + " notes";
    }
}
