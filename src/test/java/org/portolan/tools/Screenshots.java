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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.portolan.analysis.View;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.portolan.samples.Sample;
import org.portolan.ui.MainWindow;
import org.portolan.ui.PortolanApplication;
import org.portolan.ui.document.DiagramDocument;

/**
 * Renders the main window, headless, on every bundled sample (File → New offers the same diagrams as
 * templates) at 1366×768 and 1920×1080, each in workshop mode at 1920×1080 on the first hop of its first two
 * scenarios, and the load-balanced sample in every view: {@code mvn -Pscreenshots test-compile exec:exec} writes
 * them to {@code target/screenshots} and prints each designer shot's fit zoom.
 */
public final class Screenshots {

    /** What a shot shows: the designer in a view, or workshop mode on a scenario's first hop. */
    private record Shot(Sample sample, int width, int height, File file, View view, int scenario) {
        Shot(Sample sample, int width, int height, File file) {
            this(sample, width, height, file, View.ALL, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        org.portolan.ui.RenderingSettings.apply();
        File dir = new File(args.length > 0 ? args[0] : "target/screenshots");
        dir.mkdirs();
        List<Shot> shots = new ArrayList<>();
        if (args.length > 1 && args[1].equals("docs")) {
            docs(dir, shots);
            run(shots);
            return;
        }
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            for (Sample s : Sample.all()) {
                String name = s.fileName().replace(".portolan", "") + "-" + size[0] + "x" + size[1] + ".png";
                shots.add(new Shot(s, size[0], size[1], new File(dir, name)));
            }
        }
        for (Sample s : Sample.all()) {
            String base = s.fileName().replace(".portolan", "");
            for (int scenario : new int[] {1, 2}) {
                shots.add(new Shot(s, 1920, 1080, new File(dir, base + "-workshop-" + scenario + ".png"), View.ALL, scenario));
            }
        }
        for (View v : View.values()) {
            shots.add(new Shot(Sample.LOAD_BALANCED_DAG_HYBRID, 1366, 768,
                    new File(dir, "view-" + v.cliName() + "-1366x768.png"), v, 0));
        }
        run(shots);
    }

    /**
     * The pictures of the README and the user guide, into {@code docs}: {@code mvn -Pscreenshots test-compile
     * exec:exec -Dscreenshots.dir="docs docs"} regenerates every one of them.
     */
    private static void docs(File docs, List<Shot> shots) {
        File guide = new File(docs, "guide");
        guide.mkdirs();
        shots.add(new Shot(Sample.EDGE_PERIMETER, 1366, 768, new File(docs, "screenshot.png")));
        shots.add(new Shot(Sample.EDGE_PERIMETER, 1920, 1080, new File(docs, "workshop.png"), View.ALL, -1));
        shots.add(new Shot(Sample.LOAD_BALANCED_DAG_HYBRID, 1366, 768, new File(guide, "load-balancer.png")));
        shots.add(new Shot(Sample.LOAD_BALANCED_DAG_HYBRID, 1366, 768, new File(guide, "view-mail-flow.png"),
                View.MAIL_FLOW, 0));
        shots.add(new Shot(Sample.TWO_DATACENTRES, 1366, 768, new File(guide, "two-datacentres.png")));
    }

    private static void run(List<Shot> shots) throws InterruptedException {
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

    /** A key as a presentation remote sends it, to the window's scene. */
    static void press(Stage stage, KeyCode key) {
        javafx.event.Event.fireEvent(stage.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key,
                false, false, false, false));
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
            window.setWorkshopAnimation(false);
            if (shot.view() != View.ALL) {
                window.document().viewProperty().set(shot.view());
            }
            if (shot.scenario() > 0) {
                window.startWorkshop();
                press(stage, KeyCode.getKeyCode(Integer.toString(shot.scenario())));
            } else if (shot.scenario() < 0) {
                window.startWorkshop();
                press(stage, KeyCode.RIGHT); // the inbound mail's second hop
            }
            PauseTransition settle = new PauseTransition(Duration.millis(800));
            settle.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", shot.file());
                    var zoom = (javafx.scene.control.Label) stage.getScene().lookup("#zoom-level");
                    System.out.printf(Locale.ROOT, "%s  %s%n", shot.file(), zoom == null ? "workshop"
                            : "fit zoom " + zoom.getText());
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
