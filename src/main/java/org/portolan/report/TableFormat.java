package org.portolan.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.portolan.rules.Flow;

/** The flow table as text: CSV (RFC 4180), JSON or Markdown, all with the columns of {@link FlowRow}. */
public enum TableFormat {
    CSV {
        @Override
        public String render(List<Flow> flows) {
            StringBuilder sb = new StringBuilder();
            line(sb, FlowRow.COLUMNS);
            for (Flow f : flows) {
                line(sb, FlowRow.of(f).cells());
            }
            return sb.toString();
        }

        private void line(StringBuilder sb, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(csvField(cells.get(i)));
            }
            sb.append("\r\n");
        }
    },
    JSON {
        @Override
        public String render(List<Flow> flows) {
            StringWriter out = new StringWriter();
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            try (JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)) {
                g.writeStartArray();
                for (Flow f : flows) {
                    FlowRow r = FlowRow.of(f);
                    g.writeStartObject();
                    g.writeStringField("source", r.source());
                    g.writeStringField("target", r.target());
                    array(g, "source_addresses", r.sourceAddresses());
                    array(g, "target_addresses", r.targetAddresses());
                    g.writeStringField("port", r.port());
                    g.writeStringField("protocol", r.protocol());
                    g.writeStringField("rule", r.rule());
                    array(g, "services", r.services());
                    array(g, "connectors", r.connectors());
                    g.writeStringField("crossing", r.crossing());
                    g.writeStringField("notes", r.notes());
                    g.writeEndObject();
                }
                g.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out + "\n";
        }

        private void array(JsonGenerator g, String key, List<String> values) throws IOException {
            g.writeArrayFieldStart(key);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    },
    MARKDOWN {
        @Override
        public String render(List<Flow> flows) {
            StringBuilder sb = new StringBuilder();
            row(sb, FlowRow.COLUMNS);
            sb.append('|');
            FlowRow.COLUMNS.forEach(c -> sb.append(" --- |"));
            sb.append('\n');
            for (Flow f : flows) {
                row(sb, FlowRow.of(f).cells());
            }
            return sb.toString();
        }

        private void row(StringBuilder sb, List<String> cells) {
            sb.append('|');
            for (String cell : cells) {
                sb.append(' ').append(cell.replace("\\", "\\\\").replace("|", "\\|")
                        .replace("\r", " ").replace("\n", " ")).append(" |");
            }
            sb.append('\n');
        }
    };

    public abstract String render(List<Flow> flows);

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String csvField(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
