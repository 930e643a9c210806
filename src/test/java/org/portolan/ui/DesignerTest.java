package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.fileformat.TopologyReader;
import org.portolan.layout.Rect;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.rules.Finding;
import org.portolan.rules.FindingId;
import org.portolan.rules.Flow;
import org.portolan.rules.FlowEngine;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The designer, used the way an architect uses it: drag, drop, click, read the table and findings. */
@ExtendWith(ApplicationExtension.class)
class DesignerTest {

    final Preferences preferences = Preferences.userRoot().node("org/portolan/test/designer-" + System.nanoTime());
    MainWindow window;
    DiagramDocument document;

    @Start
    void start(Stage stage) {
        OpenWindow open = OpenWindow.on(stage, Sample.EDGE_PERIMETER.load(), 1600, 1000);
        window = open.window();
        document = open.document();
        window.files().usePreferences(preferences);
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    List<Flow> tableRows(FxRobot robot) {
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    /** The port table's header of the column with this title. */
    private static javafx.scene.Node columnHeader(FxRobot robot, String title) {
        return robot.lookup("#flow-table .column-header").match((javafx.scene.Node h) -> robot.from(h).lookup(".label")
                .tryQuery().map(l -> l instanceof javafx.scene.control.Labeled labeled && labeled.getText().equals(title))
                .orElse(false)).queryAs(javafx.scene.Node.class);
    }

    List<FindingId> findings(FxRobot robot) {
        ListView<Finding> list = robot.lookup("#findings").queryListView();
        return list.getItems().stream().map(Finding::id).toList();
    }

    Point2D screen(double x, double y) {
        return window.diagram().toScreen(x, y);
    }

    Rect zoneRect(String id) {
        return document.layout().zones().stream().filter(z -> z.zone().id().equals(id)).findFirst().orElseThrow().rect();
    }

    void newBlank(FxRobot robot) {
        robot.interact(() -> window.files().newFrom(org.portolan.ui.files.Template.BLANK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingEveryKindFromThePaletteAddsExactlyTheRowsTheRulesDemand(FxRobot robot) {
        newBlank(robot);
        double[] slot = {0};
        for (NodeKind kind : NodeKind.values()) {
            Rect zone = zoneRect(kind.defaultZone().implicitId());
            double y = zone.y() + 80 + (slot[0]++ % 5) * 70;
            Point2D target = screen(zone.centerX(), y);
            robot.drag("#palette-" + kind.name().toLowerCase(), MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            Topology t = document.topology();
            Node added = t.nodes().get(t.nodes().size() - 1);
            assertThat(added.kind()).isEqualTo(kind);
            assertThat(added.zoneId()).as("dropped into its zone").isEqualTo(kind.defaultZone().implicitId());
            assertThat(window.selection().nodes()).containsExactly(added.id());
            robot.interact(() -> window.selection().clear());
            assertThat(tableRows(robot)).as("after adding %s", kind).containsExactlyInAnyOrderElementsOf(FlowEngine.flows(t));
        }
        assertThat(document.topology().nodes()).extracting(Node::name)
                .containsExactly("Internet01", "EDGE01", "CAS01", "MBX01", "EX01", "DNS01", "Office365-01", "DC01", "Clients01", "LB01");
        assertThat(tableRows(robot)).isNotEmpty();
    }

    @Test
    void aLoadBalancerAndADagFromThePaletteAndTheirServersFromTheInspector(FxRobot robot) {
        newBlank(robot);
        Rect internal = zoneRect("internal");
        robot.drag("#palette-internet", MouseButton.PRIMARY).moveTo(screen(zoneRect("external").centerX(),
                zoneRect("external").y() + 90)).release(MouseButton.PRIMARY);
        robot.drag("#palette-group-dag", MouseButton.PRIMARY).moveTo(screen(internal.centerX(), internal.y() + 90))
                .release(MouseButton.PRIMARY);
        robot.drag("#palette-load_balancer", MouseButton.PRIMARY).moveTo(screen(zoneRect("perimeter").centerX(),
                zoneRect("perimeter").y() + 90)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Node dag = document.topology().node("dag01").orElseThrow();
        assertThat(dag.count()).isEqualTo(4);
        assertThat(document.topology().node("lb01").orElseThrow().kind()).isEqualTo(NodeKind.LOAD_BALANCER);
        robot.interact(() -> window.selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        // The Internet reaches the load balancer, which forwards to the DAG (L1, L2).
        assertThat(tableRows(robot)).extracting(Flow::toString).contains("C1 internet01 -> lb01 443/TCP",
                "N1 internet01 -> lb01 25/TCP", "L2 lb01 -> dag01 443/TCP");
        assertThat(cardTexts(robot, "dag01")).contains("DAG01", "Multi-role ×4");

        robot.interact(() -> window.selection().selectNodes(List.of("dag01")));
        javafx.scene.control.TextField servers = robot.lookup("#inspector-count").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(servers).write("70000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inspector-count-problem").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Enter a whole number of servers from 1 to 10000");
        robot.interact(() -> servers.setText("8"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().node("dag01").orElseThrow().count()).isEqualTo(8);
        assertThat(cardTexts(robot, "dag01")).contains("Multi-role ×8");
        assertThat(document.undoName()).isEqualTo("Set count of DAG01");
        assertThat(FlowEngine.flows(document.topology())).extracting(Flow::toString).contains("R1 dag01 -> dag01 any");
    }

    private static List<String> cardTexts(FxRobot robot, String id) {
        return robot.lookup("#node-" + id).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                .queryAll().stream().map(n -> ((javafx.scene.text.Text) n).getText()).toList();
    }

    @Test
    void aMailboxDroppedOutsideEveryZoneLandsInTheNearestInternalZoneAndIsDrawnThere(FxRobot robot) {
        newBlank(robot);
        Rect internal = zoneRect("internal");
        robot.drag("#palette-mailbox", MouseButton.PRIMARY)
                .moveTo(screen(internal.maxX() + 120, internal.y() + 60)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Node added = document.topology().nodes().get(document.topology().nodes().size() - 1);
        assertThat(added.kind()).isEqualTo(NodeKind.MAILBOX);
        assertThat(added.zoneId()).isEqualTo("internal");
        Rect card = document.layout().nodeBox(added.id()).rect();
        Rect zone = zoneRect("internal");
        assertThat(card.x()).isGreaterThanOrEqualTo(zone.x());
        assertThat(card.maxX()).isLessThanOrEqualTo(zone.maxX());
        assertThat(card.y()).isGreaterThanOrEqualTo(zone.y());
        assertThat(card.maxY()).isLessThanOrEqualTo(zone.maxY());
    }

    @Test
    void anEdgeDroppedOutsideADiagramWithoutAPerimeterGetsAPerimeterZoneAroundIt(FxRobot robot) {
        robot.interact(() -> window.files().newFrom(org.portolan.ui.files.Template.NO_EDGE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().zones()).noneMatch(z -> z.kind() == org.portolan.model.ZoneKind.PERIMETER);
        // In the gap between the Internet and the internal network, which no zone covers.
        Rect external = zoneRect("external");
        Rect internal = zoneRect("internal");
        double gap = (external.maxX() + internal.x()) / 2;
        robot.drag("#palette-edge", MouseButton.PRIMARY)
                .moveTo(screen(gap, internal.y() + internal.height() / 2)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Node edge = document.topology().nodes().get(document.topology().nodes().size() - 1);
        assertThat(edge.kind()).isEqualTo(NodeKind.EDGE);
        Zone zone = document.topology().zone(edge.zoneId()).orElseThrow();
        assertThat(zone.kind()).isEqualTo(org.portolan.model.ZoneKind.PERIMETER);
        Rect card = document.layout().nodeBox(edge.id()).rect();
        Rect area = zoneRect(zone.id());
        assertThat(card.x()).isGreaterThanOrEqualTo(area.x());
        assertThat(card.maxX()).isLessThanOrEqualTo(area.maxX());
        assertThat(card.y()).isGreaterThanOrEqualTo(area.y());
        assertThat(card.maxY()).isLessThanOrEqualTo(area.maxY());
    }

    @Test
    void deletingAZoneAsksWhenItHoldsCardsAndIsOneUndoStep(FxRobot robot) {
        newBlank(robot);
        robot.interact(() -> document.edit("Add zone", t -> org.portolan.edit.TopologyEdits.addZone(t,
                org.portolan.model.ZoneKind.INTERNAL, new Zone.Bounds(1200, 0, 300, 400))));
        String added = document.topology().zones().get(document.topology().zones().size() - 1).id();
        robot.interact(() -> document.edit("Add MBX", t -> org.portolan.edit.TopologyEdits.addNode(t,
                NodeKind.MAILBOX, new org.portolan.model.Point(1250, 100), 180, 64)));
        assertThat(document.topology().nodes()).extracting(Node::zoneId).containsExactly(added);
        java.util.List<String> asked = new java.util.ArrayList<>();
        window.confirmZoneDelete = (name, cards) -> {
            asked.add(name + " " + cards);
            return false;
        };
        robot.interact(() -> window.selection().selectZone(added));
        robot.interact(window::delete);
        assertThat(asked).hasSize(1).allMatch(a -> a.endsWith(" 1"));
        assertThat(document.topology().zone(added)).as("cancelled").isPresent();
        window.confirmZoneDelete = (name, cards) -> true;
        robot.interact(window::delete);
        assertThat(document.topology().zone(added)).isEmpty();
        assertThat(document.topology().nodes()).isEmpty();
        assertThat(document.undoName()).startsWith("Delete zone");
        robot.interact(document::undo);
        assertThat(document.topology().zone(added)).isPresent();
        assertThat(document.topology().nodes()).hasSize(1);
        // An empty zone goes at once, the perimeter network of a new diagram too (no zone comes back unneeded).
        robot.interact(() -> window.selection().selectZone("perimeter"));
        robot.interact(window::delete);
        assertThat(asked).hasSize(1);
        assertThat(document.topology().zone("perimeter")).isEmpty();
    }

    @Test
    void movingTheEdgeIntoTheInternalZoneRaisesF3InOneUndoableStep(FxRobot robot) {
        assertThat(findings(robot)).doesNotContain(FindingId.F3);
        Rect internal = zoneRect("internal");
        Rect edge = document.layout().nodeBox("edge01").rect();
        robot.drag(screen(edge.centerX(), edge.centerY()), MouseButton.PRIMARY)
                .moveTo(screen(internal.x() + 120, internal.maxY() - 60)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().node("edge01").orElseThrow().zoneId()).isEqualTo("internal");
        assertThat(findings(robot)).contains(FindingId.F3);
        assertThat(tableRows(robot)).filteredOn(f -> f.ruleId().name().equals("E1"))
                .allMatch(f -> f.crossing().key().equals("external->internal"));
        assertThat(document.undoName()).isEqualTo("Move EDGE01");
        robot.interact(document::undo);
        assertThat(document.topology().node("edge01").orElseThrow().zoneId()).isEqualTo("perimeter");
        assertThat(findings(robot)).doesNotContain(FindingId.F3);
        robot.interact(document::redo);
        assertThat(findings(robot)).contains(FindingId.F3);
    }

    @Test
    void togglingImap4AddsThe143And993RowsAndUndoRestoresTheTable(FxRobot robot) {
        List<Flow> before = tableRows(robot);
        assertThat(before).noneMatch(f -> f.port().range().from() == 143);
        robot.clickOn("#option-imap4");
        WaitForAsyncUtils.waitForFxEvents();
        List<Flow> after = tableRows(robot);
        assertThat(after).anyMatch(f -> f.port().toString().equals("143/TCP"))
                .anyMatch(f -> f.port().toString().equals("993/TCP"));
        assertThat(after).hasSize(before.size() + 4); // Internet and the clients, each to CAS01, on 143 and 993
        assertThat(findings(robot)).contains(FindingId.F8);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableRows(robot)).containsExactlyInAnyOrderElementsOf(before);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableRows(robot)).containsExactlyInAnyOrderElementsOf(after);
    }

    @Test
    void anOptionThatLeavesTheSelectedNodesFlowsAloneLeavesItsRowsAloneButCountsTheNewTotal(FxRobot robot) {
        robot.interact(() -> window.selection().selectNodes(List.of("edge01")));
        // A first edit pins every card where the layout put it: new nodes, and so new flows, all of them.
        robot.interact(() -> document.edit("Pin", t -> t));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        List<Flow> rows = tableRows(robot);
        int[] changes = {0};
        robot.interact(() -> table.getItems().addListener((javafx.collections.ListChangeListener<Flow>) c -> changes[0]++));

        robot.interact(() -> document.edit("Turn on IMAP4", t -> t.withOptions(t.options().withImap4(true))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changes[0]).as("IMAP4 adds no flow of the Edge: its rows are not refilled").isZero();
        assertThat(tableRows(robot)).containsExactlyElementsOf(rows);
        assertThat(robot.lookup("#flow-count").queryLabeled().getText())
                .isEqualTo(rows.size() + " of " + document.analysis().flows().size() + " flows");
    }

    @Test
    void selectingANodeFiltersTheTableToItsFlows(FxRobot robot) {
        Rect dns = document.layout().nodeBox("dns01").rect();
        robot.clickOn(screen(dns.centerX(), dns.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().nodes()).containsExactly("dns01");
        assertThat(tableRows(robot)).isNotEmpty().allMatch(f -> f.source().id().equals("dns01") || f.target().id().equals("dns01"));
        robot.clickOn("#flow-search").write("50636");
        robot.clickOn(screen(zoneRect("external").centerX(), zoneRect("external").maxY() - 20)); // click empty zone area
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableRows(robot)).hasSize(2).allMatch(f -> f.port().range().from() == 50636);
    }

    @Test
    void clickingAColumnHeaderSortsThePortTableWhichStaysSortedThroughEditsUntilClickedAThirdTime(FxRobot robot) {
        // Numerically, and "any" (R1, R2) last.
        java.util.function.ToIntFunction<Flow> port = f -> f.port().range().toString().equals("*") ? Integer.MAX_VALUE
                : f.port().range().from();
        javafx.scene.Node header = columnHeader(robot, "Port");
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableRows(robot)).as("ascending by port").isSortedAccordingTo(java.util.Comparator.comparingInt(port));

        robot.interact(() -> document.edit("IMAP4", t -> t.withOptions(t.options().withImap4(true))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableRows(robot)).as("still sorted after an edit").hasSize(document.analysis().flows().size())
                .isSortedAccordingTo(java.util.Comparator.comparingInt(port));

        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableRows(robot)).as("descending").isSortedAccordingTo(java.util.Comparator.comparingInt(port).reversed());
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableRows(robot)).as("the rules' order again").containsExactlyElementsOf(document.analysis().flows());
    }

    @Test
    void rubberBandSelectsAndDeleteRemovesWithUndo(FxRobot robot) {
        Rect mbx1 = document.layout().nodeBox("mbx01").rect();
        Rect mbx2 = document.layout().nodeBox("mbx02").rect();
        robot.drag(screen(mbx1.x() - 20, mbx1.y() - 20), MouseButton.PRIMARY)
                .moveTo(screen(mbx2.maxX() + 20, mbx2.maxY() + 20)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().nodes()).containsExactlyInAnyOrder("mbx01", "mbx02");
        robot.interact(() -> window.clipboard().deleteSelection());
        assertThat(document.topology().node("mbx01")).isEmpty();
        assertThat(findings(robot)).contains(FindingId.F5, FindingId.F7);
        assertThat(window.selection().nodes()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Z)
                .release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().nodes()).extracting(Node::id).contains("mbx01", "mbx02");
        assertThat(window.selection().nodes()).as("what the undo brought back is selected")
                .containsExactlyInAnyOrder("mbx01", "mbx02");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
                .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().node("mbx01")).isEmpty();
        assertThat(window.selection().nodes()).isEmpty();
    }

    @Test
    void doubleClickingAFindingSelectsTheNodesItIsAbout(FxRobot robot) {
        robot.interact(() -> window.selection().selectNodes(List.of("mbx01", "mbx02")));
        robot.interact(() -> window.clipboard().deleteSelection());
        robot.clickOn("#tab-findings");
        ListView<Finding> list = robot.lookup("#findings").queryListView();
        int f5 = list.getItems().stream().map(Finding::id).toList().indexOf(FindingId.F5);
        robot.interact(() -> list.scrollTo(f5));
        robot.doubleClickOn(robot.lookup("#findings .list-cell").match((javafx.scene.Node c) ->
                c instanceof javafx.scene.control.ListCell<?> cell && cell.getIndex() == f5).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().nodes()).containsExactly("edge01");
    }

    @Test
    void doubleClickRenamesInPlace(FxRobot robot) {
        Rect cas = document.layout().nodeBox("cas01").rect();
        robot.doubleClickOn(screen(cas.centerX(), cas.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#rename-field").queryAs(javafx.scene.control.TextField.class);
        robot.eraseText(5).write("CAS-SEOUL-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().node("cas01").orElseThrow().name()).isEqualTo("CAS-SEOUL-1");
        assertThat(tableRows(robot)).anyMatch(f -> f.connectors().contains("Client Frontend CAS-SEOUL-1"));
    }

    @Test
    void saveReopenAndCompare(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#option-pop3");
        Path file = dir.resolve("saved.portolan");
        robot.interact(() -> window.files().saveTo(file));
        assertThat(document.isDirty()).isFalse();
        Topology saved = document.topology();
        assertThat(TopologyReader.read(file)).isEqualTo(saved);
        robot.interact(() -> window.files().newFrom(org.portolan.ui.files.Template.BLANK));
        assertThat(document.topology().nodes()).isEmpty();
        robot.interact(() -> window.files().open(file));
        assertThat(document.topology()).isEqualTo(saved);
        assertThat(tableRows(robot)).containsExactlyInAnyOrderElementsOf(FlowEngine.flows(saved));
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Exchange 2013 with Edge Transport — saved.portolan — Portolan");
    }

    @Test
    void unsavedChangesAskBeforeTheyAreLost(FxRobot robot) {
        robot.clickOn("#option-pop3");
        assertThat(((Stage) robot.window(0)).getTitle()).startsWith("• ");
        Topology edited = document.topology();
        robot.clickOn("File").clickOn("#menu-new").clickOn("#menu-new-blank");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology()).isSameAs(edited);
        robot.clickOn("File").clickOn("#menu-new").clickOn("#menu-new-blank");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().nodes()).isEmpty();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void resizingAZoneIsOneEdit(FxRobot robot) {
        Rect perimeter = zoneRect("perimeter");
        robot.drag(screen(perimeter.maxX(), perimeter.maxY()), MouseButton.PRIMARY)
                .moveTo(screen(perimeter.maxX() + 24, perimeter.maxY() + 64)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Zone.Bounds b = document.topology().zone("perimeter").orElseThrow().bounds();
        assertThat(b.height()).isGreaterThan(perimeter.height() + 40);
        assertThat(b.width()).isGreaterThan(perimeter.width());
        assertThat(b.x() + b.width()).as("stops at the internal network").isLessThanOrEqualTo(zoneRect("internal").x());
        assertThat(document.undoName()).isEqualTo("Resize Perimeter network");
    }

    @Test
    void copyPasteAndDuplicate(FxRobot robot) {
        robot.interact(() -> window.selection().selectNodes(List.of("mbx01")));
        robot.interact(() -> {
            window.clipboard().copy();
            window.clipboard().paste();
        });
        assertThat(document.topology().nodes()).extracting(Node::name).contains("MBX03");
        assertThat(window.selection().nodes()).containsExactly("mbx03");
        // The copy lands in free space, whole grid steps off the original, on no card.
        var copy = document.layout().nodeBox("mbx03").rect();
        var original = document.layout().nodeBox("mbx01").rect();
        assertThat((copy.x() - original.x()) % 16).isZero();
        assertThat((copy.y() - original.y()) % 16).isZero();
        assertThat(copy.x() - original.x() + copy.y() - original.y()).isPositive();
        assertThat(document.layout().nodes()).filteredOn(b -> !b.node().id().equals("mbx03"))
                .noneMatch(b -> b.rect().intersects(copy));
        robot.interact(() -> window.clipboard().paste());
        var second = document.layout().nodeBox("mbx04").rect();
        assertThat(document.layout().nodes()).filteredOn(b -> !b.node().id().equals("mbx04"))
                .noneMatch(b -> b.rect().intersects(second));
    }
}
