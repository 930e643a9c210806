package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portolan.analysis.Walkthrough;
import org.portolan.samples.Sample;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Workshop mode, driven with the keys a presentation remote sends. */
@ExtendWith(ApplicationExtension.class)
class WorkshopTest {

    private OpenWindow open;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        open = OpenWindow.on(stage, Sample.EDGE_PERIMETER.load(), 1366, 768);
        open.window().setWorkshopAnimation(false);
    }

    private boolean presenting() {
        return "workshop".equals(main.getScene().getRoot().getId());
    }

    private String caption(FxRobot robot) {
        return robot.from(main.getScene().getRoot()).lookup("#workshop-caption").queryAs(Label.class).getText();
    }

    private String progress(FxRobot robot) {
        return robot.from(main.getScene().getRoot()).lookup("#workshop-progress").queryAs(Label.class).getText();
    }

    @Test
    void f5OpensFullScreenTheArrowKeysStepAndEscapeLeavesTheWindowAsItWas(FxRobot robot) {
        double width = main.getWidth();
        double height = main.getHeight();
        List<Walkthrough.Hop> hops = Walkthrough.of(open.document().analysis().flows()).hops();

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presenting()).isTrue();
        assertThat(main.isFullScreen()).isTrue();
        assertThat(caption(robot)).isEqualTo(hops.get(0).caption());
        assertThat(progress(robot)).isEqualTo("1. Inbound Internet mail · hop 1 of " + Walkthrough.of(
                open.document().analysis().flows()).scenarios().get(0).hops().size());

        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caption(robot)).isEqualTo(hops.get(1).caption());
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caption(robot)).isEqualTo(hops.get(2).caption());
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caption(robot)).isEqualTo(hops.get(1).caption());
        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caption(robot)).isEqualTo(hops.get(hops.size() - 1).caption());
        robot.push(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress(robot)).startsWith("2. Outbound Internet mail · hop 1 of ");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presenting()).isFalse();
        assertThat(robot.lookup("#diagram").tryQuery()).as("the designer is back").isPresent();
        assertThat(main.isFullScreen()).isFalse();
        assertThat(main.getWidth()).isEqualTo(width);
        assertThat(main.getHeight()).isEqualTo(height);
        assertThat(open.document().undoName()).as("presenting edits nothing").isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Sample.class)
    void aRoomReadsNamesAndPortsAt1920By1080(Sample sample, FxRobot robot) {
        robot.interact(() -> open.document().replace(sample.load(), null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.getScene().getWidth()).isEqualTo(1920);
        var root = main.getScene().getRoot();
        for (javafx.scene.Node card : robot.from(root).lookup(".node-card").queryAll()) {
            var parts = ((javafx.scene.Group) card).getChildren();
            javafx.scene.text.Text name = (javafx.scene.text.Text) parts.get(parts.size() - 2);
            assertThat(onScreen(name)).as(name.getText()).isGreaterThanOrEqualTo(28);
        }
        for (javafx.scene.Node label : robot.from(root).lookup(".connector-label").queryAll()) {
            for (javafx.scene.Node part : ((javafx.scene.Group) label).getChildren()) {
                if (part instanceof javafx.scene.text.Text text) {
                    assertThat(onScreen(text)).as(text.getText()).isGreaterThanOrEqualTo(20);
                }
            }
        }
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double onScreen(javafx.scene.text.Text text) {
        return text.getFont().getSize() * text.getLocalToSceneTransform().getMyy();
    }
}
