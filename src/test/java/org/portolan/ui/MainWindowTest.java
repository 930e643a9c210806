package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.effect.Effect;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.analysis.Analysis;
import org.portolan.model.Topology;
import org.portolan.rules.Finding;
import org.portolan.rules.Flow;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The read-only window, read the way a user reads it. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    DiagramDocument document;
    MainWindow window;

    @Start
    void start(Stage stage) {
        OpenWindow open = OpenWindow.on(stage, Sample.EDGE_PERIMETER.load(), 1366, 768);
        window = open.window();
        document = open.document();
    }

    @Test
    void showsEveryNodeZoneAndConnectorOfTheSample(FxRobot robot) {
        Topology sample = Sample.EDGE_PERIMETER.load();
        for (org.portolan.model.Node n : sample.nodes()) {
            assertThat(robot.lookup("#node-" + n.id()).tryQuery()).as(n.id()).isPresent();
        }
        assertThat(robot.lookup("#zone-perimeter").tryQuery()).isPresent();
        Set<Text> texts = robot.lookup(".connector-label").lookup((Node t) -> t instanceof Text).queryAll();
        // A line per direction on the mail arrows, which have a head at each end.
        assertThat(texts).extracting(Text::getText).contains("50636/TCP", "53/UDP · 53/TCP", "443, 80, 587/TCP",
                "→ 25/TCP", "← 25/TCP").doesNotContain("any");
        assertThat(robot.lookup("#node-clients").lookup((Node t) -> t instanceof Text).queryAll())
                .extracting(t -> ((Text) t).getText()).contains("서울 본사 사용자");
    }

    @Test
    void noLargeAreaIsFilledWithATransparentBackground() {
        // The software renderer fills a transparent background like an opaque one, pixel by pixel, on every
        // repaint of the area under it: containers that only hold others must have none at all. (Small parts,
        // such as the table's column headers, which edits do not repaint, are left to the theme.)
        List<String> filledForNothing = new java.util.ArrayList<>();
        collectTransparentFills(window.diagram().getScene().getRoot(), filledForNothing);
        assertThat(filledForNothing).isEmpty();
    }

    private static void collectTransparentFills(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.layout.Region r && r.getBackground() != null
                && !r.getBackground().getFills().isEmpty()
                && r.getBackground().getFills().stream().allMatch(f -> javafx.scene.paint.Color.TRANSPARENT.equals(f.getFill()))
                && r.getWidth() * r.getHeight() > 50_000) {
            found.add(r.getClass().getSimpleName() + r.getStyleClass() + " " + (int) r.getWidth() + "x" + (int) r.getHeight());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectTransparentFills(c, found));
        }
    }

    @Test
    void portTableHasOneRowPerFlowAndFindingsAreListed(FxRobot robot) {
        Analysis expected = Analysis.of(Sample.EDGE_PERIMETER.load());
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        assertThat(table.getItems()).hasSize(expected.flows().size());
        ListView<Finding> findings = robot.lookup("#findings").queryListView();
        assertThat(findings.getItems()).extracting(Finding::id).isEqualTo(expected.findings().stream().map(Finding::id).toList());
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("8 nodes · 24 flows · 0 errors · 0 warnings · 1 notes");
    }

    @Test
    void theFirewallRulesTabShowsTheAggregatedRules(FxRobot robot) {
        robot.clickOn("#tab-rules");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.portolan.firewall.PolicyRule> rules = robot.lookup("#rule-table").queryTableView();
        Topology sample = Sample.EDGE_PERIMETER.load();
        var expected = org.portolan.firewall.FirewallPolicy.of(sample, Analysis.of(sample).flows());
        assertThat(rules.getItems()).extracting(r -> r.number() + " " + r.source().name() + " > "
                + r.destination().name() + " " + r.service().name()).containsExactlyElementsOf(expected.rules().stream()
                .map(r -> r.number() + " " + r.source().name() + " > " + r.destination().name() + " "
                        + r.service().name()).toList());
        assertThat(robot.lookup("#rule-summary").queryAs(Label.class).getText())
                .startsWith(expected.restricted().size() + " firewall rules and 2 unrestricted rules (R1/R2)");
        // An edit while the tab is shown brings the rows up to date.
        robot.interact(() -> window.document().edit("Turn on IMAP4", t -> t.withOptions(t.options().withImap4(true))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rules.getItems()).anyMatch(r -> r.service().name().equals("IMAP4"));
    }

    @Test
    void clickingARowHighlightsItsConnector(FxRobot robot) {
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        int row = table.getItems().indexOf(table.getItems().stream()
                .filter(f -> f.source().id().equals("mbx01") && f.port().range().from() == 50636).findFirst().orElseThrow());
        robot.interact(() -> table.scrollTo(row));
        robot.clickOn(robot.lookup("#flow-table .table-row-cell").match((Node c) ->
                c instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == row).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Node label = robot.lookup("#label-mbx01-edge01-directory").query();
        Effect effect = label.getEffect();
        assertThat(effect).isNotNull();
        assertThat(robot.lookup("#label-edge01-mbx01-mail").query().getEffect()).isNull();
    }

    @Test
    void openingAMalformedFileExplainsWhyAndKeepsTheDiagram(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("typo.portolan");
        Files.writeString(bad, "{\"format\": \"portolan-topology\", \"version\": 1,\n \"options\": {\"imap\": true}}");
        Topology before = document.topology();
        robot.interact(() -> window.files().open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("typo.portolan:2:14: unknown key \"imap\" in options (did you mean \"imap4\"?)");
        assertThat(document.topology()).isSameAs(before);
        robot.interact(() -> message.getScene().getWindow().hide());
    }

    @Test
    void malformedJsonIsOneSentenceWithOnePositionCentredOnTheWindow(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.portolan");
        Files.writeString(bad, "{\"format\": \"portolan-topology\", \"version\": 1,\n \"nodes\": [ {\"id\": \"a\",");
        robot.interact(() -> window.files().open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("broken.portolan:2:24: this is not valid JSON: the file ends too early");
        javafx.stage.Window dialog = message.getScene().getWindow();
        javafx.stage.Window main = window.diagram().getScene().getWindow();
        assertThat(dialog.getX() + dialog.getWidth() / 2).isCloseTo(main.getX() + main.getWidth() / 2,
                org.assertj.core.data.Offset.offset(40.0));
        robot.interact(dialog::hide);
    }

    @Test
    void openingAGoodFileReplacesTheDiagramAndTitle(FxRobot robot, @TempDir Path dir) throws Exception {
        Path good = dir.resolve("hybrid.portolan");
        try (var in = Sample.class.getResourceAsStream(Sample.HYBRID_OFFICE_365.resourcePath())) {
            Files.write(good, in.readAllBytes());
        }
        robot.interact(() -> window.files().open(good));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#node-o365").tryQuery()).isPresent();
        assertThat(robot.lookup("#node-edge01").tryQuery()).isEmpty();
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        assertThat(table.getItems()).hasSize(Analysis.of(Sample.HYBRID_OFFICE_365.load()).flows().size());
        assertThat(((Stage) table.getScene().getWindow()).getTitle())
                .isEqualTo("Hybrid deployment with Office 365 — hybrid.portolan — Portolan");
        assertThat(List.of(document.fileProperty().get())).containsExactly(good);
    }
}
