package org.portolan.report;

import java.util.List;
import org.portolan.firewall.FlowEnds;
import org.portolan.firewall.PolicyRule;
import org.portolan.model.ZoneKind;
import org.portolan.rules.Crossing;
import org.portolan.rules.Flow;

/**
 * One flow as the tables show it: the same columns in CSV, JSON, Markdown. {@code source} and {@code target} are
 * node ids (for R1 and R2, the ids of every server of the zone, space-separated); the column keys are English and
 * stable, for scripts.
 *
 * @param direction "inbound" (towards the inside), "outbound", "lateral" (between zones of one kind) or "within"
 * @param ruleNo    the number of the firewall rule of the sheet this flow belongs to
 */
public record FlowRow(String source, String target, String sourceName, String targetName, String sourceZone,
                      String targetZone, List<String> sourceAddresses, List<String> targetAddresses, String port,
                      int portFrom, int portTo, String protocol, String direction, String crossing, String rule,
                      int ruleNo, String sourceObject, String destinationObject, String serviceSet,
                      List<String> services, List<String> connectors, String notes) {

    public static final List<String> COLUMNS = List.of("source", "target", "source_name", "target_name",
            "source_zone", "target_zone", "source_addresses", "target_addresses", "port", "protocol", "direction",
            "crossing", "rule", "rule_no", "source_object", "destination_object", "service_set", "services",
            "connectors", "notes");

    public static FlowRow of(Flow f, PolicyRule rule) {
        return new FlowRow(FlowEnds.ids(f, true), FlowEnds.ids(f, false), FlowEnds.name(f, true),
                FlowEnds.name(f, false), f.crossing().from().name(), f.crossing().to().name(),
                FlowEnds.addresses(f, true), FlowEnds.addresses(f, false), f.port().range().toString(),
                f.port().range().from(), f.port().range().to(), f.port().protocol().name(), direction(f.crossing()),
                f.crossing().key(), f.ruleId().name(), rule.number(), rule.source().name(),
                rule.destination().name(), rule.service().name(), f.services(), f.connectors(), FlowEnds.notes(f));
    }

    /** Towards the inside (external → perimeter → internal) is inbound. */
    static String direction(Crossing c) {
        if (!c.passesFirewall()) {
            return "within";
        }
        int from = depth(c.from().kind());
        int to = depth(c.to().kind());
        return to > from ? "inbound" : to < from ? "outbound" : "lateral";
    }

    private static int depth(ZoneKind kind) {
        return switch (kind) {
            case EXTERNAL -> 0;
            case PERIMETER -> 1;
            case INTERNAL -> 2;
        };
    }

    /** The cells in column order; addresses ';'-separated without spaces, other lists "; "-separated. */
    public List<String> cells() {
        return List.of(source, target, sourceName, targetName, sourceZone, targetZone, String.join(";", sourceAddresses),
                String.join(";", targetAddresses), port, protocol, direction, crossing, rule, Integer.toString(ruleNo),
                sourceObject, destinationObject, serviceSet, String.join("; ", services), String.join("; ", connectors),
                notes);
    }
}
