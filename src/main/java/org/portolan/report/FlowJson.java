package org.portolan.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.portolan.firewall.AddressObject;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.firewall.PolicyRule;
import org.portolan.firewall.ServiceSet;
import org.portolan.m365.Office365Endpoints;
import org.portolan.model.Node;
import org.portolan.model.Topology;
import org.portolan.rules.Flow;
import org.portolan.rules.Port;

/**
 * The flow table as JSON: an envelope with the diagram, the options, the Microsoft 365 list version, the address
 * objects, the service sets, the aggregated firewall rules and every flow (integer ports).
 */
final class FlowJson {

    static final String FORMAT = "portolan-flows";
    static final int VERSION = 2;

    private FlowJson() {
    }

    static String render(Topology topology, List<Flow> flows, FirewallPolicy policy, TableOptions options) {
        StringWriter out = new StringWriter();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("diagram", topology.name());
            g.writeStringField("exchange", "Exchange Server 2013");
            g.writeStringField("generated", options.generated().toOffsetDateTime().toString());
            g.writeStringField("options", OptionsText.describe(topology.options()));
            g.writeStringField("m365_list_version", Office365Endpoints.active().version());
            g.writeArrayFieldStart("objects");
            for (AddressObject o : policy.objects()) {
                g.writeStartObject();
                g.writeStringField("name", o.name());
                g.writeStringField("description", o.description());
                strings(g, "members", o.members().stream().map(Node::id).toList());
                strings(g, "addresses", o.addresses());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("services");
            for (ServiceSet s : policy.services()) {
                g.writeStartObject();
                g.writeStringField("name", s.name());
                g.writeStringField("description", s.description());
                g.writeArrayFieldStart("ports");
                for (Port p : s.ports()) {
                    g.writeStartObject();
                    g.writeStringField("protocol", p.protocol().name());
                    g.writeNumberField("from", p.range().from());
                    g.writeNumberField("to", p.range().to());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (PolicyRule r : policy.rules()) {
                g.writeStartObject();
                g.writeNumberField("number", r.number());
                g.writeStringField("action", r.isUnrestricted() ? "allow any" : "allow");
                g.writeStringField("crossing", r.crossing().key());
                g.writeStringField("direction", FlowRow.direction(r.crossing()));
                g.writeStringField("source", r.source().name());
                g.writeStringField("destination", r.destination().name());
                g.writeStringField("service", r.service().name());
                strings(g, "rule_ids", r.ruleIds().stream().map(Enum::name).toList());
                g.writeNumberField("flows", r.flows().size());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("flows");
            for (FlowRow r : TableFormat.rows(flows, policy)) {
                g.writeStartObject();
                g.writeStringField("source", r.source());
                g.writeStringField("target", r.target());
                g.writeStringField("source_name", r.sourceName());
                g.writeStringField("target_name", r.targetName());
                g.writeStringField("source_zone", r.sourceZone());
                g.writeStringField("target_zone", r.targetZone());
                strings(g, "source_addresses", r.sourceAddresses());
                strings(g, "target_addresses", r.targetAddresses());
                g.writeNumberField("port_from", r.portFrom());
                g.writeNumberField("port_to", r.portTo());
                g.writeStringField("protocol", r.protocol());
                g.writeStringField("direction", r.direction());
                g.writeStringField("crossing", r.crossing());
                g.writeStringField("rule", r.rule());
                g.writeNumberField("rule_no", r.ruleNo());
                g.writeStringField("source_object", r.sourceObject());
                g.writeStringField("destination_object", r.destinationObject());
                g.writeStringField("service_set", r.serviceSet());
                strings(g, "services", r.services());
                strings(g, "connectors", r.connectors());
                g.writeStringField("notes", r.notes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
