package org.portolan.ui.files;

import java.io.File;
import java.io.IOException;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.portolan.m365.EndpointList;
import org.portolan.m365.EndpointListException;
import org.portolan.m365.Office365Endpoints;

/**
 * File → Update Microsoft 365 endpoints…: replaces the endpoint sets the Office 365 rules are written against with
 * a download of Microsoft's worldwide endpoints JSON. A file that is not one is refused and nothing changes.
 */
public final class EndpointUpdate {

    private EndpointUpdate() {
    }

    public static void chooseAndImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Microsoft 365 endpoints (worldwide JSON)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON files", "*.json"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return;
        }
        Alert alert;
        try {
            EndpointList list = Office365Endpoints.importFile(chosen.toPath(), null, org.portolan.io.PortolanHome.dir());
            alert = new Alert(Alert.AlertType.INFORMATION);
            alert.setHeaderText("Microsoft 365 endpoints updated");
            alert.setContentText(list.sets().stream().map(s -> list.describe(s.id()) + ": " + s.ips().size()
                    + " address ranges").collect(Collectors.joining("\n")));
        } catch (EndpointListException e) {
            alert = new Alert(Alert.AlertType.ERROR);
            alert.setHeaderText("Not Microsoft's endpoints list; nothing was changed");
            alert.setContentText(e.getMessage());
        } catch (IOException e) {
            alert = new Alert(Alert.AlertType.ERROR);
            alert.setHeaderText("The file cannot be read; nothing was changed");
            alert.setContentText(chosen + ": " + e.getMessage());
        }
        alert.initOwner(owner);
        alert.getDialogPane().setPrefWidth(560);
        alert.showAndWait();
    }
}
