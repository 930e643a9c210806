package org.portolan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Topology;

/** Every kind of bad input gives one sentence with file, line, column, the value and what is valid. */
class TopologyReaderTest {

    static final String HEAD = "{\n  \"format\": \"portolan-topology\",\n  \"version\": 1,\n";

    static TopologyFileException failure(String json) {
        return catchThrowableOfType(TopologyFileException.class,
                () -> TopologyReader.read("bad.portolan", json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void minimalFileGetsDefaultsAndImplicitZones() throws Exception {
        Topology t = TopologyReader.read("ok.portolan", (HEAD + "  \"nodes\": [{\"id\": \"e\", \"kind\": \"EDGE\"}]\n}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(t.options()).isEqualTo(Options.DEFAULTS);
        // Specification v2, "Zones": only the zone a node needs is added.
        assertThat(t.zones()).extracting(z -> z.id()).containsExactly("perimeter");
        Node edge = t.nodes().get(0);
        assertThat(edge.zoneId()).isEqualTo("perimeter");
        assertThat(edge.name()).isEqualTo("e");
        assertThat(edge.isSubscribed()).isTrue();
    }

    @Test
    void aFileWithItsOwnZoneIdsGetsNoEmptyImplicitZones() throws Exception {
        Topology t = TopologyReader.read("own.portolan", (HEAD + "  \"zones\": [{\"id\": \"outside\", \"kind\":"
                + " \"EXTERNAL\", \"name\": \"Internet\"}, {\"id\": \"dmz\", \"kind\": \"PERIMETER\"}, {\"id\":"
                + " \"lan\", \"kind\": \"INTERNAL\", \"name\": \"Corporate LAN\"}],\n  \"nodes\": [{\"id\": \"net\","
                + " \"kind\": \"INTERNET\"}, {\"id\": \"edge\", \"kind\": \"EDGE\"}, {\"id\": \"ex\", \"kind\":"
                + " \"MULTI_ROLE\"}]\n}").getBytes(StandardCharsets.UTF_8));
        assertThat(t.zones()).extracting(z -> z.id()).containsExactly("outside", "dmz", "lan");
        assertThat(t.nodes()).extracting(Node::zoneId).containsExactly("outside", "dmz", "lan");
        // Saved, it writes only those zones.
        String saved = new String(TopologyWriter.toBytes(t), StandardCharsets.UTF_8);
        assertThat(saved).doesNotContain("\"perimeter\"", "\"internal\"", "\"external\"");
    }

    @Test
    void missingOptionKeysTakeTheirDefaults() throws Exception {
        Topology t = TopologyReader.read("ok.portolan", (HEAD + "  \"options\": {\"imap4\": true}\n}").getBytes(StandardCharsets.UTF_8));
        assertThat(t.options()).isEqualTo(Options.DEFAULTS.withImap4(true));
    }

    @Test
    void typoInAnOptionIsNamedWithPositionAndValidKeys() {
        TopologyFileException e = failure(HEAD + "  \"options\": {\"imap\": true}\n}");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(15);
        assertThat(e.getMessage()).startsWith("bad.portolan:4:15: unknown key \"imap\" in options (did you mean \"imap4\"?)")
                .contains("valid keys: http, imap4, pop3");
    }

    @Test
    void malformedJsonNamesLineAndColumnWithoutJacksonNoise() {
        TopologyFileException e = failure(HEAD + "  \"nodes\": [ {\"id\": \"a\" \"kind\": \"EDGE\"} ]\n}");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("bad.portolan:4:25: this is not valid JSON: a comma is missing between"
                + " two entries of an object (or a } is missing)");
    }

    @Test
    void truncatedFile() {
        assertThat(failure(HEAD + "  \"nodes\": [").getMessage()).contains("this is not valid JSON",
                "the file ends before a list is closed with ]").doesNotContain("Source", "marker", "line:");
    }

    @Test
    void wrongTypeNamesFieldAndFoundValue() {
        TopologyFileException e = failure(HEAD + "  \"options\": {\"http\": \"yes\"}\n}");
        assertThat(e.getMessage()).isEqualTo("bad.portolan:4:23: options.http must be true or false, found the text \"yes\"");
    }

    @Test
    void unknownKindListsTheValidKinds() {
        TopologyFileException e = failure(HEAD + "  \"nodes\": [{\"id\": \"x\", \"kind\": \"EXCHANGE\"}]\n}");
        assertThat(e.getMessage()).contains(":4:", "node \"x\".kind: unknown kind \"EXCHANGE\"",
                "valid node kinds: INTERNET, EDGE, CAS, MAILBOX, MULTI_ROLE, DNS, OFFICE_365, DOMAIN_CONTROLLER, INTERNAL_CLIENTS");
        assertThat(failure(HEAD + "  \"nodes\": [{\"id\": \"x\", \"kind\": \"multi-role\"}]\n}").getMessage())
                .contains("did you mean \"MULTI_ROLE\"?");
    }

    @Test
    void duplicateIdPointsAtTheSecondOne() {
        TopologyFileException e = failure(HEAD + "  \"nodes\": [\n    {\"id\": \"a\", \"kind\": \"DNS\"},\n"
                + "    {\"id\": \"a\", \"kind\": \"EDGE\"}\n  ]\n}");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("the node id \"a\" is used twice");
    }

    @Test
    void duplicateKeyInOneObject() {
        assertThat(failure(HEAD + "  \"name\": \"a\",\n  \"name\": \"b\"\n}").getMessage())
                .contains(":5:3:", "the key \"name\" appears twice", "first on line 4");
    }

    @Test
    void unknownZoneReferenceListsKnownZones() {
        TopologyFileException e = failure(HEAD + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"DNS\", \"zone\": \"dmz\"}]\n}");
        assertThat(e.getMessage()).contains("node \"a\" is in zone \"dmz\", which does not exist; known zones: external, internal, perimeter");
    }

    @Test
    void missingOrForeignFormatMarker() {
        assertThat(failure("{\"version\": 1}").getMessage()).contains("not a Portolan diagram", "\"format\" is missing");
        assertThat(failure("{\"format\": \"drawio\", \"version\": 1}").getMessage())
                .contains("\"format\" is the text \"drawio\", expected \"portolan-topology\"");
    }

    @Test
    void newerVersionSaysSo() {
        assertThat(failure("{\"format\": \"portolan-topology\", \"version\": 2}").getMessage())
                .contains("format version 2, newer than this Portolan reads (version 1)");
        assertThat(failure("{\"format\": \"portolan-topology\", \"version\": \"1\"}").getMessage())
                .contains("\"version\" must be a whole number");
    }

    @Test
    void emptyAndBinaryFiles() {
        assertThat(failure("").getMessage()).isEqualTo("bad.portolan: the file is empty; a Portolan diagram is a JSON"
                + " object starting with {\"format\": \"portolan-topology\", \"version\": 1, …}");
        assertThat(failure("  \n ").getMessage()).contains("the file is empty");
        TopologyFileException binary = catchThrowableOfType(TopologyFileException.class,
                () -> TopologyReader.read("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
        assertThat(binary.getMessage()).isEqualTo("logo.png: this is a binary file, not a Portolan diagram (a diagram is UTF-8 JSON text)");
        TopologyFileException latin1 = catchThrowableOfType(TopologyFileException.class,
                () -> TopologyReader.read("l.portolan", new byte[] {'{', '"', (byte) 0xE9, '"', '}'}));
        assertThat(latin1.getMessage()).contains("not UTF-8");
    }

    @Test
    void rootMustBeAnObject() {
        assertThat(failure("[1, 2]").getMessage()).contains("expected a JSON object", "found a list");
    }

    @Test
    void malformedAddressIsRejectedWithItsPosition() {
        TopologyFileException e = failure(HEAD + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"CAS\", \"addresses\": [\"10.0.0.300\"]}]\n}");
        assertThat(e.getMessage()).contains(":4:", "node \"a\".addresses[0]: \"10.0.0.300\" is not an IPv4 or IPv6 address");
    }

    @Test
    void groupsAndLoadBalancersOfSpecificationVersion2() throws Exception {
        Topology t = TopologyReader.read("v2.portolan", (HEAD + "  \"nodes\": [{\"id\": \"dag\", \"kind\": \"MULTI_ROLE\","
                + " \"count\": 4}, {\"id\": \"lb\", \"kind\": \"LOAD_BALANCER\", \"preauthentication\": true}]\n}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(t.node("dag").orElseThrow().count()).isEqualTo(4);
        assertThat(t.node("lb").orElseThrow().preauthenticates()).isTrue();
        assertThat(t.node("lb").orElseThrow().zoneId()).isEqualTo("perimeter");
    }

    @Test
    void countIsAWholeNumberFrom1To10000OnKindsThatCanBeGroups() {
        assertThat(failure(HEAD + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"CAS\", \"count\": 0}]\n}").getMessage())
                .contains("bad.portolan:4:49:", "node \"a\".count must be a whole number from 1 to 10000", "found the number 0");
        assertThat(failure(HEAD + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"CAS\", \"count\": 2.5}]\n}").getMessage())
                .contains("whole number");
        assertThat(failure(HEAD + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"CAS\", \"count\": \"4\"}]\n}").getMessage())
                .contains("found the text \"4\"");
        assertThat(failure(HEAD + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"INTERNET\", \"count\": 2}]\n}").getMessage())
                .contains("\"count\" applies only to EDGE, CAS, MAILBOX, MULTI_ROLE, DNS, DOMAIN_CONTROLLER and"
                        + " LOAD_BALANCER nodes, and this node is INTERNET");
        assertThat(failure(HEAD + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"CAS\", \"preauthentication\": true}]\n}")
                .getMessage()).contains("\"preauthentication\" applies only to LOAD_BALANCER nodes");
    }

    @Test
    void theChangeRequestIsReadWrittenAndCheckedLikeTheRest() throws Exception {
        String file = HEAD + "  \"changeRequest\": {\"documentNumber\": \"FW-14\", \"revision\": \"1.1\", \"status\":"
                + " \"APPROVED\", \"changeTicket\": \"CHG1\", \"revisions\": [{\"revision\": \"1.0\", \"date\":"
                + " \"2026-12-01\", \"author\": \"Minji\", \"description\": \"First issue\"}]}\n}";
        Topology t = TopologyReader.read("cr.portolan", file.getBytes(StandardCharsets.UTF_8));
        assertThat(t.changeRequest().documentNumber()).isEqualTo("FW-14");
        assertThat(t.changeRequest().status()).isEqualTo(org.portolan.model.ChangeRequest.Status.APPROVED);
        assertThat(t.changeRequest().revisions()).singleElement()
                .satisfies(r -> assertThat(r.description()).isEqualTo("First issue"));
        Topology again = TopologyReader.read("again.portolan", TopologyWriter.toBytes(t));
        assertThat(again).isEqualTo(t);
        assertThat(new String(TopologyWriter.toBytes(Topology.empty("x")), StandardCharsets.UTF_8))
                .doesNotContain("changeRequest");
        assertThat(failure(HEAD + "  \"changeRequest\": {\"status\": \"done\"}\n}").getMessage())
                .contains("changeRequest.status: unknown value \"done\"", "DRAFT, FOR_APPROVAL, APPROVED");
        assertThat(failure(HEAD + "  \"changeRequest\": {\"ticket\": \"x\"}\n}").getMessage())
                .contains("unknown key \"ticket\"", "changeTicket");
    }

    @Test
    void subscribedOnlyOnEdges() {
        assertThat(failure(HEAD + "  \"nodes\": [{\"id\": \"a\", \"kind\": \"CAS\", \"subscribed\": false}]\n}").getMessage())
                .contains("\"subscribed\" applies only to EDGE nodes");
    }

    @Test
    void proxyPortMustBeAPort() {
        assertThat(failure(HEAD + "  \"options\": {\"senderReputationProxyPort\": 70000}\n}").getMessage())
                .contains("senderReputationProxyPort must be a TCP port from 1 to 65535", "70000");
    }

    @Test
    void missingFileAndFolder(@TempDir Path dir) {
        assertThat(catchThrowableOfType(TopologyFileException.class, () -> TopologyReader.read(dir.resolve("nope.portolan")))
                .getMessage()).endsWith("nope.portolan: no such file");
        assertThat(catchThrowableOfType(TopologyFileException.class, () -> TopologyReader.read(dir))
                .getMessage()).contains("is a folder");
    }

    @Test
    void readsTheFileItIsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.portolan");
        Files.writeString(file, HEAD + "  \"name\": \"서울\",\n  \"nodes\": [{\"id\": \"c\", \"kind\": \"CAS\", \"name\": \"카스\"}]\n}");
        Topology t = TopologyReader.read(file);
        assertThat(t.name()).isEqualTo("서울");
        assertThat(t.nodes()).extracting(Node::kind).containsExactly(NodeKind.CAS);
    }
}
