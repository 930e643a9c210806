package org.portolan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.rules.FlowEngine;

class TableFormatTest {

    final Topology awkward = Topology.empty("t").withNodes(List.of(
            Node.of("net", NodeKind.INTERNET, "Internet"),
            Node.of("ex", NodeKind.MULTI_ROLE, "EX \"01\", Seoul | HQ").withAddresses(List.of(NetworkAddress.parse("10.0.0.1"),
                    NetworkAddress.parse("2001:db8::1")))));

    @Test
    void csvQuotesFieldsWithCommasAndQuotesAsRfc4180Says() {
        String csv = TableFormat.CSV.render(FlowEngine.flows(awkward));
        String[] lines = csv.split("\r\n");
        assertThat(lines[1]).startsWith("net,ex,any,10.0.0.1 2001:db8::1,443,TCP,C1,");
        // the connector names the server, whose name has a comma and quotes: quoted, quotes doubled
        assertThat(csv).contains("\"Client Frontend EX \"\"01\"\", Seoul | HQ\"");
        assertThat(TableFormat.csvField("plain")).isEqualTo("plain");
        assertThat(TableFormat.csvField("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void markdownEscapesPipes() {
        String md = TableFormat.MARKDOWN.render(FlowEngine.flows(awkward));
        assertThat(md).contains("Client Frontend EX \"01\", Seoul \\| HQ");
        assertThat(md.lines().skip(2)).allMatch(l -> l.split("(?<!\\\\)\\|", -1).length == FlowRow.COLUMNS.size() + 2);
    }
}
