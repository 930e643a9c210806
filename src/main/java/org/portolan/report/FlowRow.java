package org.portolan.report;

import java.util.List;
import org.portolan.rules.Flow;

/**
 * One flow as the tables show it: the same columns in CSV, JSON, Markdown and the window. {@code source} and
 * {@code target} are node ids (for R1 and R2, the ids of every server of the zone, space-separated).
 */
public record FlowRow(String source, String target, List<String> sourceAddresses, List<String> targetAddresses,
                      String port, String protocol, String rule, List<String> services, List<String> connectors,
                      String crossing, String notes) {

    public static final List<String> COLUMNS = List.of("source", "target", "source_addresses", "target_addresses",
            "port", "protocol", "rule", "services", "connectors", "crossing", "notes");

    public static FlowRow of(Flow f) {
        return new FlowRow(FlowEnds.ids(f, true), FlowEnds.ids(f, false), FlowEnds.addresses(f, true),
                FlowEnds.addresses(f, false), f.port().range().toString(), f.port().protocol().name(),
                f.ruleId().name(), f.services(), f.connectors(), f.crossing().key(), FlowEnds.notes(f));
    }

    /** The cells in column order, lists joined as the text formats show them. */
    public List<String> cells() {
        return List.of(source, target, String.join(" ", sourceAddresses), String.join(" ", targetAddresses), port,
                protocol, rule, String.join("; ", services), String.join("; ", connectors), crossing, notes);
    }
}
