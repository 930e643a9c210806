package org.portolan.m365;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Microsoft's endpoint sets: the shipped copy, an import of the worldwide list, and what is refused. */
class EndpointListTest {

    /** The shape of Microsoft's worldwide list: many sets, of which Portolan keeps 1 and 10. */
    static final String WORLDWIDE = """
            [
              {"id": 1, "serviceArea": "Exchange", "serviceAreaDisplayName": "Exchange Online",
               "urls": ["outlook.office.com", "outlook.office365.com"], "ips": ["13.107.6.152/31", "2603:1006::/40"],
               "tcpPorts": "80,443", "expressRoute": true, "category": "Optimize", "required": true},
              {"id": 8, "serviceArea": "Exchange", "urls": ["*.outlook.com"], "tcpPorts": "80,443",
               "category": "Default", "required": false},
              {"id": 10, "serviceArea": "Exchange", "serviceAreaDisplayName": "Exchange Online",
               "urls": ["*.mail.protection.outlook.com"], "ips": ["40.92.0.0/15", "2a01:111:f403::/48"],
               "tcpPorts": "25", "category": "Allow", "required": true},
              {"id": 46, "serviceArea": "SharePoint", "urls": ["*.sharepoint.com"], "ips": ["13.107.136.0/22"]}
            ]
            """;

    @Test
    void theShippedCopyHoldsSets1And10WithItsListVersion() {
        EndpointList shipped = Office365Endpoints.shipped();
        assertThat(shipped.version()).isEqualTo("2022072800");
        assertThat(shipped.set(10).orElseThrow().ips()).extracting(Object::toString).contains("40.92.0.0/15");
        assertThat(shipped.set(1).orElseThrow().urls()).contains("outlook.office365.com");
        assertThat(shipped.describe(10)).isEqualTo("Microsoft 365 endpoint set 10 (Exchange Online Protection:"
                + " *.mail.protection.outlook.com), list 2022072800");
    }

    @Test
    void anImportKeepsOnlyTheSetsPortolanNeedsAndIsUsedFromThenOn(@TempDir Path home) throws Exception {
        Path file = home.resolve("worldwide.json");
        Files.writeString(file, WORLDWIDE);
        EndpointList list = Office365Endpoints.importFile(file, "2024103100", home.resolve("portolan"));
        assertThat(list.sets()).extracting(EndpointSet::id).containsExactly(1, 10);
        assertThat(list.set(10).orElseThrow().ips()).extracting(Object::toString)
                .containsExactly("40.92.0.0/15", "2a01:111:f403::/48");
        assertThat(Office365Endpoints.active()).isEqualTo(list);
        assertThat(Office365Endpoints.load(home.resolve("portolan"))).isEqualTo(list);
        // Back to the Portolan folder of the build (no import there: the shipped copy) for the other tests.
        Office365Endpoints.forget();
        assertThat(Office365Endpoints.active()).isEqualTo(Office365Endpoints.shipped());
    }

    @Test
    void somethingElseIsRefusedWithWhereAndWhat() {
        assertThatThrownBy(() -> read("{\"format\": \"portolan-topology\"}"))
                .hasMessageStartingWith("download.json, line 1, column 1: expected Microsoft's worldwide endpoints list")
                .hasMessageContaining("endpoints.office.com");
        assertThatThrownBy(() -> read("[{\"id\": 1,"))
                .hasMessageStartingWith("download.json, line 1, column")
                .hasMessageNotContaining("Source").hasMessageNotContaining("code ");
        assertThatThrownBy(() -> read(WORLDWIDE.replace("\"id\": 10", "\"id\": 11")))
                .hasMessageContaining("endpoint set 10 (Exchange Online Protection) is missing");
        assertThatThrownBy(() -> read(WORLDWIDE.replace("40.92.0.0/15", "40.92.0.0/35")))
                .hasMessageStartingWith("download.json, line 8, column 55: endpoint set 10, \"ips\"")
                .hasMessageContaining("40.92.0.0/35");
    }

    @Test
    void aRefusedImportChangesNothing(@TempDir Path home) throws Exception {
        Path file = home.resolve("bad.json");
        Files.writeString(file, "[]");
        EndpointList before = Office365Endpoints.active();
        assertThatThrownBy(() -> Office365Endpoints.importFile(file, null, home.resolve("portolan")))
                .isInstanceOf(EndpointListException.class);
        assertThat(Office365Endpoints.active()).isEqualTo(before);
        assertThat(home.resolve("portolan").resolve(Office365Endpoints.FILE)).doesNotExist();
    }

    private static EndpointList read(String json) throws EndpointListException {
        return EndpointListReader.read("download.json", json.getBytes(StandardCharsets.UTF_8), "v");
    }
}
