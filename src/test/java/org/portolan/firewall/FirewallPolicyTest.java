package org.portolan.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portolan.model.NodeKind.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;
import org.portolan.rules.FlowEngine;
import org.portolan.rules.RuleId;
import org.portolan.samples.Sample;

/** Aggregated firewall rules: one per crossing, source object, destination object and service set. */
class FirewallPolicyTest {

    static Node node(String id, org.portolan.model.NodeKind kind, String... addresses) {
        return Node.of(id, kind, id.toUpperCase()).withAddresses(
                java.util.Arrays.stream(addresses).map(NetworkAddress::parse).toList());
    }

    static FirewallPolicy policy(Topology t) {
        return FirewallPolicy.of(t, FlowEngine.flows(t));
    }

    static List<String> rules(FirewallPolicy p) {
        return p.rules().stream().map(r -> r.number() + " " + r.crossing().key() + " " + r.source().name() + " > "
                + r.destination().name() + " " + r.service().name() + " [" + r.ruleIdList() + "]").toList();
    }

    @Test
    void aDagOfEightServersGivesOneRulePerCrossingAndService() {
        List<Node> nodes = new ArrayList<>(List.of(node("net", INTERNET), node("dns", DNS, "10.0.0.53")));
        for (int i = 1; i <= 8; i++) {
            nodes.add(node("ex" + i, MULTI_ROLE, "10.0.1." + i));
        }
        FirewallPolicy p = policy(new Topology("dag", Options.DEFAULTS.withHttp(false), List.of(), nodes));
        assertThat(rules(p)).containsExactly(
                "1 external->internal ANY > EXCH-MR-INTERNAL EXCH-CLIENT-WEB [C1]",
                "2 external->internal ANY > EXCH-MR-INTERNAL SMTP-SUBMISSION [C5]",
                "3 external->internal ANY > EXCH-MR-INTERNAL SMTP [N1]",
                "4 internal->external EXCH-MR-INTERNAL > ANY SMTP [N2]",
                "5 internal->internal EXCH-MR-INTERNAL > DNS-INTERNAL DNS [N4]",
                "6 internal->internal EXCH-INTERNAL > EXCH-INTERNAL ANY [R1]");
        AddressObject dag = p.rules().get(0).destination();
        assertThat(dag.members()).hasSize(8);
        assertThat(dag.addresses()).hasSize(8).contains("10.0.1.1", "10.0.1.8");
        assertThat(p.rules().get(4).service().ports()).extracting(Object::toString).containsExactly("53/UDP", "53/TCP");
        assertThat(p.rules().get(0).flows()).hasSize(8);
    }

    @Test
    void twoZonesGiveTwoObjectsAndAnUnrestrictedRuleBetweenThem() {
        Zone busan = new Zone("busan", ZoneKind.INTERNAL, "Busan", null);
        Topology t = new Topology("two", Options.DEFAULTS.withHttp(false), List.of(busan), List.of(
                node("net", INTERNET), node("ex1", MULTI_ROLE, "10.1.0.1"),
                node("ex2", MULTI_ROLE, "10.2.0.1").withZone("busan")));
        FirewallPolicy p = policy(t);
        assertThat(p.objects()).extracting(AddressObject::name)
                .contains("EXCH-MR-INTERNAL", "EXCH-MR-BUSAN", "EXCH-INTERNAL", "EXCH-BUSAN");
        assertThat(p.unrestricted()).extracting(r -> r.source().name() + " > " + r.destination().name())
                .containsExactly("EXCH-INTERNAL > EXCH-BUSAN");
        // Unrestricted rules come last and continue the numbering.
        assertThat(p.rules()).extracting(PolicyRule::number)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, p.rules().size()).boxed().toList());
        assertThat(p.rules().get(p.rules().size() - 1).isUnrestricted()).isTrue();
    }

    @Test
    void sitesSplitServerObjects() {
        Topology t = new Topology("sites", Options.DEFAULTS, List.of(), List.of(node("net", INTERNET),
                node("ex1", MULTI_ROLE).withSite("Seoul"), node("ex2", MULTI_ROLE).withSite("Busan")));
        assertThat(policy(t).objects()).extracting(AddressObject::name)
                .contains("EXCH-MR-INTERNAL-SEOUL", "EXCH-MR-INTERNAL-BUSAN");
    }

    @Test
    void loadBalancerGroupAndOffice365SetsOfTheSample() {
        FirewallPolicy p = policy(Sample.LOAD_BALANCED_DAG_HYBRID.load());
        assertThat(rules(p)).contains(
                "1 external->perimeter ANY > LB-LB01 EXCH-CLIENT-WEB [C1, L1]",
                "5 external->perimeter M365-EXO > LB-LB01 EXCH-HYBRID-WEB [H3, L1]");
        assertThat(rules(p)).anyMatch(r -> r.matches("\\d+ perimeter->internal LB-LB01 > EXCH-MR-INTERNAL SMTP \\[L2\\]"));
        AddressObject eop = p.objects().stream().filter(o -> o.name().equals("M365-EOP")).findFirst().orElseThrow();
        assertThat(eop.addresses()).contains("40.92.0.0/15");
        assertThat(eop.description()).contains("endpoint set 10", "list 2022072800");
        assertThat(p.rules()).allMatch(r -> !r.ruleIds().isEmpty());
        assertThat(p.services()).extracting(ServiceSet::name).doesNotContain("FORWARDED");
    }

    @Test
    void objectNamesAreVendorSafeShortAndUnique() {
        ObjectNames names = new ObjectNames();
        assertThat(names.name("EXCH", "MBX", "core", "Seoul")).isEqualTo("EXCH-MBX-CORE-SEOUL");
        assertThat(names.name("CLIENTS", "부산 지사 사용자")).isEqualTo("CLIENTS");
        assertThat(names.name("CLIENTS", "부산 지사")).isEqualTo("CLIENTS-2");
        assertThat(names.name("NET", "Zürich / Genève  HQ")).isEqualTo("NET-ZURICH-GENEVE-HQ");
        String longName = names.name("EXCH", "MR", "a-very-long-zone-identifier", "and-a-long-site");
        assertThat(longName).hasSizeLessThanOrEqualTo(31).matches("[A-Z0-9_-]+").doesNotEndWith("-");
        String again = names.name("EXCH", "MR", "a-very-long-zone-identifier", "and-a-long-site");
        assertThat(again).hasSizeLessThanOrEqualTo(31).isNotEqualTo(longName).endsWith("-2");
    }

    @Test
    void everyFlowIsInExactlyOneRule() {
        for (Sample s : Sample.values()) {
            Topology t = s.load();
            var flows = FlowEngine.flows(t);
            FirewallPolicy p = FirewallPolicy.of(t, flows);
            assertThat(p.rules().stream().mapToInt(r -> r.flows().size()).sum()).as(s.name()).isEqualTo(flows.size());
            assertThat(p.rules()).allMatch(r -> r.ruleIds().stream().allMatch(id -> id == RuleId.L1
                    || r.flows().stream().anyMatch(f -> f.ruleId() == id)));
        }
    }
}
