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
        assertThat(r.out()).startsWith("source,target,source_addresses,target_addresses,port,protocol,rule,services,connectors,crossing,notes\r\n");
        assertThat(r.out()).contains("internet,edge01,any,203.0.113.25,25,TCP,E1,Inbound SMTP (anonymous),Default internal receive connector EDGE01,external->perimeter,");
        assertThat(r.out()).contains("mbx01,edge01,10.10.1.21,203.0.113.25,50636,TCP,E5,");
        assertThat(r.out()).contains("cas01,mbx01,10.10.1.11,10.10.1.21,*,ANY,R1,");
    }

    @Test
    void flowsAsJsonAndMarkdown() throws Exception {
        Path file = sample(Sample.SINGLE_MULTI_ROLE);
        Result json = run("flows", file.toString(), "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).startsWith("[").contains("\"rule\" : \"C1\"", "\"source_addresses\" : [\n      \"any\"\n    ]");
        Result md = run("flows", file.toString(), "--format=markdown");
        assertThat(md.out()).startsWith("| source | target |").contains("| --- |", "| N1 |");
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
}
