package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portolan.analysis.View;
import org.portolan.rules.Flow;
import org.portolan.samples.Sample;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view chooser and the highlight of what is selected, as a user sees them. */
@ExtendWith(ApplicationExtension.class)
class ViewsTest {

    private OpenWindow open;

    @Start
    void start(Stage stage) {
        open = OpenWindow.on(stage, Sample.LOAD_BALANCED_DAG_HYBRID.load(), 1366, 768);
    }

    @Test
    void eachViewLeavesExactlyItsConcernsRowsAndDimsTheOtherCards(FxRobot robot) {
        ComboBox<View> chooser = robot.lookup("#view-chooser").queryComboBox();
        TableView<Flow> table = robot.lookup("#flow-table").queryTableView();
        List<Flow> all = open.document().analysis().flows();
        for (View view : View.values()) {
            robot.interact(() -> chooser.getSelectionModel().select(view));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getItems()).as(view.title()).containsExactlyElementsOf(view.filter(all));
            assertThat(robot.lookup(".connector").queryAll()).as(view.title())
                    .hasSize(open.document().layout().connectors().size());
        }
        robot.interact(() -> chooser.getSelectionModel().select(View.NAME_RESOLUTION));
        WaitForAsyncUtils.waitForFxEvents();
        // Name resolution: DAG01 asks DNS01; the Internet, Office 365 and the load balancer are faded.
        assertThat(robot.lookup("#node-internet").query().getOpacity()).isLessThan(0.5);
        assertThat(robot.lookup("#node-dns01").query().getOpacity()).isEqualTo(1.0);
        assertThat(robot.lookup("#node-dag01").query().getOpacity()).isEqualTo(1.0);
        assertThat(open.document().canUndoProperty().get()).as("a view is not an edit").isFalse();

        // Mail flow, DAG01 selected: the load balancer's forwarding of 25/TCP to it stays in the table.
        robot.interact(() -> chooser.getSelectionModel().select(View.MAIL_FLOW));
        robot.interact(() -> open.window().selection().selectNodes(List.of("dag01")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).anyMatch(f -> f.ruleId() == org.portolan.rules.RuleId.L2
                && f.port().toString().equals("25/TCP"));
    }

    @Test
    void selectingACardHighlightsItsConnectionsAndFadesTheRest(FxRobot robot) {
        robot.interact(() -> open.window().selection().selectNodes(List.of("dns01")));
        WaitForAsyncUtils.waitForFxEvents();
        for (Node line : robot.lookup(".connector").queryAll()) {
            var c = (org.portolan.layout.DiagramLayout.Connector) line.getProperties().get("portolan.connector");
            boolean own = c.source().id().equals("dns01") || c.target().id().equals("dns01");
            assertThat(line.getOpacity()).as(c.label()).isEqualTo(own ? 1.0 : 0.18);
        }
        assertThat(robot.lookup("#node-dag01").query().getOpacity()).as("at the other end").isEqualTo(1.0);
        assertThat(robot.lookup("#node-internet").query().getOpacity()).isLessThan(0.5);

        robot.interact(() -> open.window().selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".connector").queryAllAs(Node.class)).allMatch(n -> n.getOpacity() == 1.0);
        assertThat(robot.lookup(".node-card").queryAllAs(Node.class)).allMatch(n -> n.getOpacity() == 1.0);
    }
}
