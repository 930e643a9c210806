package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectorTest {

    MainWindow window;
    DiagramDocument document;

    @Start
    void start(Stage stage) {
        OpenWindow open = OpenWindow.on(stage, Sample.EDGE_PERIMETER.load(), 1600, 1000);
        window = open.window();
        document = open.document();
    }

    @Test
    void undoWhileTypingDoesNotCommitTheHalfTypedValue(FxRobot robot) {
        robot.clickOn("#option-pop3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().options().pop3()).isTrue();
        TextField name = robot.lookup("#inspector-diagram-name").queryAs(TextField.class);
        robot.clickOn(name).write(" draft");
        robot.interact(document::undo); // the panel is rebuilt under the focused field
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().options().pop3()).isFalse();
        assertThat(document.topology().name()).isEqualTo("Exchange 2013 with Edge Transport");
        assertThat(document.redoName()).isEqualTo("Turn on POP3, 110 and 995/TCP (C4)");
    }

    @Test
    void aFieldCommitsWhenTheUserLeavesIt(FxRobot robot) {
        TextField name = robot.lookup("#inspector-diagram-name").queryAs(TextField.class);
        robot.doubleClickOn(name);
        robot.interact(() -> name.setText("Seoul HQ"));
        robot.clickOn("#option-imap4"); // focus moves on
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().name()).isEqualTo("Seoul HQ");
    }

    @Test
    void theOrganisationFormIsMadeOnceAndEachOptionChangesTheOptionsAsTheyAre(FxRobot robot) {
        javafx.scene.control.CheckBox imap = robot.lookup("#option-imap4").queryAs(javafx.scene.control.CheckBox.class);
        robot.clickOn("#option-imap4");
        robot.clickOn("#option-pop3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().options().imap4()).as("kept when POP3 was ticked").isTrue();
        assertThat(document.topology().options().pop3()).isTrue();

        robot.interact(() -> window.selection().selectNodes(java.util.List.of("edge01")));
        robot.interact(() -> window.selection().clear());
        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#option-imap4").queryAs(javafx.scene.control.CheckBox.class)).as("the same form")
                .isSameAs(imap);
        assertThat(imap.isSelected()).isTrue();
        assertThat(robot.lookup("#option-pop3").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("undone").isFalse();
    }

    @Test
    void aNodesFormShownAgainDropsTypingLeftInItAndShowsTheNodeAsItIs(FxRobot robot) {
        TextField name = typingIntoTheEdgeName(robot);
        robot.interact(() -> window.selection().clear()); // the form is taken off while being typed into
        robot.interact(() -> window.selection().selectNodes(java.util.List.of("edge01")));
        WaitForAsyncUtils.waitForFxEvents();

        TextField again = robot.lookup("#inspector-name").queryAs(TextField.class);
        assertThat(again).as("the same form, not made anew").isSameAs(name);
        assertThat(again.getText()).isEqualTo("EDGE01");
        assertThat(document.topology().node("edge01").orElseThrow().name()).isEqualTo("EDGE01");
    }

    /** Selects EDGE01 and starts typing into its name field, without leaving it. */
    private TextField typingIntoTheEdgeName(FxRobot robot) {
        robot.interact(() -> window.selection().selectNodes(java.util.List.of("edge01")));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#inspector-name").queryAs(TextField.class);
        robot.clickOn(name).write("-NEW");
        return name;
    }

    @Test
    void movingTheSelectedNodeKeepsWhatIsBeingTypedInItsForm(FxRobot robot) {
        TextField name = typingIntoTheEdgeName(robot);
        var box = document.layout().nodeBox("edge01").rect();
        OpenWindow.move(robot, document, "edge01", box.x() + 32, box.y());
        assertThat(robot.lookup("#inspector-name").queryAs(TextField.class)).isSameAs(name);
        assertThat(name.getText()).endsWith("-NEW");
    }

    @Test
    void movingTheSelectedNodeIntoAnotherZoneUpdatesItsZoneInPlace(FxRobot robot) {
        TextField name = typingIntoTheEdgeName(robot);
        var internal = OpenWindow.zoneArea(document, "internal");
        OpenWindow.move(robot, document, "edge01", internal.x() + 40, internal.y() + 80);
        assertThat(document.topology().node("edge01").orElseThrow().zoneId()).isEqualTo("internal");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<String> zone = robot.lookup("#inspector-zone").queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(zone.getValue()).isEqualTo("internal");
        assertThat(robot.lookup("#inspector-name").queryAs(TextField.class)).as("the form is kept").isSameAs(name);
        assertThat(name.getText()).endsWith("-NEW");
        assertThat(document.undoName()).as("showing the new zone is not an edit of its own").isEqualTo("Move");
        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zone.getValue()).isEqualTo("perimeter");
        assertThat(document.topology().node("edge01").orElseThrow().zoneId()).isEqualTo("perimeter");
        assertThat(document.redoName()).isEqualTo("Move");
    }

    @Test
    void renamingTheSelectedNodeKeepsItsFormAndUndoBringsTheOldNameBack(FxRobot robot) {
        TextField name = typingIntoTheEdgeName(robot);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document.topology().node("edge01").orElseThrow().name()).isEqualTo("EDGE01-NEW");
        assertThat(document.undoName()).isEqualTo("Rename EDGE01");
        assertThat(robot.lookup("#inspector-name").queryAs(TextField.class)).as("the form is kept").isSameAs(name);
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && "EDGE01-NEW".equals(l.getText())).tryQuery()).as("its title follows").isPresent();

        robot.interact(document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEqualTo("EDGE01");
        assertThat(robot.lookup("#inspector-name").queryAs(TextField.class)).isSameAs(name);
        assertThat(document.redoName()).isEqualTo("Rename EDGE01");

        // A second rename through the same form names the edit after the name the node has then.
        robot.doubleClickOn(name).write("EDGE-X").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().node("edge01").orElseThrow().name()).isEqualTo("EDGE-X");
        assertThat(document.undoName()).isEqualTo("Rename EDGE01");
    }

    @Test
    void shortcutUndoAfterARenameUndoesTheRenameAndWhileTypingUndoesTheTyping(FxRobot robot) {
        TextField name = typingIntoTheEdgeName(robot);
        String before = document.undoName();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).as("the typing is undone in the field").isEqualTo("EDGE01");
        assertThat(document.undoName()).as("the diagram is untouched").isEqualTo(before);

        robot.write("-HQ").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().node("edge01").orElseThrow().name()).isEqualTo("EDGE01-HQ");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.topology().node("edge01").orElseThrow().name()).as("the rename is undone").isEqualTo("EDGE01");
        assertThat(name.getText()).isEqualTo("EDGE01");
        assertThat(document.redoName()).isEqualTo("Rename EDGE01");
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && "EDGE01-HQ".equals(l.getText())).tryQuery()).as("no title still shows the undone name").isEmpty();
    }

    @Test
    void invalidAddressesAreNeverDroppedTabMovesOnAndAPortSaysWhatIsWrong(FxRobot robot) {
        robot.interact(() -> window.selection().selectNodes(java.util.List.of("edge01")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea addresses = robot.lookup("#inspector-addresses")
                .queryAs(javafx.scene.control.TextArea.class);
        robot.clickOn(addresses).press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).write("10.0.0.300");
        robot.type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(addresses.getText()).as("Tab moved on instead of typing").isEqualTo("10.0.0.300");
        assertThat(addresses.isFocused()).isFalse();
        // Another node, and back: the typing is still there, red, with its reason; the model kept its address.
        robot.interact(() -> window.selection().selectNodes(java.util.List.of("mbx01")));
        robot.interact(() -> window.selection().selectNodes(java.util.List.of("edge01")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea again = robot.lookup("#inspector-addresses")
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(again.getText()).isEqualTo("10.0.0.300");
        assertThat(robot.lookup("#inspector-address-problem").queryLabeled().getText()).contains("10.0.0.300");
        assertThat(document.topology().node("edge01").orElseThrow().addresses()).extracting(Object::toString)
                .containsExactly("203.0.113.25");

        robot.interact(() -> window.selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        TextField port = robot.lookup("#option-proxy-port").queryAs(TextField.class);
        robot.interact(() -> port.setText("70000"));
        assertThat(robot.lookup("#option-proxy-port-problem").queryLabeled().getText())
                .isEqualTo("A TCP port is a whole number from 1 to 65535; leave it empty when no proxy is used");
        assertThat(document.topology().options().senderReputationProxyPort()).isNull();
    }
}
