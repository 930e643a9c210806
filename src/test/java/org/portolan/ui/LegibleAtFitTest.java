package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.samples.Sample;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1366×768, fitted to the window, every bundled sample (File → New offers the same diagrams as templates)
 * is readable: card names at least 11 px tall on screen and port labels at least 9 px.
 */
@ExtendWith(ApplicationExtension.class)
class LegibleAtFitTest {

    private OpenWindow open;

    @Start
    void start(Stage stage) {
        open = OpenWindow.on(stage, Sample.DEFAULT.load(), 1366, 768);
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void namesAndPortsAreReadableAtFitZoom(Sample sample, FxRobot robot) {
        robot.interact(() -> open.document().replace(sample.load(), null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> open.window().diagram().fit());
        WaitForAsyncUtils.waitForFxEvents();

        var cards = robot.lookup(".node-card").queryAllAs(Group.class);
        assertThat(cards).hasSize(sample.load().nodes().size());
        for (Group card : cards) {
            Text title = (Text) card.getChildren().get(card.getChildren().size() - 2);
            assertThat(onScreen(title)).as("name %s", title.getText()).isGreaterThanOrEqualTo(11);
        }
        var labels = robot.lookup(".connector-label").queryAllAs(Group.class);
        assertThat(labels).isNotEmpty();
        for (Group label : labels) {
            for (Node part : label.getChildren()) {
                if (part instanceof Text text) {
                    assertThat(onScreen(text)).as("label %s", text.getText()).isGreaterThanOrEqualTo(9);
                }
            }
        }
    }

    /** The text's font size in screen pixels: its size times the zoom it is drawn at. */
    private static double onScreen(Text text) {
        return text.getFont().getSize() * text.getLocalToSceneTransform().getMyy();
    }
}
