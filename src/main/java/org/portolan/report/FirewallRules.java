package org.portolan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portolan.rules.Crossing;
import org.portolan.rules.Flow;
import org.portolan.model.ZoneKind;

/**
 * Groups flows into firewall rules by zone crossing, in the order a firewall team works through them:
 * inbound from the Internet first, then towards the inside, then outbound, then traffic inside a zone.
 * R1/R2 links are listed apart: they must not be filtered at all.
 */
public final class FirewallRules {

    /** The rules of one zone crossing. */
    public record Section(Crossing crossing, List<FirewallRule> rules) {
    }

    /** The rule sections, numbered 1… across sections, and the unrestricted pairs (R1/R2). */
    public record Sheet(List<Section> sections, List<FirewallRule> unrestricted) {

        public int ruleCount() {
            return sections.stream().mapToInt(s -> s.rules().size()).sum();
        }
    }

    private FirewallRules() {
    }

    public static Sheet of(List<Flow> flows) {
        // One rule per pair of ends written against the same addresses: an Office 365 node stands for a different
        // Microsoft endpoint set in its SMTP and its HTTPS rules.
        Map<List<Object>, List<Flow>> restricted = new LinkedHashMap<>();
        Map<List<Object>, List<Flow>> unrestricted = new LinkedHashMap<>();
        for (Flow f : flows) {
            (f.rule().isUnrestricted() ? unrestricted : restricted).computeIfAbsent(
                    List.of(f.sourceSide(), f.targetSide(), f.rule().office365Set()), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<List<Flow>>> byCrossing = new LinkedHashMap<>();
        Map<String, Crossing> crossings = new LinkedHashMap<>();
        for (List<Flow> pair : restricted.values()) {
            Crossing c = pair.get(0).crossing();
            crossings.putIfAbsent(c.key(), c);
            byCrossing.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(pair);
        }
        List<Crossing> order = new ArrayList<>(crossings.values());
        order.sort(Comparator.comparingInt(FirewallRules::rank)
                .thenComparing(c -> c.from().id()).thenComparing(c -> c.to().id()));
        List<Section> sections = new ArrayList<>();
        int number = 1;
        for (Crossing c : order) {
            List<FirewallRule> rules = new ArrayList<>();
            for (List<Flow> pair : byCrossing.get(c.key())) {
                rules.add(new FirewallRule(number++, pair.get(0).source(), pair.get(0).target(), c, List.copyOf(pair)));
            }
            sections.add(new Section(c, rules));
        }
        List<FirewallRule> open = new ArrayList<>();
        int n = 1;
        for (List<Flow> pair : unrestricted.values()) {
            open.add(new FirewallRule(n++, pair.get(0).source(), pair.get(0).target(), pair.get(0).crossing(), List.copyOf(pair)));
        }
        return new Sheet(sections, open);
    }

    /** Inbound first (external → perimeter → internal), then outbound, then everything inside one zone. */
    public static int rank(Crossing c) {
        if (!c.passesFirewall()) {
            return 100 + c.from().kind().ordinal();
        }
        ZoneKind from = c.from().kind();
        ZoneKind to = c.to().kind();
        if (from == ZoneKind.EXTERNAL && to == ZoneKind.PERIMETER) {
            return 0;
        }
        if (from == ZoneKind.PERIMETER && to == ZoneKind.INTERNAL) {
            return 1;
        }
        if (from == ZoneKind.EXTERNAL && to == ZoneKind.INTERNAL) {
            return 2;
        }
        if (from == ZoneKind.INTERNAL && to == ZoneKind.PERIMETER) {
            return 3;
        }
        if (from == ZoneKind.PERIMETER && to == ZoneKind.EXTERNAL) {
            return 4;
        }
        if (from == ZoneKind.INTERNAL && to == ZoneKind.EXTERNAL) {
            return 5;
        }
        return 10 + from.ordinal() * 3 + to.ordinal();
    }
}
