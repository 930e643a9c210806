package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portolan.layout.DiagramLayout.Connector;
import org.portolan.layout.Rect;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.rules.Flow;
import org.portolan.rules.TrafficClass;
import org.portolan.samples.GeneratedTopology;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the canvas shows after edits: exactly the layout, drawn in full or, when dense, as bundles. */
@ExtendWith(ApplicationExtension.class)
class CanvasTest {

    Stage stage;
    MainWindow window;
    DiagramDocument document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(Sample.EDGE_PERIMETER.load());
    }

    private void open(Topology topology) {
        OpenWindow open = OpenWindow.on(stage, topology, 1600, 1000);
        window = open.window();
        document = open.document();
    }

    private void openDense(FxRobot robot) {
        robot.interact(() -> open(GeneratedTopology.of(300)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.layout().dense()).as("dense enough to bundle").isTrue();
    }

    private void move(FxRobot robot, String id, double x, double y) {
        OpenWindow.move(robot, document, id, x, y);
    }

    /** A label's text, its lines joined as the layout gives them. */
    private static String text(Node label) {
        List<Node> parts = ((Group) label).getChildren();
        return parts.subList(1, parts.size()).stream().map(t -> ((Text) t).getText())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void afterEditsEveryArrowAndLabelIsWhereTheLayoutPutsIt(FxRobot robot) {
        Rect edge = document.layout().nodeBox("edge01").rect();
        move(robot, "edge01", edge.x(), edge.y() + 96);
        Rect cas = document.layout().nodeBox("cas01").rect();
        move(robot, "cas01", cas.x() - 48, cas.y() + 16);
        robot.interact(() -> document.edit("IMAP4", t -> t.withOptions(t.options().withImap4(true))));
        WaitForAsyncUtils.waitForFxEvents();

        var layout = document.layout();
        assertThat(robot.lookup(".connector-label").queryAll()).hasSize(layout.connectors().size());
        assertThat(robot.lookup(".connector").queryAll()).hasSize(layout.connectors().size());
        assertThat(robot.lookup(".node-card").queryAll()).hasSize(document.topology().nodes().size());
        for (Connector c : layout.connectors()) {
            Node label = robot.lookup("#label-" + c.source().id() + "-" + c.target().id() + "-"
                    + c.trafficClass().name().toLowerCase(java.util.Locale.ROOT)).query();
            var b = label.getBoundsInParent();
            assertThat(b.getMinX()).as("label %s", label.getId()).isCloseTo(c.labelRect().x(), Offset.offset(1.0));
            assertThat(b.getMinY()).as("label %s", label.getId()).isCloseTo(c.labelRect().y(), Offset.offset(1.0));
            assertThat(text(label)).isEqualTo(c.label());
        }
        assertThat(robot.lookup(".connector-label").queryAll().stream().map(CanvasTest::text))
                .as("IMAP4 ports drawn").anyMatch(t -> t.contains("143, 993"));
        Node card = robot.lookup("#node-cas01").query();
        assertThat(card.getBoundsInParent().getMinX()).isCloseTo(cas.x() - 48, Offset.offset(1.0));
    }

    @Test
    void aDropThatSnapsBackLeavesTheCardExactlyWhereItWas(FxRobot robot) {
        move(robot, "edge01", 320, 224); // on the grid
        Rect edge = document.layout().nodeBox("edge01").rect();
        Point2D from = window.diagram().toScreen(edge.centerX(), edge.centerY());
        double pixels = 5 * window.diagram().zoomProperty().get(); // a drag, snapped back to the same grid point
        robot.drag(from, MouseButton.PRIMARY).moveBy(pixels, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document.layout().nodeBox("edge01").rect()).isEqualTo(edge);
        assertThat(document.canUndoProperty().get()).as("no edit but the first move").isTrue();
        Node card = robot.lookup("#node-edge01").query();
        assertThat(card.getTranslateX()).as("no card left offset from its place").isZero();
        assertThat(card.getBoundsInParent().getMinX()).isLessThanOrEqualTo(edge.x() + 0.5);
    }

    @Test
    void theLegendNamesExactlyTheTrafficClassesDrawnAndFollowsAnOption(FxRobot robot) {
        Pane legend = robot.lookup("#legend").queryAs(Pane.class);
        assertThat(legendLabels(legend)).containsExactlyElementsOf(classLabels());

        // Without the Send connector and with a proxy port, the Edge's arrow to the Internet is the proxy's.
        robot.interact(() -> document.edit("Send", t -> t.withOptions(t.options().withInternetSendConnector(false)
                .withSenderReputationProxyPort(8080))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legendLabels(legend)).containsExactlyElementsOf(classLabels()).contains(TrafficClass.PROXY.label());
    }

    private List<String> classLabels() {
        return document.layout().trafficClasses().stream().map(TrafficClass::label).toList();
    }

    private static List<String> legendLabels(Pane legend) {
        return legend.getChildren().stream().filter(Node::isVisible).filter(n -> n instanceof HBox)
                .map(n -> ((javafx.scene.control.Label) ((HBox) n).getChildren().get(1)).getText()).toList();
    }

    @Test
    void theMiddleButtonAndSpaceDragPanTheView(FxRobot robot) {
        robot.interact(() -> window.diagram().zoomTo(3));
        WaitForAsyncUtils.waitForFxEvents();
        var view = window.diagram();
        javafx.geometry.Bounds b = view.localToScreen(view.getBoundsInLocal());
        Point2D middle = new Point2D(b.getCenterX(), b.getCenterY());
        double h = view.getHvalue();
        double v = view.getVvalue();

        robot.drag(middle, MouseButton.MIDDLE).moveBy(-150, -100).release(MouseButton.MIDDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getHvalue()).as("dragged left: the view moves right").isGreaterThan(h);
        assertThat(view.getVvalue()).isGreaterThan(v);
        assertThat(document.canUndoProperty().get()).as("panning is not an edit").isFalse();

        double h2 = view.getHvalue();
        robot.clickOn(middle, MouseButton.MIDDLE); // focus the canvas without selecting
        robot.press(KeyCode.SPACE);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(150, 0).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getHvalue()).as("space + drag right: the view moves left").isLessThan(h2);
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(window.selection().nodes()).as("no rubber band was drawn").isEmpty();
    }

    @Test
    void aDenseDiagramShowsItsBundlesAndASmallOneEveryArrow(FxRobot robot) {
        openDense(robot);
        assertThat(robot.lookup(".connector-label").queryAll()).as("no per-arrow labels").isEmpty();
        assertThat(robot.lookup(".connector").queryAll()).as("no arrows until a card is selected").isEmpty();
        assertThat(robot.lookup(".bundle").queryAll()).hasSize(document.layout().bundles().size());
        assertThat(robot.lookup(".bundle-label").queryAll().stream().map(CanvasTest::text).toList())
                .containsExactlyInAnyOrderElementsOf(document.layout().bundles().stream().map(b -> b.label()).toList());
        assertThat(robot.lookup(".node-card").queryAll()).hasSize(document.topology().nodes().size());
        assertThat(window.diagram().zoomProperty().get()).as("fitted, zoomed far out").isLessThan(0.5);
        for (Node label : robot.lookup(".bundle-label").queryAll()) {
            assertThat(label.localToScene(label.getBoundsInLocal()).getHeight()).as("as tall on screen as at 100 %%")
                    .isCloseTo(org.portolan.layout.DiagramLayouter.LABEL_HEIGHT, Offset.offset(1.5));
        }
        assertThat(robot.lookup("#legend .label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Dense diagram"));

        robot.interact(() -> document.replace(Sample.EDGE_PERIMETER.load(), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".bundle").queryAll()).as("no bundles left behind").isEmpty();
        assertThat(robot.lookup(".connector-label").queryAll()).hasSize(document.layout().connectors().size());
        assertThat(robot.lookup(".connector").queryAll()).hasSize(document.layout().connectors().size());
    }

    @Test
    void inADenseDiagramTheSelectedCardsShowTheirOwnArrows(FxRobot robot) {
        openDense(robot);
        String edge = document.topology().nodesByKind().get(NodeKind.EDGE).get(0).id();

        robot.interact(() -> window.selection().selectNodes(List.of(edge)));
        WaitForAsyncUtils.waitForFxEvents();
        int own = document.layout().connectorsOf(List.of(edge)).size();
        assertThat(own).isPositive();
        assertThat(robot.lookup(".connector").queryAll()).hasSize(own);

        // Moved, the selection's arrows follow the card.
        Rect box = document.layout().nodeBox(edge).rect();
        move(robot, edge, box.x(), box.y() + 160);
        List<Node> arrows = List.copyOf(robot.lookup(".connector").queryAll());
        assertThat(arrows).hasSize(document.layout().connectorsOf(List.of(edge)).size());
        Rect moved = document.layout().nodeBox(edge).rect();
        assertThat(arrows).allMatch(a -> a.getBoundsInParent().intersects(moved.x() - 8, moved.y() - 8,
                moved.width() + 16, moved.height() + 16));

        robot.interact(() -> window.selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".connector").queryAll()).isEmpty();
    }

    @Test
    void cardsShowTheirNamesWhereTheyAreLargeEnoughToRead(FxRobot robot) {
        robot.interact(() -> window.diagram().zoomTo(0.62)); // a 13 px name is 8 px on screen
        Group card = robot.lookup("#node-edge01").queryAs(Group.class);
        Text name = (Text) card.getChildren().stream().filter(n -> n instanceof Text).findFirst().orElseThrow();
        assertThat(name.isVisible()).isTrue();

        robot.interact(() -> window.diagram().zoomTo(0.2)); // 2.6 px: an outline only
        assertThat(name.isVisible()).isFalse();
        robot.interact(() -> window.diagram().zoomTo(1));
        assertThat(name.isVisible()).isTrue();
    }

    @Test
    void thePortTableStaysWhereItWasScrolledThroughAnEditAndShowsANewSelectionFromTheTop(FxRobot robot) {
        openDense(robot);
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        robot.interact(() -> table.scrollTo(500));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstRowShown(robot)).isEqualTo(500);

        robot.interact(() -> document.edit("IMAP4", t -> t.withOptions(t.options().withImap4(true))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(document.analysis().flows().size());
        assertThat(firstRowShown(robot)).as("where it was").isEqualTo(500);

        String edge = document.topology().nodesByKind().get(NodeKind.EDGE).get(0).id();
        robot.interact(() -> window.selection().selectNodes(List.of(edge)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty()
                .allMatch(f -> f.source().id().equals(edge) || f.target().id().equals(edge));
        assertThat(firstRowShown(robot)).as("another node's rows, from the top").isZero();
    }

    private static int firstRowShown(FxRobot robot) {
        javafx.scene.control.skin.VirtualFlow<?> rows = robot.lookup("#flow-table .virtual-flow")
                .queryAs(javafx.scene.control.skin.VirtualFlow.class);
        return rows.getFirstVisibleCell().getIndex();
    }

    @Test
    void thePortTableHasFixedRowsOfTheThemesHeight(FxRobot robot) {
        TableView<?> table = robot.lookup("#flow-table").queryAs(TableView.class);
        javafx.scene.control.TableRow<?> row = robot.lookup("#flow-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> !r.isEmpty()).query();
        assertThat(table.getFixedCellSize()).isPositive().isEqualTo(row.getHeight());
        assertThat(row.getHeight()).isGreaterThan(row.getFont().getSize() * 2);
    }

    @Test
    void theFindingsFollowAnEditThatChangesThem(FxRobot robot) {
        var findings = robot.lookup("#findings").queryListView();
        List<?> before = List.copyOf(findings.getItems());
        var internal = OpenWindow.zoneArea(document, "internal");

        move(robot, "edge01", internal.x() + 40, internal.y() + 80); // F3: an Edge in the internal network

        assertThat(findings.getItems()).as("the findings follow the edit").isNotEqualTo(before)
                .containsExactlyElementsOf(document.analysis().findings());
    }
}
