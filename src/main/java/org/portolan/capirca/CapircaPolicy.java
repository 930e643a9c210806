package org.portolan.capirca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.portolan.firewall.AddressObject;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.firewall.ObjectNames;
import org.portolan.firewall.PolicyRule;
import org.portolan.firewall.ServiceSet;
import org.portolan.io.AtomicFiles;
import org.portolan.rules.Crossing;
import org.portolan.rules.Port;

/**
 * The aggregated firewall rules as a Capirca policy: {@code def/NETWORK.net} (the address objects),
 * {@code def/SERVICES.svc} (the service sets) and {@code policies/pol/NAME.pol}, one header per zone crossing
 * that passes a firewall and one term per rule, which {@code aclgen} compiles for every target. Traffic inside
 * one zone passes no firewall and is left out; R1/R2 between two zones is written as "any" terms in both
 * directions. A rule whose object has no addresses (F12) cannot be written: it is listed at the top of the policy
 * instead.
 *
 * <p>nftables gets a header of its own: Capirca writes it as the host firewall of the destination servers (hooks
 * input and output only), where several base chains on one hook would each drop what the others accept, so every
 * rule goes into one input chain. Its terms name {@value #ANY_SOURCE_PORT} as source port, because Capirca 2.0.6
 * writes an IPv4 term with a destination port and no source port as two rules, one of which accepts the protocol
 * on every port.
 */
public final class CapircaPolicy {

    /** The service set nftables terms name as source port (see the class comment). */
    static final String ANY_SOURCE_PORT = "ANY-SOURCE-PORT";

    /** The three files, relative to the output directory, and their text. */
    public record PolicyFiles(String policyName, String network, String services, String policy) {
    }

    private CapircaPolicy() {
    }

    public static PolicyFiles of(String diagramName, FirewallPolicy policy, Set<CapircaTarget> targets) {
        String name = policyName(diagramName);
        return new PolicyFiles(name, network(policy), services(policy), policy(diagramName, policy, targets));
    }

    /** Writes DIR/def/NETWORK.net, DIR/def/SERVICES.svc and DIR/policies/pol/NAME.pol; returns the policy file. */
    public static Path write(Path dir, String diagramName, FirewallPolicy policy, Set<CapircaTarget> targets)
            throws IOException {
        PolicyFiles files = of(diagramName, policy, targets);
        Path def = dir.resolve("def");
        Path pol = dir.resolve("policies").resolve("pol");
        Files.createDirectories(def);
        Files.createDirectories(pol);
        AtomicFiles.write(def.resolve("NETWORK.net"), files.network().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(def.resolve("SERVICES.svc"), files.services().getBytes(StandardCharsets.UTF_8));
        Path out = pol.resolve(files.policyName() + ".pol");
        AtomicFiles.write(out, files.policy().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** "Load-balanced DAG with hybrid" → "load-balanced-dag-with-hybrid". */
    public static String policyName(String diagramName) {
        String safe = ObjectNames.safe(diagramName).toLowerCase(Locale.ROOT);
        return safe.isEmpty() ? "portolan" : safe;
    }

    static String network(FirewallPolicy policy) {
        StringBuilder sb = new StringBuilder("# Address objects of the Portolan diagram, one per role, zone and site.\n\n");
        for (AddressObject o : policy.objects()) {
            if (!o.isAddressed()) {
                continue;
            }
            List<String> addresses = o.isAny() ? List.of("0.0.0.0/0", "::/0") : o.addresses();
            sb.append(o.name()).append(" = ").append(addresses.get(0)).append(" # ").append(comment(o.description()))
                    .append('\n');
            String indent = " ".repeat(o.name().length() + 3);
            for (String a : addresses.subList(1, addresses.size())) {
                sb.append(indent).append(a).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String services(FirewallPolicy policy) {
        StringBuilder sb = new StringBuilder("# Service sets of the Portolan diagram.\n\n");
        sb.append(ANY_SOURCE_PORT).append(" = 1-65535/tcp # any source port, for the nftables terms\n")
                .append(" ".repeat(ANY_SOURCE_PORT.length() + 3)).append("1-65535/udp\n\n");
        for (ServiceSet s : policy.services()) {
            if (s.isAny()) {
                continue;
            }
            List<String> ports = s.ports().stream()
                    .map(p -> p.range() + "/" + p.protocol().name().toLowerCase(Locale.ROOT)).toList();
            sb.append(s.name()).append(" = ").append(ports.get(0)).append(" # ").append(comment(s.description()))
                    .append('\n');
            String indent = " ".repeat(s.name().length() + 3);
            for (String p : ports.subList(1, ports.size())) {
                sb.append(indent).append(p).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String policy(String diagramName, FirewallPolicy policy, Set<CapircaTarget> targets) {
        Set<CapircaTarget> perCrossing = EnumSet.copyOf(targets);
        boolean nftables = perCrossing.remove(CapircaTarget.NFTABLES);
        Map<String, List<String>> terms = new LinkedHashMap<>();
        Map<String, Crossing> crossings = new LinkedHashMap<>();
        List<String> hostTerms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (PolicyRule r : policy.rules()) {
            if (!r.crossing().passesFirewall()) {
                continue;
            }
            if (!r.source().isAddressed() || !r.destination().isAddressed()) {
                skipped.add("rule " + r.number() + " (" + r.source().name() + " > " + r.destination().name() + ", "
                        + r.service().name() + "): " + (r.source().isAddressed() ? r.destination() : r.source()).name()
                        + " has no addresses (F12)");
                continue;
            }
            add(terms, crossings, r.crossing(), term(r, r.source(), r.destination(), "", false));
            hostTerms.add(term(r, r.source(), r.destination(), "-nft", true));
            if (r.isUnrestricted()) {
                // R1/R2 hold in both directions.
                Crossing back = new Crossing(r.crossing().to(), r.crossing().from());
                add(terms, crossings, back, term(r, r.destination(), r.source(), "-back", false));
                hostTerms.add(term(r, r.destination(), r.source(), "-back-nft", true));
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Capirca policy for \"").append(comment(diagramName)).append("\", written by Portolan.\n");
        sb.append("# Compile: aclgen --base_directory=policies --definitions_directory=def --output_directory=out\n");
        sb.append("# Each term cites the rule number of the port requirement sheet and the rule IDs of Portolan's\n");
        sb.append("# rule table (Microsoft, \"Network ports for clients and mail flow in Exchange 2013\").\n");
        for (String s : skipped) {
            sb.append("# NOT EXPORTED: ").append(comment(s)).append('\n');
        }
        for (Map.Entry<String, List<String>> e : terms.entrySet()) {
            Crossing c = crossings.get(e.getKey());
            String from = ObjectNames.safe(c.from().id());
            String to = ObjectNames.safe(c.to().id());
            sb.append("\nheader {\n");
            sb.append("  comment:: \"").append(comment(c.from().id() + " -> " + c.to().id() + ": " + c.from().name()
                    + " to " + c.to().name())).append("\"\n");
            if (perCrossing.isEmpty()) {
                continue;
            }
            for (CapircaTarget t : perCrossing) {
                sb.append("  ").append(t.header(from, to)).append('\n');
            }
            sb.append("}\n");
            e.getValue().forEach(sb::append);
        }
        if (nftables && !hostTerms.isEmpty()) {
            sb.append("\nheader {\n  comment:: \"Host firewall of the destination servers: every rule that crosses a")
                    .append(" zone\"\n  ").append(CapircaTarget.NFTABLES.header("", "")).append("\n}\n");
            hostTerms.forEach(sb::append);
        }
        return sb.toString();
    }

    private static void add(Map<String, List<String>> terms, Map<String, Crossing> crossings, Crossing c, String term) {
        crossings.putIfAbsent(c.key(), c);
        terms.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(term);
    }

    private static String term(PolicyRule r, AddressObject source, AddressObject destination, String suffix,
                               boolean anySourcePort) {
        StringBuilder sb = new StringBuilder("\nterm ").append(termName(r)).append(suffix).append(" {\n");
        sb.append("  comment:: \"").append(comment("Rule " + r.number() + ": " + r.justification())).append("\"\n");
        if (!source.isAny()) {
            sb.append("  source-address:: ").append(source.name()).append('\n');
        }
        if (!destination.isAny()) {
            sb.append("  destination-address:: ").append(destination.name()).append('\n');
        }
        if (!r.service().isAny()) {
            List<String> protocols = r.service().ports().stream().map(Port::protocol).distinct()
                    .map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
            sb.append("  protocol:: ").append(String.join(" ", protocols)).append('\n');
            if (anySourcePort) {
                sb.append("  source-port:: ").append(ANY_SOURCE_PORT).append('\n');
            }
            sb.append("  destination-port:: ").append(r.service().name()).append('\n');
        }
        sb.append("  action:: accept\n}\n");
        return sb.toString();
    }

    /**
     * "r3-smtp": the rule number and its service, at most {@value #TERM_BASE} characters, so that with the longest
     * suffix ("-back-nft") it stays within the 24 characters the strictest target (iptables) allows.
     */
    static String termName(PolicyRule r) {
        String base = "r" + r.number() + "-" + r.service().name().toLowerCase(Locale.ROOT);
        return base.length() <= TERM_BASE ? base : base.substring(0, TERM_BASE).replaceAll("-+$", "");
    }

    /** The longest term name before a suffix. */
    static final int TERM_BASE = 15;

    /**
     * Capirca comments are double-quoted strings, and devices take ASCII remarks: no quotes, arrows and dots in
     * ASCII, other characters (Hangul names) left out.
     */
    static String comment(String text) {
        String ascii = text.replace('"', '\'').replace('\n', ' ').replace("·", "-").replace("→", "->")
                .replace("×", "x").replaceAll("[^\\x20-\\x7E]", "");
        return ascii.replaceAll(" {2,}", " ").trim();
    }
}
