package org.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.samples.Sample;

class CommandLineTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PortolanCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    Path sample(Sample s) throws Exception {
        Path file = dir.resolve(s.fileName());
        try (var in = Sample.class.getResourceAsStream(s.resourcePath())) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void helpListsTheCommands() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("flows", "validate");
    }

    @Test
    void flowsAsCsvStartsWithTheRequiredHeader() throws Exception {
        Result r = run("flows", sample(Sample.EDGE_PERIMETER).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("source,target,source_name,target_name,source_zone,target_zone,"
                + "source_addresses,target_addresses,port,protocol,direction,crossing,rule,rule_no,source_object,"
                + "destination_object,service_set,services,connectors,notes\r\n");
        assertThat(r.out()).contains("internet,edge01,Internet,EDGE01,Internet,Perimeter network,any,203.0.113.25,"
                + "25,TCP,inbound,external->perimeter,E1,1,ANY,EXCH-EDGE-PERIMETER-SEOUL,SMTP,Inbound SMTP (anonymous),"
                + "Default internal receive connector EDGE01,");
        assertThat(r.out()).contains("mbx01,edge01,MBX01,EDGE01,Internal network (Seoul),Perimeter network,10.10.1.21,"
                + "203.0.113.25,50636,TCP,outbound,internal->perimeter,E5,");
        // A client network with a Hangul name: its object is named after its zone.
        assertThat(r.out()).contains("clients,cas01,서울 본사 사용자,CAS01,", ",CLIENTS-INTERNAL,EXCH-CAS-INTERNAL-SEOUL,");
        // R1 is one row per pair of zones, naming every server of each side (specification v2).
        assertThat(r.out()).contains("cas01 mbx01 mbx02,cas01 mbx01 mbx02,");
        assertThat(r.out()).contains("10.10.1.11;10.10.1.21;10.10.1.22,10.10.1.11;10.10.1.21;10.10.1.22,*,ANY,within,"
                + "internal->internal,R1,");
    }

    @Test
    void flowsAsJsonAndMarkdown() throws Exception {
        Path file = sample(Sample.SINGLE_MULTI_ROLE);
        Result json = run("flows", file.toString(), "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).startsWith("{").contains("\"format\" : \"portolan-flows\"", "\"rule\" : \"C1\"",
                "\"port_from\" : 443", "\"objects\" : [", "\"rules\" : [", "\"m365_list_version\" : \"2022072800\"");
        Result md = run("flows", file.toString(), "--format=markdown");
        assertThat(md.out()).startsWith("# Port requirements: Single multi-role server without Edge")
                .contains("| source | target |", "| --- |", "| N1 |");
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        Result r = run("flows", sample(Sample.SINGLE_MULTI_ROLE).toString(), "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("csv", "json", "markdown");
    }

    @Test
    void validateExitsZeroWithoutErrorsAndListsFindings() throws Exception {
        Result r = run("validate", sample(Sample.SINGLE_MULTI_ROLE).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("F4 INFO: There is no Edge Transport server", "F9 INFO:", "0 errors");
    }

    @Test
    void validateExitsOneOnAnError() throws Exception {
        Path file = dir.resolve("cas-only.portolan");
        Files.writeString(file, "{\"format\":\"portolan-topology\",\"version\":1,\"nodes\":[{\"id\":\"c\",\"kind\":\"CAS\",\"name\":\"CAS9\"}]}");
        Result r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("F7 ERROR: Client Access server CAS9 has no Mailbox server");
    }

    @Test
    void unreadableInputExitsTwoWithTheReadersSentence() throws Exception {
        Path file = dir.resolve("typo.portolan");
        Files.writeString(file, "{\"format\":\"portolan-topology\",\"version\":1,\n\"options\":{\"imap\":true}}");
        for (String command : new String[] {"validate", "flows"}) {
            Result r = run(command, file.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("portolan: typo.portolan:2:12: unknown key \"imap\" in options (did you mean \"imap4\"?);"
                    + " valid keys: http, imap4, pop3, smtpClientSubmission, outboundProxyThroughCas, internetSendConnector,"
                    + " senderReputationProxyPort" + System.lineSeparator());
            assertThat(r.out()).isEmpty();
        }
        assertThat(run("validate", dir.resolve("missing.portolan").toString()).code()).isEqualTo(2);
    }

    @Test
    void flowsOfALoadBalancedGroupWithOffice365() throws Exception {
        Result r = run("flows", sample(Sample.LOAD_BALANCED_DAG_HYBRID).toString());
        assertThat(r.code()).isZero();
        // Client rows end at the virtual IPs (L1); the group's row lists all four members' addresses.
        assertThat(r.out()).contains("internet,lb01,Internet,LB01 ×2,Internet,Perimeter network,any,"
                + "203.0.113.25;203.0.113.26,443,TCP,inbound,external->perimeter,C1,1,ANY,LB-LB01,EXCH-CLIENT-WEB,");
        assertThat(r.out()).contains("lb01,dag01,LB01 ×2,DAG01 ×4,Perimeter network,Internal network,"
                + "203.0.113.25;203.0.113.26,10.20.1.11;10.20.1.12;10.20.1.13;10.20.1.14,443,TCP,inbound,"
                + "perimeter->internal,L2,");
        // Office 365 SMTP from Microsoft's endpoint set 10, named with its list version.
        assertThat(r.out()).contains("o365,lb01,Exchange Online,LB01 ×2,Internet,Perimeter network,40.92.0.0/15;"
                + "40.107.0.0/16;", "endpoint set 10", "list 2022072800");
    }

    @Test
    void validateRefusesHybridMailThroughAnUnsubscribedEdge() throws Exception {
        Path file = dir.resolve("unsubscribed.portolan");
        Files.writeString(file, """
                {"format": "portolan-topology", "version": 1, "name": "Hybrid through an unsubscribed Edge",
                 "nodes": [{"id": "net", "kind": "INTERNET"}, {"id": "o365", "kind": "OFFICE_365"},
                           {"id": "edge", "kind": "EDGE", "name": "EDGE01", "subscribed": false},
                           {"id": "ex", "kind": "MULTI_ROLE", "name": "EX01"}]}
                """);
        Result r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("F14 ERROR: Hybrid mail to and from Office 365 goes through Edge Transport server EDGE01");
    }

    @Test
    void endpointsImportRefusesAnythingButMicrosoftsListAndSaysWhy() throws Exception {
        Path file = dir.resolve("not-endpoints.json");
        Files.writeString(file, "{\"hello\": 1}");
        Result r = run("endpoints", "import", file.toString());
        assertThat(r.code()).isEqualTo(PortolanCommand.UNREADABLE);
        assertThat(r.err()).contains("not-endpoints.json, line 1, column 1: expected Microsoft's worldwide endpoints list");
        Result shown = run("endpoints", "show");
        assertThat(shown.out()).contains("Microsoft 365 endpoint set 10 (Exchange Online Protection:"
                + " *.mail.protection.outlook.com), list 2022072800: 6 address ranges, TCP 25");
    }
}
