package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portolan.analysis.Analysis;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.Rect;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.rules.Finding;
import org.portolan.rules.Flow;
import org.portolan.ui.document.DiagramDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Differential: for random diagrams and random sequences of edits (add, delete, move across zones, rename,
 * options, undo, redo, selections), the port table and the findings list the window shows are exactly those of
 * {@link Analysis} of the final diagram, derived on its own. Seeds are fixed, so a failure names its seed.
 */
@ExtendWith(ApplicationExtension.class)
class WindowAgreesWithAnalysisTest {

    private static final NodeKind[] KINDS = NodeKind.values();
    private static final String[] SITES = {null, "Seoul", "Busan"};

    Stage stage;
    MainWindow window;
    DiagramDocument document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void afterRandomEditsThePortTableAndFindingsAreThoseOfTheFinalDiagram(FxRobot robot) {
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            Topology start = randomTopology(random);
            robot.interact(() -> {
                OpenWindow open = OpenWindow.on(stage, start, 1366, 768);
                window = open.window();
                document = open.document();
            });
            for (int step = 0; step < 12; step++) {
                long s = seed;
                int at = step;
                robot.interact(() -> randomEdit(random));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> assertAgrees(robot, "seed " + s + ", step " + at));
            }
        }
    }

    private void assertAgrees(FxRobot robot, String where) {
        Analysis expected = Analysis.of(document.topology());
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        ListView<Finding> findings = robot.lookup("#findings").queryListView();
        List<Flow> rows = window.selection().nodes().isEmpty() ? expected.flows()
                : expected.flowsOf(window.selection().nodes());
        assertThat(table.getItems()).as("port table, %s", where).containsExactlyElementsOf(rows);
        assertThat(findings.getItems()).as("findings, %s", where).containsExactlyElementsOf(expected.findings());
        assertThat(document.layout()).as("layout, %s", where)
                .isEqualTo(DiagramLayouter.layout(document.topology(), expected.flows()));
    }

    private static Topology randomTopology(Random random) {
        List<Node> nodes = new ArrayList<>();
        int count = 3 + random.nextInt(10);
        for (int i = 0; i < count; i++) {
            NodeKind kind = KINDS[random.nextInt(KINDS.length)];
            String zone = List.of("external", "perimeter", "internal").get(random.nextInt(3));
            nodes.add(Node.of("n" + i, kind, kind.name().charAt(0) + "-" + i).withZone(zone)
                    .withSite(SITES[random.nextInt(SITES.length)]));
        }
        return new Topology("Random", randomOptions(random, Options.DEFAULTS), List.of(), nodes);
    }

    private static Options randomOptions(Random random, Options o) {
        return switch (random.nextInt(7)) {
            case 0 -> o.withHttp(!o.http());
            case 1 -> o.withImap4(!o.imap4());
            case 2 -> o.withPop3(!o.pop3());
            case 3 -> o.withSmtpClientSubmission(!o.smtpClientSubmission());
            case 4 -> o.withOutboundProxyThroughCas(!o.outboundProxyThroughCas());
            case 5 -> o.withInternetSendConnector(!o.internetSendConnector());
            default -> o.withSenderReputationProxyPort(o.senderReputationProxyPort() == null ? 8080 : null);
        };
    }

    private void randomEdit(Random random) {
        Topology t = document.topology();
        List<Node> nodes = t.nodes();
        Node some = nodes.isEmpty() ? null : nodes.get(random.nextInt(nodes.size()));
        switch (random.nextInt(9)) {
            case 0 -> edit("Add", x -> TopologyEdits.addNode(x, KINDS[random.nextInt(KINDS.length)],
                    pointIn(randomZone(random)), DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT));
            case 1 -> {
                if (some != null) {
                    edit("Delete", x -> TopologyEdits.deleteNodes(x, List.of(some.id())));
                }
            }
            case 2 -> {
                if (some != null) {
                    edit("Move", x -> TopologyEdits.moveNodes(x, Map.of(some.id(), pointIn(randomZone(random))),
                            DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT));
                }
            }
            case 3 -> {
                if (some != null) {
                    edit("Rename", x -> x.withNode(x.node(some.id()).orElseThrow().withName("R" + random.nextInt(99))
                            .withSite(SITES[random.nextInt(SITES.length)])));
                }
            }
            case 4 -> edit("Options", x -> x.withOptions(randomOptions(random, x.options())));
            case 5 -> window.undoRedo().undo();
            case 6 -> window.undoRedo().redo();
            case 7 -> window.selection().selectNodes(some == null ? List.of() : List.of(some.id()));
            default -> window.selection().clear();
        }
    }

    private void edit(String name, UnaryOperator<Topology> change) {
        document.edit(name, change);
    }

    private Rect randomZone(Random random) {
        var zones = document.layout().zones();
        return zones.get(random.nextInt(zones.size())).rect();
    }

    private static Point pointIn(Rect zone) {
        return new Point(zone.x() + 24, zone.y() + DiagramLayouter.ZONE_HEADER + 24);
    }
}
