package org.portolan.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.samples.Sample;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    final Preferences preferences = Preferences.userRoot().node("org/portolan/test/export-" + System.nanoTime());
    Stage owner;

    @Start
    void start(Stage stage) {
        org.portolan.ui.PortolanApplication.applyLook(); // as users see it
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    ExportDialog open(FxRobot robot) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(owner, Sample.EDGE_PERIMETER.load(), preferences);
            dialog[0].show();
        });
        return dialog[0];
    }

    @Test
    void exportsTheChosenOutputsInTheBackgroundAndRemembersTheChoices(FxRobot robot, @TempDir Path dir) throws Exception {
        ExportDialog dialog = open(robot);
        TextField folder = robot.lookup("#export-folder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(dir.toString()));
        robot.clickOn("#export-pdf"); // on by default: now off
        robot.clickOn("#export-svg");
        robot.clickOn("#export-csv");
        assertThat(robot.lookup("#export-name").queryAs(TextField.class).getText()).isEqualTo("Exchange-2013-with-Edge-Transport");
        robot.clickOn("#export-run");
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Wrote"));
        assertThat(status.getText()).isEqualTo("Wrote 2 files to " + dir
                + ": Exchange-2013-with-Edge-Transport.csv, Exchange-2013-with-Edge-Transport.svg");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("Exchange-2013-with-Edge-Transport.csv", "Exchange-2013-with-Edge-Transport.svg");
        }
        robot.interact(dialog::hide);

        open(robot);
        assertThat(robot.lookup("#export-folder").queryAs(TextField.class).getText()).isEqualTo(dir.toString());
        assertThat(robot.lookup("#export-pdf").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#export-svg").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#export-csv").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    /** Exports the one output whose box is {@code checkBox} into {@code dir}; the status once it is written. */
    private Label exportOnly(FxRobot robot, Path dir, String checkBox) throws Exception {
        open(robot);
        robot.interact(() -> robot.lookup("#export-folder").queryAs(TextField.class).setText(dir.toString()));
        robot.clickOn("#export-pdf"); // on by default: now off
        robot.clickOn(checkBox);
        robot.clickOn("#export-run");
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Wrote"));
        return status;
    }

    @Test
    void writesTheCapircaPolicyIntoAFolderOfItsOwn(FxRobot robot, @TempDir Path dir) throws Exception {
        Label status = exportOnly(robot, dir, "#export-capirca");
        Path policy = dir.resolve("Exchange-2013-with-Edge-Transport-capirca");
        assertThat(status.getText()).startsWith("Wrote 3 files to " + dir).contains("NETWORK.net", "SERVICES.svc",
                "exchange-2013-with-edge-transport.pol");
        assertThat(policy.resolve("def/NETWORK.net")).isNotEmptyFile();
        assertThat(policy.resolve("policies/pol/exchange-2013-with-edge-transport.pol")).content()
                .contains("target:: ciscoasa EXTERNAL-TO-PERIMETER");
    }

    @Test
    void writesTheWorkshopHandout(FxRobot robot, @TempDir Path dir) throws Exception {
        exportOnly(robot, dir, "#export-handout");
        Path handout = dir.resolve("Exchange-2013-with-Edge-Transport-handout.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(handout.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(org.portolan.analysis.Walkthrough.of(
                    org.portolan.analysis.Analysis.of(Sample.EDGE_PERIMETER.load()).flows()).hops().size());
        }
    }

    @Test
    void changeRequestFieldsGoOnTheCoverAndAreKeptInTheDiagram(FxRobot robot, @TempDir Path dir) throws Exception {
        java.util.List<org.portolan.model.ChangeRequest> kept = new java.util.ArrayList<>();
        robot.interact(() -> new ExportDialog(owner, Sample.EDGE_PERIMETER.load(), preferences, kept::add).show());
        robot.interact(() -> robot.lookup("#export-folder").queryAs(TextField.class).setText(dir.toString()));
        robot.interact(() -> robot.lookup("#export-change-request").queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
        robot.clickOn("#export-change-ticket").write("CHG0012345");
        robot.clickOn("#export-approver").write("Seojun Lee");
        robot.clickOn("#export-run");
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Wrote"));
        assertThat(kept).singleElement().satisfies(c -> {
            assertThat(c.changeTicket()).isEqualTo("CHG0012345");
            assertThat(c.approver()).isEqualTo("Seojun Lee");
        });
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("Exchange-2013-with-Edge-Transport.pdf").toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf).replaceAll("\\s+", " ")).contains("Change ticket CHG0012345",
                    "Approver Seojun Lee");
        }
    }

    @Test
    void aMissingFolderIsExplainedAndNothingIsWritten(FxRobot robot, @TempDir Path dir) {
        open(robot);
        robot.interact(() -> robot.lookup("#export-folder").queryAs(TextField.class).setText(dir.resolve("nope").toString()));
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).contains("does not exist");
    }

    @Test
    void fileNamesComeFromTheDiagramName() {
        assertThat(ExportSettings.baseName("서울 HQ: design/v2")).isEqualTo("서울-HQ-designv2");
        assertThat(ExportSettings.baseName("  ")).isEqualTo("diagram");
    }
}
