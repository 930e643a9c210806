package org.portolan.report;

import java.util.List;
import org.portolan.rules.Flow;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;

/** One flow as the tables show it: the same columns in CSV, JSON, Markdown and the window. */
public record FlowRow(String source, String target, List<String> sourceAddresses, List<String> targetAddresses,
                      String port, String protocol, String rule, List<String> services, List<String> connectors,
                      String crossing, String notes) {

    public static final List<String> COLUMNS = List.of("source", "target", "source_addresses", "target_addresses",
            "port", "protocol", "rule", "services", "connectors", "crossing", "notes");

    public static FlowRow of(Flow f) {
        return new FlowRow(f.source().id(), f.target().id(), addresses(f.source()), addresses(f.target()),
                f.port().range().toString(), f.port().protocol().name(), f.ruleId().name(), f.services(),
                f.connectors(), f.crossing().key(), f.note());
    }

    /** What a firewall rule is written against; the Internet is "any". */
    public static List<String> addresses(Node node) {
        if (node.kind() == NodeKind.INTERNET && node.addresses().isEmpty()) {
            return List.of("any");
        }
        return node.addresses().stream().map(NetworkAddress::toString).toList();
    }

    /** The cells in column order, lists joined as the text formats show them. */
    public List<String> cells() {
        return List.of(source, target, String.join(" ", sourceAddresses), String.join(" ", targetAddresses), port,
                protocol, rule, String.join("; ", services), String.join("; ", connectors), crossing, notes);
    }
}
