package org.portolan.fileformat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.portolan.io.AtomicFiles;
import org.portolan.model.ChangeRequest;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.model.Zone;

/** Writes the .portolan format: pretty-printed, keys in a fixed order, so diffs of saved diagrams stay small. */
public final class TopologyWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TopologyWriter() {
    }

    public static byte[] toBytes(Topology topology) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(topology, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Saves atomically: the diagram goes to a temporary file beside the target, which then replaces it,
     * so a crash mid-save leaves the previous file intact.
     */
    public static void save(Topology topology, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(topology));
    }

    public static void write(Topology t, OutputStream out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            g.writeStringField("format", FileFormat.MARKER);
            g.writeNumberField("version", FileFormat.VERSION);
            g.writeStringField("name", t.name());
            writeOptions(g, t.options());
            g.writeArrayFieldStart("zones");
            for (Zone z : t.zones()) {
                writeZone(g, z);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("nodes");
            for (Node n : t.nodes()) {
                writeNode(g, n);
            }
            g.writeEndArray();
            if (!t.changeRequest().isEmpty()) {
                writeChangeRequest(g, t.changeRequest());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Only the fields that are set, in a fixed order. */
    private static void writeChangeRequest(JsonGenerator g, ChangeRequest c) throws IOException {
        g.writeObjectFieldStart("changeRequest");
        text(g, "documentNumber", c.documentNumber());
        text(g, "revision", c.revision());
        g.writeStringField("status", c.status().name());
        text(g, "requester", c.requester());
        text(g, "changeTicket", c.changeTicket());
        text(g, "implementationWindow", c.implementationWindow());
        text(g, "approver", c.approver());
        text(g, "firewallOwner", c.firewallOwner());
        if (!c.revisions().isEmpty()) {
            g.writeArrayFieldStart("revisions");
            for (ChangeRequest.Revision r : c.revisions()) {
                g.writeStartObject();
                text(g, "revision", r.revision());
                text(g, "date", r.date());
                text(g, "author", r.author());
                text(g, "description", r.description());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String key, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(key, value);
        }
    }

    private static void writeOptions(JsonGenerator g, Options o) throws IOException {
        g.writeObjectFieldStart("options");
        g.writeBooleanField("http", o.http());
        g.writeBooleanField("imap4", o.imap4());
        g.writeBooleanField("pop3", o.pop3());
        g.writeBooleanField("smtpClientSubmission", o.smtpClientSubmission());
        g.writeBooleanField("outboundProxyThroughCas", o.outboundProxyThroughCas());
        g.writeBooleanField("internetSendConnector", o.internetSendConnector());
        if (o.senderReputationProxyPort() == null) {
            g.writeNullField("senderReputationProxyPort");
        } else {
            g.writeNumberField("senderReputationProxyPort", o.senderReputationProxyPort());
        }
        g.writeEndObject();
    }

    private static void writeZone(JsonGenerator g, Zone z) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", z.id());
        g.writeStringField("kind", z.kind().name());
        g.writeStringField("name", z.name());
        if (z.bounds() != null) {
            number(g, "x", z.bounds().x());
            number(g, "y", z.bounds().y());
            number(g, "width", z.bounds().width());
            number(g, "height", z.bounds().height());
        }
        g.writeEndObject();
    }

    private static void writeNode(JsonGenerator g, Node n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("kind", n.kind().name());
        g.writeStringField("name", n.name());
        g.writeStringField("zone", n.zoneId());
        if (n.site() != null) {
            g.writeStringField("site", n.site());
        }
        if (n.subscribed() != null) {
            g.writeBooleanField("subscribed", n.subscribed());
        }
        if (n.count() != 1) {
            g.writeNumberField("count", n.count());
        }
        if (n.preauthentication() != null) {
            g.writeBooleanField("preauthentication", n.preauthentication());
        }
        if (!n.addresses().isEmpty()) {
            g.writeArrayFieldStart("addresses");
            for (NetworkAddress a : n.addresses()) {
                g.writeString(a.toString());
            }
            g.writeEndArray();
        }
        if (n.position() != null) {
            number(g, "x", n.position().x());
            number(g, "y", n.position().y());
        }
        g.writeEndObject();
    }

    /** Whole numbers without ".0", so hand-edited files stay as written. */
    private static void number(JsonGenerator g, String key, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(key, (long) value);
        } else {
            g.writeNumberField(key, value);
        }
    }
}
