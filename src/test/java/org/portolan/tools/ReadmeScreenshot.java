package org.portolan.tools;

import java.io.File;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.PortolanApplication;
import org.portolan.ui.MainWindow;

/**
 * Renders the main window on the Edge sample, headless, to a PNG: the README's screenshot.
 * {@code mvn -Pscreenshot test-compile exec:exec} (arguments: output file, width, height, and "workshop" for
 * workshop mode on the inbound mail's second hop).
 */
public final class ReadmeScreenshot {

    public static void main(String[] args) throws Exception {
        org.portolan.ui.RenderingSettings.apply(); // as the application starts
        File out = new File(args.length > 0 ? args[0] : "docs/screenshot.png");
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 1366;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 768;
        boolean workshop = args.length > 3 && args[3].equals("workshop");
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.startup(() -> {
            try {
                PortolanApplication.applyLook();
                Stage stage = new Stage();
                MainWindow window = new MainWindow(stage, new DiagramDocument(Sample.DEFAULT.load(), null));
                stage.setScene(window.createScene(width, height));
                stage.show();
                if (workshop) {
                    window.setWorkshopAnimation(false);
                    window.startWorkshop();
                    Screenshots.press(stage, javafx.scene.input.KeyCode.RIGHT); // the inbound mail's second hop
                }
                // Let layout, CSS and fit-to-window settle before taking the picture.
                PauseTransition settle = new PauseTransition(Duration.millis(800));
                settle.setOnFinished(e -> {
                    try {
                        out.getAbsoluteFile().getParentFile().mkdirs();
                        ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", out);
                    } catch (Exception ex) {
                        failure[0] = ex;
                    }
                    done.countDown();
                });
                settle.play();
            } catch (Throwable t) {
                failure[0] = t;
                done.countDown();
            }
        });
        boolean finished = done.await(60, TimeUnit.SECONDS);
        Platform.exit();
        if (!finished || failure[0] != null) {
            System.err.println("screenshot failed: " + (failure[0] == null ? "timed out" : failure[0]));
            System.exit(1);
        }
        System.out.println("wrote " + out + " (" + width + "×" + height + ")");
        System.exit(0);
    }
}
