package org.portolan.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.portolan.export.Exporter;
import org.portolan.export.pdf.Paper;
import org.portolan.model.ChangeRequest;
import org.portolan.model.Topology;

/**
 * File → Export…: the outputs of the export command, with the last folder, formats and options
 * remembered. Exports run in the background with progress; the window stays responsive.
 */
public final class ExportDialog extends Stage {

    private final Topology topology;
    private final Preferences preferences;
    private final TextField folder = new TextField();
    private final TextField name = new TextField();
    private final CheckBox pdf = new CheckBox("PDF port-requirement sheet");
    private final CheckBox svg = new CheckBox("Diagram as SVG");
    private final CheckBox png = new CheckBox("Diagram as PNG");
    private final CheckBox csv = new CheckBox("Flow table as CSV");
    private final CheckBox markdown = new CheckBox("Flow table as Markdown");
    private final CheckBox capirca = new CheckBox("Firewall rules as a Capirca policy (folder NAME-capirca)");
    private final CheckBox handout = new CheckBox("Workshop handout: the walkthrough, a page per hop (NAME-handout.pdf)");
    private final ChoiceBox<ExportSettings.PngScale> scale = new ChoiceBox<>();
    private final CheckBox transparent = new CheckBox("Transparent background");
    private final ChoiceBox<Paper> paper = new ChoiceBox<>();
    private final TextField author = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("Export");
    private final Button close = new Button("Close");

    private final ChangeRequestForm changeRequest;
    private final java.util.function.Consumer<ChangeRequest> keep;

    public ExportDialog(Window owner, Topology topology, Preferences preferences) {
        this(owner, topology, preferences, c -> { });
    }

    /** @param keep receives the change-request fields when an export changed them, to keep them in the diagram */
    public ExportDialog(Window owner, Topology topology, Preferences preferences,
                        java.util.function.Consumer<ChangeRequest> keep) {
        this.topology = topology;
        this.preferences = preferences;
        this.keep = keep;
        this.changeRequest = new ChangeRequestForm(topology.changeRequest());
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Export — " + topology.name());
        ExportSettings s = ExportSettings.load(preferences);
        folder.setText(s.folder().toString());
        name.setText(ExportSettings.baseName(topology.name()));
        pdf.setSelected(s.pdf());
        svg.setSelected(s.svg());
        png.setSelected(s.png());
        csv.setSelected(s.csv());
        markdown.setSelected(s.markdown());
        capirca.setSelected(s.capirca());
        handout.setSelected(s.handout());
        handout.setId("export-handout");
        scale.getItems().setAll(ExportSettings.PngScale.values());
        scale.setValue(s.pngScale());
        transparent.setSelected(s.transparent());
        paper.getItems().setAll(Paper.values());
        paper.setValue(s.paper());
        author.setText(s.author());
        author.setPromptText("shown on the cover (optional)");
        scale.disableProperty().bind(png.selectedProperty().not());
        transparent.disableProperty().bind(png.selectedProperty().not());
        paper.disableProperty().bind(pdf.selectedProperty().not());
        author.disableProperty().bind(pdf.selectedProperty().not());

        folder.setId("export-folder");
        name.setId("export-name");
        pdf.setId("export-pdf");
        svg.setId("export-svg");
        png.setId("export-png");
        csv.setId("export-csv");
        markdown.setId("export-markdown");
        capirca.setId("export-capirca");
        capirca.setTooltip(new javafx.scene.control.Tooltip("def/NETWORK.net, def/SERVICES.svc and"
                + " policies/pol/NAME.pol for Cisco ASA, Juniper SRX, Palo Alto, nftables, iptables and Windows"
                + " Firewall; compile with aclgen (python3-capirca)"));
        export.setId("export-run");
        status.setId("export-status");
        progress.setId("export-progress");

        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File current = new File(folder.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(this);
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        grid.addRow(0, new Label("Folder"), folderRow);
        grid.addRow(1, new Label("File name"), name);
        grid.addRow(2, new Label("Outputs"), new VBox(6, pdf, svg, png, csv, markdown, capirca, handout));
        grid.addRow(3, new Label("PNG size"), new HBox(10, scale, transparent));
        grid.addRow(4, new Label("PDF paper"), paper);
        grid.addRow(5, new Label("Author"), author);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels are never clipped
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        transparent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setWrapText(true);
        export.setDefaultButton(true);
        export.setOnAction(e -> run());
        close.setCancelButton(true);
        close.setOnAction(e -> hide());
        HBox buttons = new HBox(8, close, export);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, grid, changeRequest.pane(), progress, status, buttons);
        progress.managedProperty().bind(progress.visibleProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        // The window grows and shrinks with the change-request fields, which would otherwise fall outside it, and
        // moves up when it would reach past the bottom of the screen (1366×768).
        changeRequest.pane().setAnimated(false);
        changeRequest.pane().expandedProperty().addListener((obs, was, is) -> javafx.application.Platform.runLater(
                this::fitOnScreen));
        root.setPadding(new Insets(16));
        root.setPrefWidth(640);
        setScene(new Scene(root));
    }

    private void fitOnScreen() {
        sizeToScene();
        var screens = javafx.stage.Screen.getScreensForRectangle(getX(), getY(), Math.max(1, getWidth()), 1);
        var bounds = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
        if (getY() + getHeight() > bounds.getMaxY()) {
            setY(Math.max(bounds.getMinY(), bounds.getMaxY() - getHeight()));
        }
    }

    ExportSettings settings() {
        return new ExportSettings(Path.of(folder.getText().trim()), pdf.isSelected(), svg.isSelected(), png.isSelected(),
                csv.isSelected(), markdown.isSelected(), scale.getValue(), transparent.isSelected(), paper.getValue(),
                author.getText(), capirca.isSelected(), handout.isSelected());
    }

    private void run() {
        ExportSettings s = settings();
        if (!s.anySelected()) {
            status.setText("Choose at least one output.");
            return;
        }
        if (!Files.isDirectory(s.folder())) {
            status.setText("The folder " + s.folder() + " does not exist.");
            return;
        }
        String base = ExportSettings.baseName(name.getText());
        s.save(preferences);
        ChangeRequest request = changeRequest.value();
        if (!request.equals(topology.changeRequest())) {
            keep.accept(request);
        }
        Topology exported = topology.withChangeRequest(request);
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                return Exporter.export(exported, s.toRequest(base), (done, total, current) -> {
                    updateProgress(done, total);
                    updateMessage(current == null ? "Finishing…" : "Writing " + current + "…");
                });
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        export.setDisable(true);
        task.setOnSucceeded(e -> finish("Wrote " + task.getValue().size() + (task.getValue().size() == 1 ? " file" : " files")
                + " to " + s.folder() + ": " + String.join(", ", task.getValue().stream()
                .map(p -> p.getFileName().toString()).toList())));
        task.setOnFailed(e -> finish(task.getException() instanceof Exporter.ExportException ex ? ex.getMessage()
                : "Export failed: " + task.getException()));
        Thread worker = new Thread(task, "portolan-export");
        worker.setDaemon(true);
        worker.start();
    }

    private void finish(String message) {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setVisible(false);
        export.setDisable(false);
        status.setText(message);
    }
}
