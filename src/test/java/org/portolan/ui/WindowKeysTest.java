package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portolan.layout.Rect;
import org.portolan.rules.Finding;
import org.portolan.rules.FindingId;
import org.portolan.rules.Flow;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keys and names a user of a desktop tool expects: Escape, arrows, Ctrl+Y, findings, names not ids. */
@ExtendWith(ApplicationExtension.class)
class WindowKeysTest {

    MainWindow window;
    DiagramDocument document;

    @Start
    void start(Stage stage) {
        OpenWindow open = OpenWindow.on(stage, Sample.EDGE_PERIMETER.load(), 1600, 1000);
        window = open.window();
        document = open.document();
    }

    Rect card(String id) {
        return document.layout().nodeBox(id).rect();
    }

    @Test
    void arrowKeysNudgeTheSelectionEscapeDeselectsAndCtrlYRedoes(FxRobot robot) {
        robot.clickOn("#node-edge01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().nodes()).containsExactly("edge01");
        Rect before = card("edge01");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("edge01").x()).isEqualTo(before.x() + 1);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("edge01").y()).isEqualTo(before.y() + 16);
        assertThat(document.undoName()).isEqualTo("Move EDGE01");
        robot.interact(document::undo);
        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("edge01").x()).isEqualTo(before.x());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card("edge01").x()).as("redone by Ctrl+Y").isEqualTo(before.x() + 1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().nodes()).isEmpty();
    }

    @Test
    void aClickOnAFindingSelectsItsNodes(FxRobot robot) {
        robot.interact(() -> document.edit("Move the Edge inside", t -> t.withNode(t.node("edge01").orElseThrow()
                .withZone("internal"))));
        robot.clickOn("#tab-findings");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Finding> list = robot.lookup("#findings").queryListView();
        int f3 = list.getItems().stream().map(Finding::id).toList().indexOf(FindingId.F3);
        robot.interact(() -> list.scrollTo(f3));
        robot.clickOn(robot.lookup("#findings .list-cell").nth(f3).queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().nodes()).containsExactly("edge01");
    }

    @Test
    void theInspectorAndThePortTableNameKindsZonesAndCrossingsAsPeopleDo(FxRobot robot) {
        robot.interact(() -> window.selection().selectNodes(List.of("mbx01")));
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<?> kind = robot.lookup("#inspector-kind").queryAs(ChoiceBox.class);
        ChoiceBox<?> zone = robot.lookup("#inspector-zone").queryAs(ChoiceBox.class);
        assertThat(robot.from(kind).lookup(".label").queryLabeled().getText()).isEqualTo("Mailbox");
        assertThat(robot.from(zone).lookup(".label").queryLabeled().getText()).isEqualTo("Internal network (Seoul)");
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        String crossing = table.getColumns().stream().filter(c -> c.getText().equals("Crossing")).findFirst()
                .orElseThrow().getCellData(0).toString();
        assertThat(crossing).doesNotContain("internal").matches("(within .+|.+ → .+)");
    }

    @Test
    void helpListsTheGuideTheShortcutsTheRulesWithTheirSourcesAndAbout(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menu-rules");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<String[]> rules = robot.lookup("#rules-table").queryTableView();
        assertThat(rules.getItems()).hasSize(org.portolan.rules.RuleId.values().length);
        assertThat(rules.getItems().get(0)).startsWith("C1", "Encrypted web connections from clients");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Help").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-text").queryLabeled().getText()).contains("Portolan 0.1.0", "NanumGothic",
                "SIL Open Font License", "list version 2022072800");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Help").clickOn("#menu-guide");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guide-text").queryTextInputControl().getText()).startsWith("# Portolan user guide")
                .contains("## Workshop mode", "## Keyboard shortcuts", "## The file format");
        robot.type(KeyCode.ESCAPE);
        assertThat(HelpMenu.SHORTCUTS).anyMatch(s -> s[0].contains("Ctrl+Y")).anyMatch(s -> s[0].equals("F5"))
                .anyMatch(s -> s[0].startsWith("Arrow keys")).anyMatch(s -> s[0].equals("Escape"));
    }

    @Test
    void theWindowComesBackWithItsSizeAndSplits(FxRobot robot) throws Exception {
        java.util.prefs.Preferences p = java.util.prefs.Preferences.userRoot()
                .node("org/portolan/test/window-" + System.nanoTime());
        try {
            javafx.stage.Stage stage = (javafx.stage.Stage) window.diagram().getScene().getWindow();
            javafx.scene.control.SplitPane main = (javafx.scene.control.SplitPane) robot.lookup(".split-pane")
                    .match((javafx.scene.Node n) -> ((javafx.scene.control.SplitPane) n).getItems().size() == 3)
                    .query();
            robot.interact(() -> {
                stage.setWidth(1300);
                stage.setHeight(900);
                main.setDividerPositions(0.2, 0.7);
            });
            WaitForAsyncUtils.waitForFxEvents();
            double[] saved = main.getDividerPositions().clone(); // as the panes' limits left them
            double paletteWidth = saved[0] * main.getWidth();
            double inspectorWidth = (1 - saved[1]) * main.getWidth();
            robot.interact(() -> window.saveWindowState(p));
            robot.interact(() -> {
                stage.setWidth(1100);
                stage.setHeight(700);
                main.setDividerPositions(0.1, 0.9);
            });
            robot.interact(() -> window.restoreWindowState(p, 1366, 768));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getWidth()).isEqualTo(1300);
            assertThat(stage.getHeight()).isEqualTo(900);
            WaitForAsyncUtils.waitForFxEvents();
            // The palette and the inspector come back with their widths.
            assertThat(main.getDividerPositions()[0] * main.getWidth()).isCloseTo(paletteWidth,
                    org.assertj.core.data.Offset.offset(4.0));
            assertThat((1 - main.getDividerPositions()[1]) * main.getWidth()).isCloseTo(inspectorWidth,
                    org.assertj.core.data.Offset.offset(4.0));
        } finally {
            p.removeNode();
        }
    }

    @Test
    void cardsWithErrorsOrWarningsCarryABadge(FxRobot robot) {
        assertThat(robot.lookup("#badge-edge01").tryQuery()).isEmpty();
        robot.interact(() -> document.edit("Move the Edge inside", t -> t.withNode(t.node("edge01").orElseThrow()
                .withZone("internal"))));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node badge = robot.lookup("#badge-edge01").query();
        assertThat(badge.getStyleClass()).contains("badge-warning"); // F3
        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#badge-edge01").tryQuery()).isEmpty();
    }

    @Test
    void aCardsContextMenuMovesItIntoAZoneWhereItIsDrawn(FxRobot robot) {
        robot.rightClickOn("#node-dns01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().nodes()).containsExactly("dns01");
        // The menu as shown: its "Move to zone" submenu's Perimeter item, chosen.
        javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu c && "diagram-context-menu".equals(c.getId()))
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow();
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Rename", "Duplicate", "Delete", "Move to zone", "Properties");
        javafx.scene.control.Menu zones = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> "context-move-to-zone".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            zones.getItems().stream().filter(i -> "context-zone-perimeter".equals(i.getId())).findFirst()
                    .orElseThrow().fire();
            menu.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().node("dns01").orElseThrow().zoneId()).isEqualTo("perimeter");
        Rect zone = OpenWindow.zoneArea(document, "perimeter");
        Rect card = card("dns01");
        assertThat(card.x()).isGreaterThanOrEqualTo(zone.x());
        assertThat(card.maxX()).isLessThanOrEqualTo(zone.maxX());
        assertThat(card.y()).isGreaterThanOrEqualTo(zone.y());
        assertThat(card.maxY()).isLessThanOrEqualTo(zone.maxY());
        assertThat(document.layout().nodes()).filteredOn(b -> !b.node().id().equals("dns01"))
                .noneMatch(b -> b.rect().intersects(card));
        assertThat(document.undoName()).isEqualTo("Move to Perimeter network");
    }
}
