package org.portolan.firewall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portolan.m365.EndpointList;
import org.portolan.m365.Office365Endpoints;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Topology;
import org.portolan.rules.Crossing;
import org.portolan.rules.Flow;
import org.portolan.rules.Port;
import org.portolan.rules.Rule;
import org.portolan.rules.RuleId;

/**
 * The flows as a firewall team writes them: one rule per (zone crossing, source object, destination object,
 * service set), against named address objects and service sets, as Capirca and Aerleon policies are written. A
 * DAG of eight servers is one object, not eight; rules keep the rule IDs they come from and the flows they
 * cover. Restricted rules come first, by crossing (inbound first), then the unrestricted R1/R2 rules, numbered
 * on.
 */
public record FirewallPolicy(List<AddressObject> objects, List<ServiceSet> services, List<PolicyRule> rules) {

    public FirewallPolicy {
        objects = List.copyOf(objects);
        services = List.copyOf(services);
        rules = List.copyOf(rules);
    }

    public List<PolicyRule> restricted() {
        return rules.stream().filter(r -> !r.isUnrestricted()).toList();
    }

    public List<PolicyRule> unrestricted() {
        return rules.stream().filter(PolicyRule::isUnrestricted).toList();
    }

    /** The crossings of the rules, in rule order. */
    public List<Crossing> crossings() {
        return rules.stream().map(PolicyRule::crossing).distinct().toList();
    }

    public static FirewallPolicy of(Topology topology, List<Flow> flows) {
        return new Builder(topology, flows).build();
    }

    /** Which object a flow end belongs to, before objects have names. */
    private record ObjectKey(String kind, String zone, String site, Object detail) {
    }

    private record RuleKey(Crossing crossing, ObjectKey source, ObjectKey target, String service) {
    }

    private static final class Builder {
        private final Topology topology;
        private final List<Flow> flows;
        private final ObjectNames names = new ObjectNames();
        private final Map<ObjectKey, AddressObject> objects = new LinkedHashMap<>();
        /** Every node of each object, from every flow that names it. */
        private final Map<ObjectKey, Set<Node>> members = new LinkedHashMap<>();
        private final Map<String, Set<Port>> servicePorts = new LinkedHashMap<>();
        private final Map<String, String> serviceDescriptions = new LinkedHashMap<>();
        /** L2: the service set of what reaches a load balancer on a port. */
        private final Map<List<Object>, Rule.ServiceSetName> forwarded = new LinkedHashMap<>();

        Builder(Topology topology, List<Flow> flows) {
            this.topology = topology;
            this.flows = flows;
        }

        FirewallPolicy build() {
            for (Flow f : flows) {
                if (f.isPublished()) {
                    forwarded.putIfAbsent(List.of(f.target().id(), f.port()), f.rule().serviceSet());
                }
            }
            Map<RuleKey, List<Flow>> groups = new LinkedHashMap<>();
            for (Flow f : flows) {
                Rule.ServiceSetName set = serviceSet(f);
                servicePorts.computeIfAbsent(set.name(), k -> new LinkedHashSet<>()).add(f.port());
                serviceDescriptions.putIfAbsent(set.name(), set.description());
                RuleKey key = new RuleKey(f.crossing(), key(f, true), key(f, false), set.name());
                members.computeIfAbsent(key.source(), k -> new LinkedHashSet<>()).addAll(f.sourceSide());
                members.computeIfAbsent(key.target(), k -> new LinkedHashSet<>()).addAll(f.targetSide());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
            List<Map.Entry<RuleKey, List<Flow>>> ordered = new ArrayList<>(groups.entrySet());
            ordered.sort(Comparator.comparing((Map.Entry<RuleKey, List<Flow>> e) -> e.getKey().service().equals("ANY"))
                    .thenComparingInt(e -> CrossingOrder.rank(e.getKey().crossing()))
                    .thenComparing(e -> e.getKey().crossing().from().id())
                    .thenComparing(e -> e.getKey().crossing().to().id()));
            Map<String, ServiceSet> services = new LinkedHashMap<>();
            List<PolicyRule> rules = new ArrayList<>();
            for (Map.Entry<RuleKey, List<Flow>> e : ordered) {
                RuleKey k = e.getKey();
                List<Flow> own = e.getValue();
                ServiceSet service = services.computeIfAbsent(k.service(), n -> new ServiceSet(n,
                        serviceDescriptions.get(n), List.copyOf(servicePorts.get(n))));
                int set = own.get(0).rule().office365Set();
                rules.add(new PolicyRule(rules.size() + 1, k.crossing(), object(k.source(), set),
                        object(k.target(), set), service, ruleIds(own), own));
            }
            List<AddressObject> used = new ArrayList<>(objects.values());
            return new FirewallPolicy(used, List.copyOf(services.values()), rules);
        }

        private Rule.ServiceSetName serviceSet(Flow f) {
            if (f.ruleId() == RuleId.L2) {
                Rule.ServiceSetName set = forwarded.get(List.of(f.source().id(), f.port()));
                if (set != null) {
                    return set;
                }
            }
            return f.rule().serviceSet();
        }

        private static List<RuleId> ruleIds(List<Flow> flows) {
            Set<RuleId> ids = new LinkedHashSet<>();
            flows.forEach(f -> ids.add(f.ruleId()));
            if (flows.stream().anyMatch(Flow::isPublished)) {
                ids.add(RuleId.L1);
            }
            return ids.stream().sorted().toList();
        }

        /**
         * The object of one end: the Internet is one object, an Office 365 node without addresses the rule's
         * endpoint set, a zone link's side every Exchange server (or domain controller) of its zone, a single
         * network or load balancer itself, and servers the nodes of their role in their zone and site.
         */
        private ObjectKey key(Flow f, boolean source) {
            Node n = source ? f.source() : f.target();
            String zone = n.zoneId();
            if (f.isZoneLink()) {
                return new ObjectKey(n.kind() == NodeKind.DOMAIN_CONTROLLER ? "DC" : "EXCH-ALL", zone, null, null);
            }
            return switch (n.kind()) {
                case INTERNET -> n.addresses().isEmpty() ? new ObjectKey("ANY", null, null, null)
                        : new ObjectKey("NODE", zone, null, n.id());
                case OFFICE_365 -> n.addresses().isEmpty()
                        ? new ObjectKey("M365", null, null, f.rule().office365Set())
                        : new ObjectKey("NODE", zone, null, n.id());
                case LOAD_BALANCER -> new ObjectKey("NODE", zone, null, n.id());
                case DNS, DOMAIN_CONTROLLER, INTERNAL_CLIENTS -> new ObjectKey(n.kind().name(), zone, null, null);
                default -> new ObjectKey(n.kind().name(), zone, n.site() == null ? null : n.effectiveSite(), null);
            };
        }

        private AddressObject object(ObjectKey key, int office365Set) {
            return objects.computeIfAbsent(key, k -> create(k, List.copyOf(members.get(k)), office365Set));
        }

        private AddressObject create(ObjectKey k, List<Node> members, int office365Set) {
            String zoneName = k.zone() == null ? "" : topology.zone(k.zone()).map(z -> z.name()).orElse(k.zone());
            List<String> addresses = new ArrayList<>();
            members.forEach(n -> addresses.addAll(FlowEnds.addresses(n, office365Set)));
            String site = k.site() == null ? "" : " (site " + k.site() + ")";
            return switch (k.kind()) {
                case "ANY" -> new AddressObject(names.name("ANY"), "The Internet: any address", List.of(),
                        List.of("any"));
                case "M365" -> {
                    EndpointList list = Office365Endpoints.active();
                    boolean eop = office365Set == EndpointList.EXCHANGE_ONLINE_PROTECTION;
                    yield new AddressObject(names.name(eop ? "M365-EOP" : "M365-EXO"), list.describe(office365Set),
                            List.of(), addresses);
                }
                case "NODE" -> {
                    Node n = members.get(0);
                    String prefix = switch (n.kind()) {
                        case LOAD_BALANCER -> "LB";
                        case OFFICE_365 -> "M365";
                        default -> "NET";
                    };
                    yield new AddressObject(names.name(prefix, label(n)), n.kind().displayName() + " " + n.name()
                            + (n.kind() == NodeKind.LOAD_BALANCER ? ": its virtual IP addresses" : ""), members,
                            distinct(addresses));
                }
                case "EXCH-ALL" -> new AddressObject(names.name("EXCH", k.zone()), "Every Exchange server in "
                        + zoneName, members, distinct(addresses));
                case "DC" -> new AddressObject(names.name("AD-DC", k.zone()), "Domain controllers in " + zoneName,
                        members, distinct(addresses));
                case "DOMAIN_CONTROLLER" -> new AddressObject(names.name("AD-DC", k.zone()), "Domain controllers in "
                        + zoneName, members, distinct(addresses));
                case "INTERNAL_CLIENTS" -> members.size() == 1
                        ? new AddressObject(names.name("CLIENTS", ObjectNames.safe(members.get(0).name()).isEmpty()
                        ? k.zone() : members.get(0).name()), "Client network "
                        + members.get(0).name(), members, distinct(addresses))
                        : new AddressObject(names.name("CLIENTS", k.zone()), "Client networks in " + zoneName, members,
                        distinct(addresses));
                case "DNS" -> new AddressObject(names.name("DNS", k.zone()), "DNS servers in " + zoneName, members,
                        distinct(addresses));
                default -> {
                    NodeKind kind = NodeKind.valueOf(k.kind());
                    String role = switch (kind) {
                        case EDGE -> "EDGE";
                        case CAS -> "CAS";
                        case MAILBOX -> "MBX";
                        default -> "MR";
                    };
                    yield new AddressObject(names.name("EXCH", role, k.zone(), k.site()), kind.displayName()
                            + " servers in " + zoneName + site, members, distinct(addresses));
                }
            };
        }

        /** A node's name for an object name, or its id when nothing of the name is safe (a Hangul name). */
        private static String label(Node n) {
            return ObjectNames.safe(n.name()).isEmpty() ? n.id() : n.name();
        }

        private static List<String> distinct(List<String> addresses) {
            return List.copyOf(new LinkedHashSet<>(addresses));
        }
    }
}
