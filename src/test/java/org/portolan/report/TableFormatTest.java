package org.portolan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.rules.FlowEngine;

class TableFormatTest {

    static final TableOptions OPTIONS = new TableOptions(false,
            ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneOffset.UTC));

    final Topology awkward = Topology.empty("t").withNodes(List.of(
            Node.of("net", NodeKind.INTERNET, "Internet"),
            Node.of("ex", NodeKind.MULTI_ROLE, "EX \"01\", Seoul | HQ").withAddresses(List.of(NetworkAddress.parse("10.0.0.1"),
                    NetworkAddress.parse("2001:db8::1")))));

    /** A name a spreadsheet would run as a formula, and a group whose connector names say "<server>". */
    final Topology hostile = Topology.empty("<b>Evil</b> & co").withNodes(List.of(
            Node.of("net", NodeKind.INTERNET, "Internet"),
            Node.of("dag", NodeKind.MULTI_ROLE, "=HYPERLINK(\"http://x\")").withCount(4)
                    .withAddresses(List.of(NetworkAddress.parse("10.0.0.1")))));

    String render(TableFormat f, Topology t, TableOptions o) {
        return f.render(t, FlowEngine.flows(t), o);
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotesAsRfc4180Says() {
        String csv = render(TableFormat.CSV, awkward, OPTIONS);
        String[] lines = csv.split("\r\n");
        assertThat(lines[1]).startsWith("net,ex,Internet,\"EX \"\"01\"\", Seoul | HQ\",Internet,Internal network,any,"
                + "10.0.0.1;2001:db8::1,443,TCP,inbound,external->internal,C1,1,ANY,EXCH-MR-INTERNAL,EXCH-CLIENT-WEB,");
        // the connector names the server, whose name has a comma and quotes: quoted, quotes doubled
        assertThat(csv).contains("\"Client Frontend EX \"\"01\"\", Seoul | HQ\"");
        assertThat(TableFormat.csvField("plain")).isEqualTo("plain");
        assertThat(TableFormat.csvField("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void csvNeutralisesFormulasAndStartsWithABomForExcelOnly() {
        String csv = render(TableFormat.CSV, hostile, OPTIONS);
        assertThat(csv).doesNotStartWith("\uFEFF").contains(",\"'=HYPERLINK(\"\"http://x\"\") ×4\",")
                .doesNotContain(",=HYPERLINK");
        assertThat(TableFormat.neutralised("+1")).isEqualTo("'+1");
        assertThat(TableFormat.neutralised("-FrontEndProxyEnabled")).isEqualTo("'-FrontEndProxyEnabled");
        assertThat(TableFormat.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TableFormat.neutralised("10.0.0.1")).isEqualTo("10.0.0.1");
        assertThat(render(TableFormat.CSV, hostile, OPTIONS.withExcel(true))).startsWith("\uFEFFsource,target,");
    }

    @Test
    void markdownHasATitleDateAndOptionsAndEscapesHtmlAndPipes() {
        String md = render(TableFormat.MARKDOWN, awkward, OPTIONS);
        assertThat(md).startsWith("# Port requirements: t\n\nExchange Server 2013 · generated 2026-11-27 09:30 by"
                + " Portolan").contains("Options: HTTP 80/TCP (C2) on; IMAP4 (C3) off");
        assertThat(md).contains("Client Frontend EX \"01\", Seoul \\| HQ");
        String table = md.substring(md.indexOf("| source"));
        assertThat(table.lines().skip(2)).allMatch(l -> l.split("(?<!\\\\)\\|", -1).length == FlowRow.COLUMNS.size() + 2);
        String evil = render(TableFormat.MARKDOWN, hostile, OPTIONS);
        assertThat(evil).startsWith("# Port requirements: &lt;b&gt;Evil&lt;/b&gt; &amp; co")
                .contains("Default Frontend &lt;server&gt; on each server of").doesNotContain("<server>");
    }

    @Test
    void jsonIsAnEnvelopeWithObjectsRulesAndIntegerPorts() {
        String json = render(TableFormat.JSON, awkward, OPTIONS);
        assertThat(json).startsWith("{").contains("\"format\" : \"portolan-flows\"", "\"version\" : 2",
                "\"diagram\" : \"t\"", "\"generated\" : \"2026-11-27T09:30Z\"", "\"name\" : \"EXCH-MR-INTERNAL\"",
                "\"port_from\" : 443", "\"port_to\" : 443", "\"rule_no\" : 1", "\"direction\" : \"inbound\"");
        assertThat(json).contains("\"from\" : 25", "\"service\" : \"SMTP\"");
    }
}
