package org.portolan.analysis;

import static org.portolan.rules.RuleId.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.portolan.model.NodeKind;
import org.portolan.rules.Flow;
import org.portolan.rules.RuleId;
import org.portolan.rules.RuleSources;

/**
 * The diagram told one mail path at a time, for a workshop: the scenarios the diagram supports, each a sequence
 * of hops, one flow (one port) per hop, in the order traffic takes them, each with a caption that names source,
 * target, port, service, connector and the rule with the place in Microsoft's article it comes from.
 */
public record Walkthrough(List<Scenario> scenarios) {

    /** One path: "Inbound Internet mail" and its hops. */
    public record Scenario(String title, List<Hop> hops) {
    }

    /** One step: the flow drawn in full colour, and what the caption says about it. */
    public record Hop(Flow flow, String caption) {
    }

    /** A scenario's definition: which flows, and the order of their rules along the path. */
    private record Definition(String title, List<RuleId> order, Predicate<Flow> more) {
        Definition(String title, List<RuleId> order) {
            this(title, order, f -> true);
        }
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition("Inbound Internet mail", List.of(E1, E7, N1, L2, E2)),
            new Definition("Outbound Internet mail", List.of(E3, E4, N2, N3)),
            new Definition("Client access from the Internet", List.of(C1, C2, C3, C4, C5, L2),
                    f -> f.source().kind() == NodeKind.INTERNET),
            new Definition("Client access from the LAN", List.of(C1, C2, C3, C4, C5, L2),
                    f -> f.source().kind() == NodeKind.INTERNAL_CLIENTS),
            new Definition("EdgeSync", List.of(E5)),
            new Definition("Name resolution", List.of(N4, E6, N5)),
            new Definition("Hybrid mail to and from Office 365", List.of(H1, L2, H2)),
            new Definition("Hybrid free/busy and migration", List.of(H3, L2, H4)),
            new Definition("Unrestricted internal traffic", List.of(R1, R2)));

    /** The scenarios the flows support, in the order above; a scenario without flows is left out. */
    public static Walkthrough of(List<Flow> flows) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            List<Flow> picked = new ArrayList<>(View.select(flows, f -> d.order().contains(f.ruleId()) && d.more().test(f)));
            // Along the path: by the rule's place in it, then as the rule table lists them.
            picked.sort(Comparator.comparingInt(f -> d.order().indexOf(f.ruleId())));
            if (!picked.isEmpty()) {
                scenarios.add(new Scenario(d.title(), picked.stream().map(f -> new Hop(f, caption(f))).toList()));
            }
        }
        return new Walkthrough(List.copyOf(scenarios));
    }

    /** Every hop of every scenario, in order. */
    public List<Hop> hops() {
        return scenarios.stream().flatMap(s -> s.hops().stream()).toList();
    }

    /**
     * "EDGE01 → MBX01 · 25/TCP · Inbound SMTP · EdgeSync - Inbound to Seoul · E2, 'mail flow with Edge' table".
     */
    public static String caption(Flow f) {
        List<String> parts = new ArrayList<>();
        parts.add(end(f, true) + " → " + end(f, false));
        parts.add(f.port().toString());
        parts.add(f.services().isEmpty() ? RuleSources.title(f.ruleId()) : f.services().get(0));
        if (!f.connectors().isEmpty()) {
            parts.add(String.join("; ", f.connectors()));
        }
        parts.add(f.ruleId() + (f.isPublished() ? " via L1" : "") + ", " + RuleSources.table(f.ruleId()));
        return String.join(" · ", parts);
    }

    private static String end(Flow f, boolean source) {
        if (f.isZoneLink()) {
            var zone = source ? f.crossing().from() : f.crossing().to();
            return "Exchange servers in " + zone.name();
        }
        var node = source ? f.source() : f.target();
        return node.name() + (node.isGroup() ? " ×" + node.count() : "");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Walkthrough[%d scenarios, %d hops]", scenarios.size(), hops().size());
    }
}
