package org.portolan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portolan.model.NodeKind.*;
import static org.portolan.rules.Topologies.firstFlowOf;
import static org.portolan.rules.Topologies.flowsOf;
import static org.portolan.rules.Topologies.node;
import static org.portolan.rules.Topologies.topo;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.Analysis;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.Options;
import org.portolan.model.Topology;

/**
 * The rules and findings specification version 2 adds or changes (N5, L1, L2, groups, unsubscribed Edge, F4, F6,
 * F9, F12–F15), each with a case where it applies and one where it must not.
 */
class RealDeploymentRulesTest {

    static final Node NET = node("net", INTERNET);
    static final Node LAN = node("lan", INTERNAL_CLIENTS);
    static final Node CAS1 = node("cas1", CAS);
    static final Node CAS2 = node("cas2", CAS);
    static final Node MBX1 = node("mbx1", MAILBOX);
    static final Node EX1 = node("ex1", MULTI_ROLE);
    static final Node DNS1 = node("dns1", DNS);
    static final Node EDGE1 = node("edge1", EDGE);
    static final Node O365 = node("o365", OFFICE_365);
    static final Node LB1 = node("lb1", LOAD_BALANCER);
    static final Options QUIET = Options.DEFAULTS.withHttp(false);

    static List<Finding> findings(Topology t, FindingId id) {
        return Analysis.of(t).findings().stream().filter(f -> f.id() == id).toList();
    }

    @Nested
    class InternalNameResolution {
        @Test
        void n5_everyInternalServerResolvesNamesWithAnEdge() {
            assertThat(flowsOf(topo(NET, EDGE1, MBX1, DNS1), RuleId.N5))
                    .containsExactly("mbx1->dns1 53/UDP", "mbx1->dns1 53/TCP");
        }

        @Test
        void n5_skipsWhatN4AlreadyGivesAndPerimeterDnsWhenAnInternalOneExists() {
            Node perimeterDns = node("pdns", DNS).withZone("perimeter");
            // Outbound through Client Access: only CAS1 is Internet-facing (N1, N3), so N4 covers it alone.
            Topology t = topo(Options.DEFAULTS.withOutboundProxyThroughCas(true), NET, CAS1, MBX1, DNS1, perimeterDns);
            assertThat(flowsOf(t, RuleId.N4)).contains("cas1->dns1 53/UDP", "cas1->pdns 53/UDP");
            assertThat(flowsOf(t, RuleId.N5)).containsExactly("mbx1->dns1 53/UDP", "mbx1->dns1 53/TCP");
        }

        @Test
        void n5_needsADnsServer() {
            assertThat(flowsOf(topo(NET, EDGE1, MBX1), RuleId.N5)).isEmpty();
        }
    }

    @Nested
    class LoadBalancers {
        @Test
        void l1_clientsInternetMailAndOffice365ReachTheVirtualIp() {
            Topology t = topo(QUIET, NET, LAN, O365, LB1, CAS1, CAS2, MBX1);
            assertThat(flowsOf(t, RuleId.C1)).containsExactly("net->lb1 443/TCP", "lan->lb1 443/TCP");
            assertThat(flowsOf(t, RuleId.N1)).containsExactly("net->lb1 25/TCP");
            assertThat(flowsOf(t, RuleId.H1)).containsExactly("o365->lb1 25/TCP");
            assertThat(flowsOf(t, RuleId.H3)).containsExactly("o365->lb1 443/TCP");
            assertThat(firstFlowOf(t, RuleId.N1).connectors()).containsExactly("Default Frontend CAS1", "Default Frontend CAS2");
            assertThat(firstFlowOf(t, RuleId.N1).isPublished()).isTrue();
            // Servers open their own connections: H2, H4 and N2 never pass through the load balancer.
            assertThat(flowsOf(t, RuleId.H4)).containsExactly("cas1->o365 443/TCP", "cas2->o365 443/TCP");
        }

        @Test
        void l1_onlyForTheClientAccessServersOfItsSite() {
            Topology t = topo(QUIET, NET, node("lb1", LOAD_BALANCER, "Seoul"), node("cas1", CAS, "Seoul"),
                    node("cas2", CAS, "Busan"), node("mbx1", MAILBOX, "Seoul"), node("mbx2", MAILBOX, "Busan"));
            assertThat(flowsOf(t, RuleId.C1)).containsExactly("net->lb1 443/TCP", "net->cas2 443/TCP");
            assertThat(flowsOf(t, RuleId.L2)).allMatch(f -> f.startsWith("lb1->cas1 "));
        }

        @Test
        void l1_withoutALoadBalancerClientsReachTheServers() {
            assertThat(flowsOf(topo(QUIET, NET, CAS1, MBX1), RuleId.C1)).containsExactly("net->cas1 443/TCP");
        }

        @Test
        void l2_forwardsEveryPortThatReachesTheVirtualIp() {
            Topology t = topo(Options.DEFAULTS, NET, LB1, CAS1, CAS2, MBX1);
            assertThat(flowsOf(t, RuleId.L2)).containsExactly(
                    "lb1->cas1 443/TCP", "lb1->cas1 80/TCP", "lb1->cas1 587/TCP", "lb1->cas1 25/TCP",
                    "lb1->cas2 443/TCP", "lb1->cas2 80/TCP", "lb1->cas2 587/TCP", "lb1->cas2 25/TCP");
        }

        @Test
        void l2_notWhenNothingReachesTheLoadBalancer() {
            assertThat(flowsOf(topo(LB1, CAS1, MBX1), RuleId.L2)).isEmpty();
            assertThat(flowsOf(topo(NET, LB1, MBX1), RuleId.L2)).isEmpty();
        }
    }

    @Nested
    class Groups {
        @Test
        void aGroupIsOneEndpointAndItsConnectorsNameEachServer() {
            Node dag = node("dag01", MULTI_ROLE).withName("DAG01").withCount(4);
            Topology t = topo(NET, dag);
            assertThat(flowsOf(t, RuleId.N1)).containsExactly("net->dag01 25/TCP");
            assertThat(firstFlowOf(t, RuleId.N1).connectors())
                    .containsExactly("Default Frontend <server> on each server of DAG01");
        }

        @Test
        void aSingleServerIsNamedPlainly() {
            assertThat(firstFlowOf(topo(NET, EX1), RuleId.N1).connectors()).containsExactly("Default Frontend EX1");
        }
    }

    @Nested
    class UnsubscribedEdge {
        @Test
        void e2AndE3NameHandMadeConnectorsInsteadOfEdgeSync() {
            Topology t = topo(NET, EDGE1.withSubscribed(false), MBX1);
            assertThat(firstFlowOf(t, RuleId.E2).connectors())
                    .containsExactly("Send connector created by hand on EDGE1 (not subscribed)", "Default MBX1");
            assertThat(firstFlowOf(t, RuleId.E3).connectors()).containsExactly(
                    "Send connector created by hand on the Mailbox servers to EDGE1 (not subscribed)",
                    "Default internal receive connector EDGE1");
        }

        @Test
        void aSubscribedEdgeKeepsEdgeSyncAndTheImplicitConnector() {
            Topology t = topo(NET, EDGE1, MBX1);
            assertThat(firstFlowOf(t, RuleId.E2).connectors()).contains("EdgeSync - Inbound to Default-First-Site-Name");
            assertThat(firstFlowOf(t, RuleId.E3).connectors()).contains("Intra-organization Send connector (implicit)");
        }
    }

    @Nested
    class Findings {
        @Test
        void f4_namesTheMailboxServersEvenWhenOutboundIsProxiedThroughClientAccess() {
            Topology proxied = topo(QUIET.withOutboundProxyThroughCas(true), NET, CAS1, MBX1);
            assertThat(findings(proxied, FindingId.F4)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("Mailbox servers MBX1", "-FrontEndProxyEnabled $true")
                        .doesNotContain("CAS1");
                assertThat(f.nodes()).extracting(Node::id).containsExactly("mbx1");
            });
            assertThat(findings(topo(QUIET, NET, EDGE1, MBX1), FindingId.F4)).isEmpty();
        }

        @Test
        void f6_countsHybridMail() {
            assertThat(findings(topo(QUIET, O365, EX1), FindingId.F6)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("Office 365"));
            assertThat(findings(topo(QUIET, O365, EX1, DNS1), FindingId.F6)).isEmpty();
        }

        @Test
        void f9_needsAClientAccessEndpoint() {
            assertThat(findings(topo(Options.DEFAULTS, MBX1), FindingId.F9)).isEmpty();
            assertThat(findings(topo(Options.DEFAULTS, CAS1, MBX1), FindingId.F9)).hasSize(1);
        }

        @Test
        void f12_aNodeWhoseFlowsCrossAFirewallWithoutAddresses() {
            Node addressed = EX1.withAddresses(List.of(NetworkAddress.parse("10.0.0.1")));
            assertThat(findings(topo(QUIET, NET, EX1), FindingId.F12)).singleElement()
                    .satisfies(f -> assertThat(f.nodes()).extracting(Node::id).containsExactly("ex1"));
            assertThat(findings(topo(QUIET, NET, addressed), FindingId.F12)).isEmpty();
            assertThat(findings(topo(QUIET, LAN, EX1), FindingId.F12)).as("no firewall inside one zone").isEmpty();
        }

        @Test
        void f13_moreThanOneInternetOrOffice365() {
            assertThat(findings(topo(QUIET, NET, node("net2", INTERNET), EX1), FindingId.F13)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("whole Internet"));
            assertThat(findings(topo(QUIET, NET, O365, EX1), FindingId.F13)).isEmpty();
        }

        @Test
        void f14_hybridMailThroughAnUnsubscribedEdge() {
            assertThat(findings(topo(QUIET, NET, O365, EDGE1.withSubscribed(false), EX1), FindingId.F14))
                    .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
            assertThat(findings(topo(QUIET, NET, O365, EDGE1, EX1), FindingId.F14)).isEmpty();
            assertThat(findings(topo(QUIET, NET, EDGE1.withSubscribed(false), EX1), FindingId.F14)).isEmpty();
        }

        @Test
        void f15_preauthenticatingLoadBalancerInAHybrid() {
            Node preauth = LB1.withPreauthentication(true);
            assertThat(findings(topo(QUIET, O365, preauth, EX1), FindingId.F15)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("/ews/mrsproxy.svc"));
            assertThat(findings(topo(QUIET, O365, LB1, EX1), FindingId.F15)).isEmpty();
            assertThat(findings(topo(QUIET, NET, preauth, EX1), FindingId.F15)).isEmpty();
        }
    }
}
