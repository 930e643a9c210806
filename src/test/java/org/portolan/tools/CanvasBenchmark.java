package org.portolan.tools;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Point;
import org.portolan.samples.GeneratedTopology;
import org.portolan.ui.DiagramDocument;
import org.portolan.ui.MainWindow;

/**
 * Responsiveness of the designer with a generated 1,000-node diagram, in the real window (headless
 * Monocle, software rendering): the frame time while a node is dragged, and the time from an edit to
 * the redrawn frame. Run: {@code mvn -Pbench-ui test-compile exec:exec}.
 */
public final class CanvasBenchmark {

    private static Scene scene;
    private static MainWindow window;
    private static DiagramDocument document;
    private static volatile CompletableFuture<Long> frame;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("baseline")) {
            baseline();
            return;
        }
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CompletableFuture<Void> ready = new CompletableFuture<>();
        long t0 = System.nanoTime();
        Platform.startup(() -> {
            Stage stage = new Stage();
            document = new DiagramDocument(GeneratedTopology.of(nodes), null);
            window = new MainWindow(stage, document);
            scene = window.createScene(1920, 1080);
            stage.setScene(scene);
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            tracker.setOnRenderedFrameTask(() -> {
                CompletableFuture<Long> f = frame;
                if (f != null) {
                    f.complete(System.nanoTime());
                }
            });
            stage.show();
            ready.complete(null);
        });
        ready.get(5, TimeUnit.MINUTES);
        nextFrame().get(5, TimeUnit.MINUTES);
        System.out.printf("window open with %d nodes, %d flows: %.0f ms%n", document.topology().nodes().size(),
                document.analysis().flows().size(), (System.nanoTime() - t0) / 1e6);

        // Dragging a card: one mouse event per frame, as a user's drag delivers them.
        String id = document.topology().nodes().get(3).id();
        List<Double> dragFrames = new ArrayList<>();
        on(() -> press(id));
        for (int i = 0; i < (Boolean.getBoolean("skipDrag") ? 0 : 60 + rounds * 3); i++) {
            int step = i;
            CompletableFuture<Long> rendered = nextFrame();
            long start = System.nanoTime();
            on(() -> drag(id, step % 12));
            long end = rendered.get(1, TimeUnit.MINUTES);
            if (i >= 20) {
                dragFrames.add((end - start) / 1e6);
            }
        }
        on(() -> release(id));
        nextFrame().get(5, TimeUnit.MINUTES);

        // An edit: recompute flows, findings and layout, redraw, render.
        List<Double> edits = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            int step = i;
            CompletableFuture<Long> rendered = nextFrame();
            long start = System.nanoTime();
            on(() -> document.edit("Move", t -> TopologyEdits.moveNodes(t, Map.of(id, new Point(40 + step * 16, 900)),
                    DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT)));
            edits.add((rendered.get(5, TimeUnit.MINUTES) - start) / 1e6);
            System.out.printf("edit %d: %.0f ms%n", i, edits.get(edits.size() - 1));
        }
        if (dragFrames.isEmpty()) {
            dragFrames.add(0.0);
        }
        System.out.printf("drag frame: median %.1f ms, p90 %.1f ms, max %.1f ms (%d frames)%n",
                pct(dragFrames, 50), pct(dragFrames, 90), Collections.max(dragFrames), dragFrames.size());
        System.out.printf("edit to redrawn frame: median %.1f ms, p90 %.1f ms, max %.1f ms (%d edits)%n",
                pct(edits, 50), pct(edits, 90), Collections.max(edits), edits.size());
        Platform.exit();
        System.exit(0);
    }

    /**
     * The same measurement on a window that holds one rectangle: what the headless pipeline costs per
     * frame by itself, whatever the application draws.
     */
    private static void baseline() throws Exception {
        javafx.scene.shape.Rectangle box = new javafx.scene.shape.Rectangle(100, 100, 176, 60);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            scene = new Scene(new javafx.scene.Group(box), 1920, 1080);
            stage.setScene(scene);
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                CompletableFuture<Long> f = frame;
                if (f != null) {
                    f.complete(System.nanoTime());
                }
            });
            stage.show();
            ready.complete(null);
        });
        ready.get(1, TimeUnit.MINUTES);
        List<Double> frames = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int step = i;
            CompletableFuture<Long> rendered = nextFrame();
            long start = System.nanoTime();
            on(() -> box.setTranslateX((step % 12) * 2));
            long end = rendered.get(1, TimeUnit.MINUTES);
            if (i >= 20) {
                frames.add((end - start) / 1e6);
            }
        }
        System.out.printf("baseline frame (one rectangle moved): median %.1f ms, p90 %.1f ms%n", pct(frames, 50), pct(frames, 90));
        Platform.exit();
        System.exit(0);
    }

    private static CompletableFuture<Long> nextFrame() {
        CompletableFuture<Long> f = new CompletableFuture<>();
        frame = f;
        Platform.runLater(() -> com.sun.javafx.tk.Toolkit.getToolkit().requestNextPulse());
        return f;
    }

    private static void on(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            com.sun.javafx.tk.Toolkit.getToolkit().requestNextPulse();
            done.complete(null);
        });
        done.get(5, TimeUnit.MINUTES);
    }

    private static Node card(String id) {
        return scene.lookup("#node-" + id);
    }

    private static void press(String id) {
        fire(card(id), MouseEvent.MOUSE_PRESSED, 0);
    }

    private static void drag(String id, int step) {
        fire(card(id), MouseEvent.MOUSE_DRAGGED, 1 + step);
    }

    private static void release(String id) {
        fire(card(id), MouseEvent.MOUSE_RELEASED, 0);
    }

    private static void fire(Node target, javafx.event.EventType<MouseEvent> type, int step) {
        Point2D p = target.localToScene(target.getLayoutBounds().getCenterX(), target.getLayoutBounds().getCenterY());
        double x = p.getX() + step * 2;
        double y = p.getY() + step;
        Event.fireEvent(target, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, true, false, false, null));
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
