package org.portolan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.rules.Flow;
import org.portolan.rules.RuleId;
import org.portolan.samples.Sample;

/** Views keep one concern's connections; the walkthrough tells every connection, one hop at a time. */
class ViewTest {

    private static List<Flow> flows(Sample s) {
        return Analysis.of(s.load()).flows();
    }

    @Test
    void mailFlowHasEdgeSyncAndNoHttpsClientAccessHasHttpsAndNoEdgeSync() {
        List<Flow> all = flows(Sample.EDGE_PERIMETER);
        List<Flow> mail = View.MAIL_FLOW.filter(all);
        List<Flow> clients = View.CLIENT_ACCESS.filter(all);
        assertThat(mail).extracting(f -> f.port().toString()).contains("50636/TCP", "25/TCP").doesNotContain("443/TCP");
        assertThat(clients).extracting(f -> f.port().toString()).contains("443/TCP").doesNotContain("50636/TCP", "25/TCP");
        assertThat(View.NAME_RESOLUTION.filter(all)).extracting(Flow::ruleId).containsOnly(RuleId.N5, RuleId.E6);
        assertThat(View.ALL.filter(all)).isEqualTo(all);
    }

    @Test
    void aLoadBalancersForwardingBelongsToTheConcernsThatReachIt() {
        List<Flow> all = flows(Sample.LOAD_BALANCED_DAG_HYBRID);
        List<Flow> mail = View.MAIL_FLOW.filter(all);
        List<Flow> clients = View.CLIENT_ACCESS.filter(all);
        // Internet mail reaches the virtual IP on 25 (N1 via L1), and the load balancer forwards 25 (L2).
        assertThat(mail).anyMatch(f -> f.ruleId() == RuleId.L2 && f.port().toString().equals("25/TCP"));
        assertThat(mail).noneMatch(f -> f.ruleId() == RuleId.L2 && f.port().toString().equals("443/TCP"));
        assertThat(clients).anyMatch(f -> f.ruleId() == RuleId.L2 && f.port().toString().equals("443/TCP"));
        assertThat(clients).noneMatch(f -> f.ruleId() == RuleId.L2 && f.port().toString().equals("25/TCP"));
    }

    @Test
    void cliNamesReadBack() {
        for (View v : View.values()) {
            assertThat(View.ofCliName(v.cliName())).isEqualTo(v);
        }
        assertThat(View.ofCliName("mail")).isNull();
        assertThat(View.cliNames()).isEqualTo("all, client-access, mail-flow, name-resolution, hybrid, unrestricted");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theWalkthroughVisitsEveryFlowOfEachScenarioExactlyOnce(Sample sample) {
        List<Flow> all = flows(sample);
        Walkthrough w = Walkthrough.of(all);
        Set<Flow> visited = new HashSet<>();
        for (Walkthrough.Scenario s : w.scenarios()) {
            List<Flow> hops = s.hops().stream().map(Walkthrough.Hop::flow).toList();
            assertThat(hops).as(s.title()).doesNotHaveDuplicates().isNotEmpty();
            visited.addAll(hops);
        }
        // Every connection the diagram requires is told in some scenario (the proxy of E7 with inbound mail).
        assertThat(visited).containsExactlyInAnyOrderElementsOf(new HashSet<>(all));
    }

    @Test
    void aHopsCaptionNamesEndsPortServiceConnectorRuleAndTheArticlesTable() {
        Walkthrough w = Walkthrough.of(flows(Sample.EDGE_PERIMETER));
        Walkthrough.Scenario inbound = w.scenarios().get(0);
        assertThat(inbound.title()).isEqualTo("Inbound Internet mail");
        assertThat(inbound.hops()).extracting(h -> h.flow().ruleId()).startsWith(RuleId.E1).contains(RuleId.E2);
        String e2 = inbound.hops().stream().filter(h -> h.flow().ruleId() == RuleId.E2).findFirst().orElseThrow().caption();
        assertThat(e2).startsWith("EDGE01 → MBX01 · 25/TCP · ").contains("EdgeSync - Inbound to Seoul")
                .endsWith("E2, 'mail flow with Edge' table");
        assertThat(w.scenarios()).extracting(Walkthrough.Scenario::title).contains("Outbound Internet mail",
                "Client access from the Internet", "Client access from the LAN", "EdgeSync", "Name resolution");
    }
}
