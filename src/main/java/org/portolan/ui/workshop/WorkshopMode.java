package org.portolan.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PathTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.portolan.analysis.Walkthrough;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.Rect;
import org.portolan.layout.Vec;
import org.portolan.ui.canvas.DiagramPicture;
import org.portolan.ui.toolkit.Fonts;

/**
 * The diagram in front of a room: the window full screen, nothing to edit, a projector theme, and a
 * walkthrough that shows one hop at a time with a caption. The keys presentation remotes send step through it:
 * Right, Down, Page Down, Space, Enter forward; Left, Up, Page Up, Backspace back; Home and End; B blanks the
 * screen; 1–9 jump to a scenario; Escape leaves, and the designer window is as it was.
 */
public final class WorkshopMode {

    /** One hop, with the scenario it belongs to. */
    private record Step(int scenario, int hop) {
    }

    private static final double SHEET_PADDING = 4;

    private final Stage stage;
    private final StackPane root;
    private final javafx.event.EventHandler<KeyEvent> keys = this::key;
    /** The designer as it was, to come back to. */
    private javafx.scene.Parent designer;
    private boolean wasFullScreen;
    private final Walkthrough walkthrough;
    private final List<Step> steps = new ArrayList<>();
    private final DiagramPicture picture;
    private final Group diagram;
    private final Rect bounds;
    private final Label caption = new Label();
    private final Label progress = new Label();
    private final Region blank = new Region();
    private final Group pulse = new Group();
    private final boolean animate;
    private int index;

    /**
     * @param animate whether a dot runs along each hop's arrow (off in tests: they never wait on an animation)
     */
    public WorkshopMode(Stage stage, DiagramLayout layout, Walkthrough walkthrough, boolean animate) {
        this.stage = stage;
        this.walkthrough = walkthrough;
        this.animate = animate;
        for (int s = 0; s < walkthrough.scenarios().size(); s++) {
            for (int h = 0; h < walkthrough.scenarios().get(s).hops().size(); h++) {
                steps.add(new Step(s, h));
            }
        }
        picture = new DiagramPicture(layout, true);
        bounds = layout.bounds();
        diagram = new Group(picture.node(), pulse);
        // The diagram on a light sheet, the room around it dark: cards and ports keep the colours of the legend.
        StackPane sheet = new StackPane(new Group(diagram));
        sheet.setId("workshop-diagram");
        sheet.setStyle("-fx-background-color: #f8fafc; -fx-background-radius: 14;");
        sheet.setPadding(new Insets(SHEET_PADDING));
        StackPane centre = new StackPane(sheet);
        centre.setPadding(new Insets(16, 12, 8, 12));
        caption.setId("workshop-caption");
        caption.setWrapText(true);
        caption.setFont(Fonts.regular(30));
        caption.setTextFill(Color.web("#f8fafc"));
        progress.setId("workshop-progress");
        progress.setFont(Fonts.bold(22));
        progress.setTextFill(Color.web("#93c5fd"));
        VBox bottom = new VBox(6, progress, caption);
        bottom.setPadding(new Insets(8, 40, 28, 40));
        bottom.setAlignment(Pos.CENTER_LEFT);
        BorderPane room = new BorderPane(centre, null, null, bottom, null);
        room.setStyle("-fx-background-color: #0b1220;");
        blank.setStyle("-fx-background-color: black;");
        blank.setVisible(false);
        root = new StackPane(room, blank);
        root.setId("workshop");
        // Scaled to the space the caption leaves, whatever the screen.
        sheet.widthProperty().addListener(o -> fit(sheet));
        sheet.heightProperty().addListener(o -> fit(sheet));
        show(0);
    }

    /** Workshop mode on {@code stage} for the diagram of {@code analysis}, with all its connections. */
    public static WorkshopMode open(Stage stage, org.portolan.analysis.Analysis analysis, boolean animate) {
        WorkshopMode mode = new WorkshopMode(stage, org.portolan.layout.DiagramLayouter.layout(analysis.topology(),
                analysis.flows()), Walkthrough.of(analysis.flows()), animate);
        mode.open();
        return mode;
    }

    /** Takes the window over, full screen, on the first hop; every key is the workshop's, none edits. */
    public void open() {
        Scene scene = stage.getScene();
        designer = scene.getRoot();
        wasFullScreen = stage.isFullScreen();
        scene.setRoot(root);
        scene.addEventFilter(KeyEvent.ANY, keys);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Escape is ours: it leaves the workshop
        stage.setFullScreen(true);
    }

    /** Gives the window back to the designer, as it was. */
    private void leave() {
        Scene scene = stage.getScene();
        scene.removeEventFilter(KeyEvent.ANY, keys);
        scene.setRoot(designer);
        designer = null;
        stage.setFullScreen(wasFullScreen);
        stage.setFullScreenExitKeyCombination(null);
    }

    private void fit(StackPane sheet) {
        double w = Math.max(1, sheet.getWidth() - 2 * SHEET_PADDING);
        double h = Math.max(1, sheet.getHeight() - 2 * SHEET_PADDING);
        double scale = Math.min(w / bounds.width(), h / bounds.height());
        diagram.setScaleX(scale);
        diagram.setScaleY(scale);
    }

    private void key(KeyEvent e) {
        e.consume(); // no accelerator of the designer's menus fires while presenting
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        KeyCode k = e.getCode();
        switch (k) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> show(index + 1);
            case LEFT, UP, PAGE_UP, BACK_SPACE -> show(index - 1);
            case HOME -> show(0);
            case END -> show(steps.size() - 1);
            case B -> blank.setVisible(!blank.isVisible());
            case ESCAPE -> leave();
            default -> {
                if (k.isDigitKey() && !k.getName().endsWith("0")) {
                    int scenario = Integer.parseInt(k.getName().replaceAll("\\D", "")) - 1;
                    for (int i = 0; i < steps.size(); i++) {
                        if (steps.get(i).scenario() == scenario) {
                            show(i);
                            break;
                        }
                    }
                }
            }
        }
    }

    /** Shows hop {@code i} (kept within the walkthrough). */
    private void show(int i) {
        if (steps.isEmpty()) {
            caption.setText("This diagram has no connections to walk through.");
            progress.setText("");
            return;
        }
        index = Math.max(0, Math.min(steps.size() - 1, i));
        Step step = steps.get(index);
        Walkthrough.Scenario scenario = walkthrough.scenarios().get(step.scenario());
        Walkthrough.Hop hop = scenario.hops().get(step.hop());
        picture.focus(hop.flow());
        progress.setText((step.scenario() + 1) + ". " + scenario.title() + " · hop " + (step.hop() + 1) + " of "
                + scenario.hops().size());
        caption.setText(hop.caption());
        run(picture.route(hop.flow()));
    }

    /** A dot running along the hop's arrow, in its direction. */
    private void run(List<Vec> route) {
        pulse.getChildren().clear();
        if (!animate || route.size() < 2) {
            return;
        }
        Polyline path = new Polyline();
        route.forEach(p -> path.getPoints().addAll(p.x(), p.y()));
        Circle dot = new Circle(7, Color.web("#f59e0b"));
        dot.setStroke(Color.WHITE);
        dot.setStrokeWidth(2);
        pulse.getChildren().add(dot);
        PathTransition run = new PathTransition(Duration.seconds(1.6), path, dot);
        run.setCycleCount(Animation.INDEFINITE);
        run.play();
        dot.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                run.stop();
            }
        });
    }
}
