package org.portolan.tools;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.portolan.samples.Sample;
import org.portolan.ui.MainWindow;
import org.portolan.ui.PortolanApplication;
import org.portolan.ui.document.DiagramDocument;

/**
 * Renders the main window, headless, on every bundled sample (File → New offers the same diagrams as
 * templates) at 1366×768 and 1920×1080: {@code mvn -Pscreenshots test-compile exec:exec} writes
 * {@code target/screenshots/<sample>-<width>x<height>.png} and prints each one's fit zoom.
 */
public final class Screenshots {

    private record Shot(Sample sample, int width, int height, File file) {
    }

    public static void main(String[] args) throws Exception {
        org.portolan.ui.RenderingSettings.apply();
        File dir = new File(args.length > 0 ? args[0] : "target/screenshots");
        dir.mkdirs();
        List<Shot> shots = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            for (Sample s : Sample.all()) {
                String name = s.fileName().replace(".portolan", "") + "-" + size[0] + "x" + size[1] + ".png";
                shots.add(new Shot(s, size[0], size[1], new File(dir, name)));
            }
        }
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.setImplicitExit(false); // each shot's window is closed before the next opens
        Platform.startup(() -> {
            PortolanApplication.applyLook();
            take(shots, 0, done, failure);
        });
        boolean finished = done.await(300, TimeUnit.SECONDS);
        Platform.exit();
        if (!finished || failure[0] != null) {
            System.err.println("screenshots failed: " + (failure[0] == null ? "timed out" : failure[0]));
            System.exit(1);
        }
        System.exit(0);
    }

    private static void take(List<Shot> shots, int index, CountDownLatch done, Throwable[] failure) {
        if (index == shots.size()) {
            done.countDown();
            return;
        }
        Shot shot = shots.get(index);
        try {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, new DiagramDocument(shot.sample().load(), null));
            stage.setScene(window.createScene(shot.width(), shot.height()));
            stage.show();
            PauseTransition settle = new PauseTransition(Duration.millis(800));
            settle.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", shot.file());
                    String zoom = ((javafx.scene.control.Label) stage.getScene().lookup("#zoom-level")).getText();
                    System.out.printf(Locale.ROOT, "%s  fit zoom %s%n", shot.file(), zoom);
                    stage.close();
                    take(shots, index + 1, done, failure);
                } catch (Exception ex) {
                    failure[0] = ex;
                    done.countDown();
                }
            });
            settle.play();
        } catch (Throwable t) {
            failure[0] = t;
            done.countDown();
        }
    }
}
