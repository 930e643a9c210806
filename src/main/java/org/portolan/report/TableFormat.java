package org.portolan.report;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.firewall.PolicyRule;
import org.portolan.model.Topology;
import org.portolan.rules.Flow;

/**
 * The flow table as text: CSV (RFC 4180), JSON or Markdown, all with the columns of {@link FlowRow}, one row per
 * host-to-host flow, each naming the firewall rule of the sheet it belongs to.
 */
public enum TableFormat {
    CSV {
        @Override
        public String render(Topology topology, List<Flow> flows, FirewallPolicy policy, TableOptions options) {
            StringBuilder sb = new StringBuilder(options.excel() ? "\uFEFF" : "");
            line(sb, FlowRow.COLUMNS);
            for (FlowRow row : rows(flows, policy)) {
                line(sb, row.cells());
            }
            return sb.toString();
        }

        private void line(StringBuilder sb, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(csvField(neutralised(cells.get(i))));
            }
            sb.append("\r\n");
        }
    },
    JSON {
        @Override
        public String render(Topology topology, List<Flow> flows, FirewallPolicy policy, TableOptions options) {
            return FlowJson.render(topology, flows, policy, options);
        }
    },
    MARKDOWN {
        @Override
        public String render(Topology topology, List<Flow> flows, FirewallPolicy policy, TableOptions options) {
            StringBuilder sb = new StringBuilder();
            sb.append("# Port requirements: ").append(html(topology.name())).append("\n\n");
            sb.append("Exchange Server 2013 · generated ").append(options.generatedText()).append(" by Portolan · ")
                    .append(flows.size()).append(" connections\n\n");
            sb.append("Options: ").append(html(OptionsText.describe(topology.options()))).append("\n\n");
            row(sb, FlowRow.COLUMNS);
            sb.append('|');
            FlowRow.COLUMNS.forEach(c -> sb.append(" --- |"));
            sb.append('\n');
            for (FlowRow r : rows(flows, policy)) {
                row(sb, r.cells());
            }
            return sb.toString();
        }

        private void row(StringBuilder sb, List<String> cells) {
            sb.append('|');
            for (String cell : cells) {
                sb.append(' ').append(html(cell).replace("\\", "\\\\").replace("|", "\\|")
                        .replace("\r", " ").replace("\n", " ")).append(" |");
            }
            sb.append('\n');
        }
    };

    /** The table of {@code flows}, each row naming its rule in {@code policy}, the policy of the same flows. */
    public abstract String render(Topology topology, List<Flow> flows, FirewallPolicy policy, TableOptions options);

    /** The table, with the firewall policy of the flows derived for it. */
    public String render(Topology topology, List<Flow> flows, TableOptions options) {
        return render(topology, flows, FirewallPolicy.of(topology, flows), options);
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rows, each with the firewall rule of the sheet its flow belongs to. */
    static List<FlowRow> rows(List<Flow> flows, FirewallPolicy policy) {
        Map<Flow, PolicyRule> ruleOf = new IdentityHashMap<>();
        for (PolicyRule r : policy.rules()) {
            r.flows().forEach(f -> ruleOf.put(f, r));
        }
        return flows.stream().map(f -> FlowRow.of(f, ruleOf.get(f))).toList();
    }

    static String csvField(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /**
     * A cell a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first) gets a leading
     * apostrophe, as OWASP recommends against CSV injection.
     */
    static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Markdown renders HTML: "<server>" in a connector name must stay text. */
    static String html(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
