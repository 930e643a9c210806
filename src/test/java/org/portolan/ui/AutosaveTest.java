package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.model.Topology;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.portolan.ui.files.Recovery;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AutosaveTest {

    @Start
    void start(Stage stage) {
        org.portolan.ui.PortolanApplication.applyLook(); // as users see it
        stage.show();
        stage.hide();
    }

    @Test
    void unsavedChangesAreAutosavedAndASavedDiagramLeavesNothing(FxRobot robot, @TempDir Path home) {
        robot.interact(() -> {
            DiagramDocument doc = new DiagramDocument(Sample.EDGE_PERIMETER.load(), null);
            Recovery recovery = new Recovery(home);
            PortolanApplication.autosave(doc, recovery);
            assertThat(home.resolve("recovery")).doesNotExist();

            doc.edit("Turn on IMAP4", t -> t.withOptions(t.options().withImap4(true)));
            PortolanApplication.autosave(doc, recovery);
            long pid = ProcessHandle.current().pid();
            assertThat(home.resolve("recovery/autosave-" + pid + ".portolan")).exists();

            doc.markSaved(home.resolve("x.portolan"));
            PortolanApplication.autosave(doc, recovery);
            assertThat(home.resolve("recovery/autosave-" + pid + ".portolan")).doesNotExist();
        });
    }

    @Test
    void aRestoredDiagramOpensAsUnsavedChanges(FxRobot robot) {
        robot.interact(() -> {
            Topology original = Sample.EDGE_PERIMETER.load();
            Topology recovered = original.withOptions(original.options().withPop3(true));
            DiagramDocument doc = new DiagramDocument(Topology.empty("x"), null);
            doc.restore(recovered, Path.of("design.portolan"), original);
            // The recovered diagram, its cards fixed where the layout puts them, as every opened diagram is.
            Topology pinned = org.portolan.edit.TopologyEdits.pin(recovered,
                    org.portolan.layout.DiagramLayouter.layout(recovered, org.portolan.analysis.Analysis.of(recovered).flows()));
            assertThat(doc.topology()).isEqualTo(pinned);
            assertThat(doc.isDirty()).isTrue();
            // Undo has nothing to take back: undoing the restore would throw the recovered work away.
            assertThat(doc.undoName()).isNull();
            doc.undo();
            assertThat(doc.topology()).isEqualTo(pinned);
            assertThat(doc.isDirty()).isTrue();
        });
    }
}
