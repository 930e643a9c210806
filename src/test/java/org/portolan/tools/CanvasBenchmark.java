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
import org.portolan.layout.DiagramLayout.ZoneArea;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.Rect;
import org.portolan.model.Point;
import org.portolan.samples.GeneratedTopology;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.MainWindow;
import org.portolan.ui.RenderingSettings;

/**
 * Responsiveness of the designer with a generated diagram (1,000 nodes unless told), in the real window (headless
 * Monocle, software rendering): the work of a frame while a node is dragged (the event's handling on the FX
 * thread plus the pulse that renders it), and an edit from its start until the last frame it causes is
 * rendered (see docs/performance.md). Run: {@code mvn -Pbench-ui test-compile exec:exec}.
 */
public final class CanvasBenchmark {

    /**
     * The edit measured: "move" (the default), "imap", "send", "rename", "delete" or "undo" (a move of the
     * selected node undone and redone with nothing selected, as after clicking elsewhere); see docs/performance.md.
     * With -DnoSelection=true nothing is selected while editing, as when options are changed in the inspector.
     */
    private static final String EDIT = System.getProperty("edit", "move");
    /** The edits right after opening, reported on their own: they run before the JIT has compiled their path. */
    private static final int FIRST_EDITS = 20;

    private static Scene scene;
    private static MainWindow window;
    private static DiagramDocument document;
    private static volatile CompletableFuture<Long> frame;
    /** Start of the first pulse after the measured work (0 until it starts): it is the one that draws it. */
    private static volatile long pulseStart;
    private static volatile long lastPulseTime;
    /** Frames of pulses that began before this instant belong to earlier work, and are not awaited. */
    private static volatile long armedAt;

    public static void main(String[] args) throws Exception {
        // A failure ends the run: the FX thread would otherwise keep the JVM alive with nothing left to do.
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        RenderingSettings.apply(); // as the application starts
        if (args.length > 0 && args[0].equals("baseline")) {
            baseline();
            return;
        }
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CompletableFuture<Void> ready = new CompletableFuture<>();
        long t0 = System.nanoTime();
        Platform.startup(() -> {
            org.portolan.ui.PortolanApplication.applyLook(); // measured as users see it
            Stage stage = new Stage();
            document = new DiagramDocument(GeneratedTopology.of(nodes), null);
            window = new MainWindow(stage, document);
            scene = window.createScene(1920, 1080);
            stage.setScene(scene);
            track(scene);
            stage.show();
            ready.complete(null);
        });
        ready.get(5, TimeUnit.MINUTES);
        nextFrame().get(5, TimeUnit.MINUTES);
        System.out.printf("window open with %d nodes, %d flows: %.0f ms%n", document.topology().nodes().size(),
                document.analysis().flows().size(), (System.nanoTime() - t0) / 1e6);

        // Dragging a card: one mouse event per frame, as a user's drag delivers them.
        String id = document.topology().nodes().get(3).id();
        List<Double> dragPulses = new ArrayList<>();
        List<Double> dragLatencies = new ArrayList<>();
        on(() -> press(id));
        for (int i = 0; i < (Boolean.getBoolean("skipDrag") ? 0 : 60 + rounds * 3); i++) {
            int step = i;
            CompletableFuture<Long> rendered = frameOfNextWork();
            long start = System.nanoTime();
            double handling = on(() -> drag(id, step % 12));
            long end = rendered.get(1, TimeUnit.MINUTES);
            if (i >= 20) {
                dragPulses.add(handling + lastPulseTime / 1e6);
                dragLatencies.add((end - start) / 1e6);
            }
        }
        on(() -> release(id));
        if (Boolean.getBoolean("noSelection")) {
            // As options are changed in the inspector: with nothing selected, the port table shows every flow.
            on(() -> window.selection().clear());
        }
        nextFrame().get(5, TimeUnit.MINUTES);

        // An edit: the node moved into the other zone and back, every time, so that flows, findings, layout,
        // port table and canvas all change; then the pulse that draws the result.
        String home = document.topology().node(id).orElseThrow().zoneId();
        Rect homeArea = zoneArea(home);
        Rect awayArea = document.layout().zones().stream().map(ZoneArea::rect)
                .filter(r -> !r.equals(homeArea)).findFirst().orElseThrow();
        if (EDIT.equals("undo")) {
            // The move to undo and redo: the dragged node (selected) into the other zone, then a click elsewhere.
            Point there = new Point(awayArea.x() + 40, awayArea.y() + DiagramLayouter.ZONE_HEADER + 40);
            on(() -> document.edit("Move", t -> TopologyEdits.moveNodes(t, Map.of(id, there),
                    DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT)));
            on(() -> window.selection().clear());
            nextFrame().get(5, TimeUnit.MINUTES);
        }
        List<Double> edits = new ArrayList<>();
        List<Double> works = new ArrayList<>();
        // The JIT compiles the edit's path, the port table's and the renderer's over the first 50 to 80 edits: the
        // edits counted come after 100, and the first 20 are reported on their own (see docs/performance.md).
        int warmUp = Integer.getInteger("warmUpEdits", 100);
        List<Double> firstEdits = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < (Boolean.getBoolean("skipEdits") ? 0 : warmUp + rounds); i++) {
            Rect area = i % 2 == 0 ? awayArea : homeArea;
            Point to = new Point(area.x() + 40 + (i / 2 % 8) * 16, area.y() + DiagramLayouter.ZONE_HEADER + 40);
            awaitQuiet(); // nothing of the previous edit still pending
            int pulsesBefore = pulses.get();
            int framesBefore = frames.get();
            CompletableFuture<Long> rendered = frameOfNextWork();
            long start = System.nanoTime();
            boolean odd = i % 2 == 1;
            double handling = EDIT.equals("undo") ? on(() -> {
                if (odd) {
                    window.undoRedo().redo();
                } else {
                    window.undoRedo().undo();
                }
            }) : EDIT.equals("delete") ? on(() -> {
                // The selected Edge deleted, then the deletion undone (which selects it again), as the Delete key
                // and Ctrl+Z do: nodes go and come, so the rule table runs again.
                if (odd) {
                    window.undoRedo().undo();
                } else {
                    window.clipboard().deleteSelection();
                }
            }) : on(() -> document.edit(EDIT, t -> switch (EDIT) {
                // IMAP4 on and off: every client network gains or loses 143/993 to every client-access server.
                case "imap" -> t.withOptions(t.options().withImap4(!odd));
                // The Internet Send connector off and on: the Edges' arrows to the Internet change their first
                // flow (E4 goes, E7 stays).
                case "send" -> t.withOptions(t.options().withInternetSendConnector(odd));
                // A rename changes the connector names of the node's flows ("Default Frontend EX01").
                case "rename" -> t.withNode(t.node(id).orElseThrow().withName(odd ? "EDGE-A" : "EDGE-B"));
                default -> TopologyEdits.moveNodes(t, Map.of(id, to), DiagramLayouter.NODE_WIDTH,
                        DiagramLayouter.NODE_HEIGHT);
            }));
            String now = EDIT.equals("move") ? document.topology().node(id).orElseThrow().zoneId() : home;
            if (EDIT.equals("move") && now.equals(home) != odd) {
                throw new IllegalStateException("edit " + i + " left the node in zone " + now);
            }
            if (EDIT.equals("undo") && (document.topology().node(id).orElseThrow().zoneId().equals(home) == odd
                    || !window.selection().nodes().isEmpty())) {
                throw new IllegalStateException("edit " + i + " (undo or redo) left " + id + " in zone "
                        + document.topology().node(id).orElseThrow().zoneId() + ", selected "
                        + window.selection().nodes());
            }
            if (EDIT.equals("delete") && (document.topology().node(id).isPresent() != odd
                    || !window.selection().nodes().equals(odd ? java.util.Set.of(id) : java.util.Set.of()))) {
                throw new IllegalStateException("edit " + i + " left " + id + " and the selection "
                        + window.selection().nodes());
            }
            long first;
            try {
                first = rendered.get(1, TimeUnit.MINUTES);
            } catch (java.util.concurrent.TimeoutException e) {
                // Said plainly rather than waited out: an edit that leaves the window without a new frame.
                System.out.printf("edit %d (%s): no frame within a minute of it (%d pulses, %d frames since)%n", i,
                        EDIT, pulses.get() - pulsesBefore, frames.get() - framesBefore);
                Platform.exit();
                System.exit(2);
                return;
            }
            long firstPulse = pulseStart; // the first pulse after the handling: the wait before it is idle
            long settled = awaitQuiet();
            double total = (settled - start) / 1e6;
            double work = handling + (settled - firstPulse) / 1e6;
            all.add(total);
            if (i >= warmUp) {
                edits.add(total);
                works.add(work);
            } else if (i < FIRST_EDITS) {
                firstEdits.add(total);
            }
            System.out.printf((i < warmUp ? "warm-up " : "") + "edit %d: %.0f ms to the last frame it caused"
                    + " (handling %.0f + pulses %.0f = work %.0f; first frame at %.0f; %d pulses, %d frames)%n", i,
                    total, handling, work - handling, work, (first - start) / 1e6, pulses.get() - pulsesBefore,
                    frames.get() - framesBefore);
        }
        report("drag frame (event handling + pulse)", "frames", dragPulses, dragLatencies);
        if (!firstEdits.isEmpty()) {
            System.out.printf("first %d edits after opening (the JIT still compiling): median %.1f ms, p90 %.1f ms,"
                    + " max %.1f ms%n", firstEdits.size(), pct(firstEdits, 50), pct(firstEdits, 90),
                    Collections.max(firstEdits));
        }
        report("edit, recompute + redraw (edit to the last frame it caused)", "edits", edits, works);
        if (!edits.isEmpty()) {
            System.out.printf("slowest edit of all %d (warm-up included): %.1f ms%n", warmUp + rounds,
                    Collections.max(all));
        }
        System.gc();
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean()
                .getHeapMemoryUsage();
        System.out.printf("memory: heap in use after the run %.0f MB, peak of the heap pools %.0f MB (max heap %.0f MB)%n",
                heap.getUsed() / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
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
        long t0 = System.nanoTime();
        Platform.startup(() -> {
            Stage stage = new Stage();
            scene = new Scene(new javafx.scene.Group(box), 1920, 1080);
            stage.setScene(scene);
            track(scene);
            stage.show();
            ready.complete(null);
        });
        ready.get(1, TimeUnit.MINUTES);
        nextFrame().get(1, TimeUnit.MINUTES);
        System.out.printf("baseline window open: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<Double> frames = new ArrayList<>();
        List<Double> pulses = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int step = i;
            CompletableFuture<Long> rendered = frameOfNextWork();
            long start = System.nanoTime();
            double handling = on(() -> box.setTranslateX((step % 12) * 2));
            long end = rendered.get(1, TimeUnit.MINUTES);
            if (i >= 20) {
                frames.add((end - start) / 1e6);
                pulses.add(handling + lastPulseTime / 1e6);
            }
        }
        System.out.printf("baseline (one rectangle moved): event handling + pulse median %.1f ms, p90 %.1f ms;"
                + " event to rendered frame median %.1f ms, p90 %.1f ms%n", pct(pulses, 50), pct(pulses, 90),
                pct(frames, 50), pct(frames, 90));
        Platform.exit();
        System.exit(0);
    }

    private static final java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger frames = new java.util.concurrent.atomic.AtomicInteger();
    private static volatile long lastActivity;
    private static volatile long lastFrame;
    /** No pulse for this long means the window has nothing left to lay out or draw. */
    private static final long QUIET_NANOS = 150_000_000L;

    /** Waits until no pulse has started nor frame been rendered for a while; returns the last frame's time. */
    private static long awaitQuiet() throws InterruptedException {
        while (System.nanoTime() - lastActivity < QUIET_NANOS) {
            Thread.sleep(10); // polling for the absence of events: there is no event to wait for
        }
        return lastFrame;
    }

    private static void track(Scene tracked) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(tracked);
        tracker.setOnPulse(() -> {
            long now = System.nanoTime();
            pulses.incrementAndGet();
            lastActivity = now;
            if (pulseStart == 0 && now >= armedAt) {
                pulseStart = now; // the first pulse after the measured work: the one that draws it
            }
        });
        tracker.setOnRenderedFrameTask(() -> {
            long now = System.nanoTime();
            frames.incrementAndGet();
            lastActivity = now;
            lastFrame = now;
            if (pulseStart == 0) {
                return; // the renderer finishing a pulse that began before the work measured
            }
            lastPulseTime = now - pulseStart;
            CompletableFuture<Long> f = frame;
            if (f != null) {
                f.complete(now);
            }
        });
    }

    /** The next frame rendered from now on. */
    private static CompletableFuture<Long> nextFrame() {
        CompletableFuture<Long> f = frameAfter(System.nanoTime());
        Platform.runLater(() -> com.sun.javafx.tk.Toolkit.getToolkit().requestNextPulse());
        return f;
    }

    /** The frame that draws the work {@link #on} runs next: armed only when that work is done. */
    private static CompletableFuture<Long> frameOfNextWork() {
        return frameAfter(Long.MAX_VALUE);
    }

    private static CompletableFuture<Long> frameAfter(long instant) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        armedAt = instant;
        pulseStart = 0;
        frame = f;
        return f;
    }

    /** Runs on the FX thread; returns how long it took there, in ms. */
    private static double on(Runnable r) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            armedAt = Long.MAX_VALUE; // a frame the renderer finishes meanwhile is not this work's
            pulseStart = 0;
            long start = System.nanoTime();
            r.run();
            long end = System.nanoTime();
            armedAt = end; // what is measured is the pulse after this work
            done.complete((end - start) / 1e6);
            com.sun.javafx.tk.Toolkit.getToolkit().requestNextPulse();
        });
        return done.get(5, TimeUnit.MINUTES);
    }

    private static Rect zoneArea(String zoneId) {
        return document.layout().zones().stream().filter(z -> z.zone().id().equals(zoneId)).findFirst()
                .orElseThrow().rect();
    }

    private static Node card(String id) {
        return scene.lookup("#node-" + id);
    }

    /** Where the drag began, in the scene: every drag event is an offset from it, as the hand wiggles. */
    private static Point2D pressedAt;

    private static void press(String id) {
        Node card = card(id);
        pressedAt = card.localToScene(card.getLayoutBounds().getCenterX(), card.getLayoutBounds().getCenterY());
        fire(card, MouseEvent.MOUSE_PRESSED, 0);
    }

    private static void drag(String id, int step) {
        fire(card(id), MouseEvent.MOUSE_DRAGGED, 1 + step);
    }

    private static void release(String id) {
        fire(card(id), MouseEvent.MOUSE_RELEASED, 0);
    }

    private static void fire(Node target, javafx.event.EventType<MouseEvent> type, int step) {
        double x = pressedAt.getX() + step * 2;
        double y = pressedAt.getY() + step;
        Event.fireEvent(target, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, true, false, false, null));
    }

    /** Prints a measurement's median, p90 and max, and its event-to-frame latency; nothing if skipped. */
    private static void report(String what, String unit, List<Double> work, List<Double> latency) {
        if (work.isEmpty()) {
            return;
        }
        System.out.printf("%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d %s)%n", what, pct(work, 50),
                pct(work, 90), Collections.max(work), work.size(), unit);
        System.out.printf("   %s: median %.1f ms, p90 %.1f ms%n", unit.equals("edits")
                ? "work: handling + its pulses, without the idle wait for the next 60 Hz pulse" : "event to rendered frame",
                pct(latency, 50), pct(latency, 90));
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
