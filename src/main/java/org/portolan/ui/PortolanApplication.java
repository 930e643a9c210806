package org.portolan.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.portolan.fileformat.TopologyFileException;
import org.portolan.fileformat.TopologyReader;
import org.portolan.model.Topology;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.files.Recovery;
import org.portolan.ui.toolkit.Fonts;

/**
 * The JavaFX application: opens the file given on the command line, or the built-in sample; offers back
 * a diagram a crash left unsaved; autosaves unsaved changes every 30 seconds.
 */
public final class PortolanApplication extends Application {

    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);

    private Recovery recovery;
    private Timeline autosave;

    /**
     * The look of every designer window, on the FX thread before the window is built: the Primer Light
     * theme and the bundled font. Tools that open the window (screenshot, benchmark) use it too.
     */
    public static void applyLook() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Fonts.family();
    }

    @Override
    public void start(Stage stage) {
        applyLook();
        recovery = new Recovery(Recovery.defaultHome());
        DiagramDocument document = new DiagramDocument(Sample.DEFAULT.load(), null);
        MainWindow window = new MainWindow(stage, document);
        stage.setScene(window.createScene(1366, 768));
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        java.util.prefs.Preferences windowPrefs = java.util.prefs.Preferences.userRoot().node("org/portolan/window");
        window.restoreWindowState(windowPrefs, 1366, 768);
        stage.setOnHiding(e -> window.saveWindowState(windowPrefs));
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.files().open(Path.of(args.get(0)));
        }
        offerRecovery(stage, document);
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosave(document)));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    static void autosave(DiagramDocument document, Recovery recovery) {
        try {
            if (document.isDirty()) {
                recovery.save(document.topology(), document.fileProperty().get());
            } else {
                recovery.clear();
            }
        } catch (IOException e) {
            // autosave is a safety net; a failure must not interrupt the user's work
        }
    }

    private void autosave(DiagramDocument document) {
        autosave(document, recovery);
    }

    private void offerRecovery(Stage stage, DiagramDocument document) {
        for (Recovery.Leftover left : recovery.leftovers()) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
            alert.initOwner(stage);
            alert.setTitle("Portolan");
            alert.setHeaderText("Portolan did not close properly. Restore the unsaved diagram \""
                    + left.topology().name() + "\"?");
            alert.setContentText("Autosaved at " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .withZone(ZoneId.systemDefault()).format(left.savedAt().toInstant())
                    + (left.original() == null ? "" : " from " + left.original()) + ".");
            ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
            alert.getButtonTypes().setAll(restore, discard);
            if (alert.showAndWait().orElse(discard) == restore) {
                document.restore(left.topology(), left.original(), baseline(left));
                recovery.discard(left.file());
                autosave(document);
                return;
            }
            recovery.discard(left.file());
        }
    }

    private static Topology baseline(Recovery.Leftover left) {
        if (left.original() != null) {
            try {
                return TopologyReader.read(left.original());
            } catch (TopologyFileException e) {
                // the original file is gone or changed beyond reading: restore against an empty diagram
            }
        }
        return Topology.empty(left.topology().name());
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stop();
        }
        if (recovery != null) {
            recovery.clear(); // a clean exit leaves nothing to recover
        }
    }
}
