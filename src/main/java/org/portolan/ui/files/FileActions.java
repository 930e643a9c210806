package org.portolan.ui.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.portolan.fileformat.FileFormat;
import org.portolan.fileformat.TopologyFileException;
import org.portolan.fileformat.TopologyReader;
import org.portolan.fileformat.TopologyWriter;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.document.Selection;

/**
 * The File menu's work: new, open, save, save as, the recent files, and the question before unsaved
 * changes would be lost. A file that cannot be read or written is explained in a dialog; the open diagram
 * stays as it was.
 */
public final class FileActions {

    private final Stage stage;
    private final DiagramDocument document;
    private final Selection selection;
    /** Run after another diagram replaced the open one (the window fits it to the view). */
    private final Runnable replaced;
    private final Menu recentMenu = new Menu("Open Recent");
    private Preferences preferences = Preferences.userRoot().node("org/portolan");

    public FileActions(Stage stage, DiagramDocument document, Selection selection, Runnable replaced) {
        this.stage = stage;
        this.document = document;
        this.selection = selection;
        this.replaced = replaced;
        recentMenu.setId("menu-recent");
        refreshRecent();
    }

    /** Where recent files and export settings are remembered; tests point it elsewhere. */
    public void usePreferences(Preferences p) {
        this.preferences = p;
        refreshRecent();
    }

    public Preferences preferences() {
        return preferences;
    }

    /** File → Open Recent, kept up to date. */
    public Menu recentMenu() {
        return recentMenu;
    }

    public void newFrom(Template template) {
        if (confirmDiscard("starting a new diagram")) {
            document.replace(template.topology(), null);
            selection.clear();
            replaced.run();
        }
    }

    public void chooseAndOpen() {
        if (!confirmDiscard("opening another diagram")) {
            return;
        }
        File chosen = chooser("Open diagram").showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a file; a file that cannot be read is explained in a dialog and the current diagram stays. */
    public boolean open(Path path) {
        try {
            document.replace(TopologyReader.read(path), path);
            selection.clear();
            replaced.run();
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

    private List<String> recentFiles() {
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

    /** An error explained in a dialog that does not block: the window stays usable behind it. */
    public void showError(String header, String message) {
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
}
