package org.portolan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portolan.model.NodeKind.*;
import static org.portolan.rules.Topologies.*;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.portolan.model.Node;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;
import java.util.List;

/** One case where each rule applies and one where it must not (rules file, rule IDs). */
class RuleTableTest {

    static final Node NET = node("net", INTERNET);
    static final Node LAN = node("lan", INTERNAL_CLIENTS);
    static final Node CAS1 = node("cas1", CAS);
    static final Node MBX1 = node("mbx1", MAILBOX);
    static final Node EX1 = node("ex1", MULTI_ROLE);
    static final Node DNS1 = node("dns1", DNS);
    static final Node DC1 = node("dc1", DOMAIN_CONTROLLER);
    static final Node EDGE1 = node("edge1", EDGE);
    static final Node O365 = node("o365", OFFICE_365);

    @Test
    void everyRuleIdButL1HasExactlyOneEntryInTableOrder() {
        assertThat(RuleTable.RULES).extracting(Rule::id).containsExactlyElementsOf(
                Arrays.stream(RuleId.values()).filter(id -> id != RuleId.L1).toList());
    }

    @Nested
    class ClientAccess {
        @Test
        void c1_clientsReachEveryClientAccessEndpointOn443() {
            assertThat(flowsOf(topo(NET, LAN, CAS1, EX1, MBX1), RuleId.C1)).containsExactly(
                    "net->cas1 443/TCP", "net->ex1 443/TCP", "lan->cas1 443/TCP", "lan->ex1 443/TCP");
        }

        @Test
        void c1_neverTargetsEdgeOrStandaloneMailbox() {
            assertThat(flowsOf(topo(NET, EDGE1, MBX1), RuleId.C1)).isEmpty();
        }

        @Test
        void c2_http80OnlyWhenHttpOptionIsOn() {
            assertThat(flowsOf(topo(NET, CAS1, MBX1), RuleId.C2)).containsExactly("net->cas1 80/TCP");
            assertThat(flowsOf(topo(Options.DEFAULTS.withHttp(false), NET, CAS1, MBX1), RuleId.C2)).isEmpty();
        }

        @Test
        void c3_imap143And993OnlyWhenImap4IsOn() {
            assertThat(flowsOf(topo(NET, EX1), RuleId.C3)).isEmpty();
            assertThat(flowsOf(topo(Options.DEFAULTS.withImap4(true), NET, EX1), RuleId.C3))
                    .containsExactly("net->ex1 143/TCP", "net->ex1 993/TCP");
        }

        @Test
        void c4_pop110And995OnlyWhenPop3IsOn() {
            assertThat(flowsOf(topo(NET, EX1), RuleId.C4)).isEmpty();
            assertThat(flowsOf(topo(Options.DEFAULTS.withPop3(true), LAN, EX1), RuleId.C4))
                    .containsExactly("lan->ex1 110/TCP", "lan->ex1 995/TCP");
        }

        @Test
        void c5_submission587NamesClientFrontendConnector() {
            Topology t = topo(LAN, CAS1, MBX1);
            assertThat(flowsOf(t, RuleId.C5)).containsExactly("lan->cas1 587/TCP");
            assertThat(firstFlowOf(t, RuleId.C5).connectors()).containsExactly("Client Frontend CAS1");
            assertThat(flowsOf(topo(Options.DEFAULTS.withSmtpClientSubmission(false), LAN, CAS1), RuleId.C5)).isEmpty();
        }
    }

    @Nested
    class MailFlowWithoutEdge {
        @Test
        void n1_inboundSmtpToClientAccessWithDefaultFrontend() {
            Topology t = topo(NET, CAS1, MBX1);
            assertThat(flowsOf(t, RuleId.N1)).containsExactly("net->cas1 25/TCP");
            assertThat(firstFlowOf(t, RuleId.N1).connectors()).containsExactly("Default Frontend CAS1");
        }

        @Test
        void n1_doesNotApplyWithAnEdge() {
            assertThat(flowsOf(topo(NET, EDGE1, CAS1, MBX1), RuleId.N1)).isEmpty();
        }

        @Test
        void n2_outboundFromMailboxEndpoints() {
            assertThat(flowsOf(topo(NET, CAS1, MBX1, EX1), RuleId.N2))
                    .containsExactly("mbx1->net 25/TCP", "ex1->net 25/TCP");
        }

        @Test
        void n2_notWhenProxiedThroughCasOrNoSendConnectorOrEdge() {
            assertThat(flowsOf(topo(Options.DEFAULTS.withOutboundProxyThroughCas(true), NET, CAS1, MBX1), RuleId.N2)).isEmpty();
            assertThat(flowsOf(topo(Options.DEFAULTS.withInternetSendConnector(false), NET, CAS1, MBX1), RuleId.N2)).isEmpty();
            assertThat(flowsOf(topo(NET, EDGE1, MBX1), RuleId.N2)).isEmpty();
        }

        @Test
        void n3_outboundThroughClientAccessWhenFrontEndProxyEnabled() {
            Topology t = topo(Options.DEFAULTS.withOutboundProxyThroughCas(true), NET, CAS1, MBX1);
            assertThat(flowsOf(t, RuleId.N3)).containsExactly("cas1->net 25/TCP");
            assertThat(firstFlowOf(t, RuleId.N3).connectors()).contains("Outbound Proxy Frontend CAS1");
            assertThat(flowsOf(topo(NET, CAS1, MBX1), RuleId.N3)).isEmpty();
        }

        @Test
        void n4_internetFacingServersResolveNamesOverUdpAndTcp53() {
            // CAS1 receives (N1), MBX1 sends (N2); the standalone mailbox behind a proxying CAS does not face the Internet.
            assertThat(flowsOf(topo(NET, CAS1, MBX1, DNS1), RuleId.N4)).containsExactly(
                    "cas1->dns1 53/UDP", "cas1->dns1 53/TCP", "mbx1->dns1 53/UDP", "mbx1->dns1 53/TCP");
            assertThat(flowsOf(topo(Options.DEFAULTS.withOutboundProxyThroughCas(true), NET, CAS1, MBX1, DNS1), RuleId.N4))
                    .containsExactly("cas1->dns1 53/UDP", "cas1->dns1 53/TCP");
        }

        @Test
        void n4_countsHybridSmtpAsInternetFacing() {
            assertThat(flowsOf(topo(O365, EX1, DNS1), RuleId.N4)).containsExactly("ex1->dns1 53/UDP", "ex1->dns1 53/TCP");
        }

        @Test
        void n4_notWithoutInternetMailOrWithAnEdge() {
            assertThat(flowsOf(topo(LAN, EX1, DNS1), RuleId.N4)).isEmpty();
            assertThat(flowsOf(topo(NET, EDGE1, EX1, DNS1), RuleId.N4)).isEmpty();
        }
    }

    @Nested
    class MailFlowWithEdge {
        final Node edge = node("edge1", EDGE, "Seoul");
        final Node mbxSeoul = node("mbx1", MAILBOX, "Seoul");
        final Node exSeoul = node("ex1", MULTI_ROLE, "Seoul");
        final Node mbxBusan = node("mbx2", MAILBOX, "Busan");

        Topology withEdge(Node... more) {
            Node[] all = Arrays.copyOf(new Node[] {NET, edge, mbxSeoul, exSeoul, mbxBusan, DNS1}, 6 + more.length);
            System.arraycopy(more, 0, all, 6, more.length);
            return topo(all);
        }

        @Test
        void e1_internetToEdgeWithDefaultInternalReceiveConnector() {
            assertThat(flowsOf(withEdge(), RuleId.E1)).containsExactly("net->edge1 25/TCP");
            assertThat(firstFlowOf(withEdge(), RuleId.E1).connectors()).containsExactly("Default internal receive connector EDGE1");
            assertThat(flowsOf(topo(NET, EX1), RuleId.E1)).isEmpty();
        }

        @Test
        void e2_edgeToMailboxesOfItsSiteOnlyWithTheReceivingConnector() {
            Topology t = withEdge();
            assertThat(flowsOf(t, RuleId.E2)).containsExactly("edge1->mbx1 25/TCP", "edge1->ex1 25/TCP");
            var flows = FlowEngine.flows(t).stream().filter(f -> f.ruleId() == RuleId.E2).toList();
            assertThat(flows.get(0).connectors()).containsExactly("EdgeSync - Inbound to Seoul", "Default MBX1");
            assertThat(flows.get(1).connectors()).containsExactly("EdgeSync - Inbound to Seoul", "Default Frontend EX1");
        }

        @Test
        void e2_servesEveryMailboxWhenNoNodeNamesASite() {
            assertThat(flowsOf(topo(NET, EDGE1, MBX1, EX1), RuleId.E2)).containsExactly("edge1->mbx1 25/TCP", "edge1->ex1 25/TCP");
            assertThat(firstFlowOf(topo(NET, EDGE1, MBX1), RuleId.E2).connectors())
                    .contains("EdgeSync - Inbound to Default-First-Site-Name");
        }

        @Test
        void e3_mailboxesOfTheSiteToEdgeBypassingClientAccess() {
            assertThat(flowsOf(withEdge(node("cas1", CAS, "Seoul")), RuleId.E3))
                    .containsExactly("mbx1->edge1 25/TCP", "ex1->edge1 25/TCP");
            assertThat(flowsOf(topo(NET, CAS1, MBX1), RuleId.E3)).isEmpty();
        }

        @Test
        void e4_edgeToInternetWithEdgeSyncSiteToInternetConnector() {
            assertThat(flowsOf(withEdge(), RuleId.E4)).containsExactly("edge1->net 25/TCP");
            assertThat(firstFlowOf(withEdge(), RuleId.E4).connectors()).containsExactly("EdgeSync - Seoul to Internet");
            assertThat(flowsOf(topo(Options.DEFAULTS.withInternetSendConnector(false), NET, EDGE1, MBX1), RuleId.E4)).isEmpty();
        }

        @Test
        void e4_unsubscribedEdgeNeedsAHandMadeConnector() {
            Topology t = topo(NET, EDGE1.withSubscribed(false), MBX1);
            assertThat(firstFlowOf(t, RuleId.E4).connectors()).containsExactly("Send connector created by hand on EDGE1");
        }

        @Test
        void e5_edgeSync50636FromSiteMailboxesOnlyWhenSubscribed() {
            assertThat(flowsOf(withEdge(), RuleId.E5)).containsExactly("mbx1->edge1 50636/TCP", "ex1->edge1 50636/TCP");
            assertThat(flowsOf(topo(NET, EDGE1.withSubscribed(false), MBX1), RuleId.E5)).isEmpty();
        }

        @Test
        void e6_edgeResolvesNamesOverUdpAndTcp53() {
            assertThat(flowsOf(withEdge(), RuleId.E6)).containsExactly("edge1->dns1 53/UDP", "edge1->dns1 53/TCP");
            assertThat(flowsOf(topo(NET, EX1, DNS1), RuleId.E6)).isEmpty();
        }

        @Test
        void e7_senderReputationOnlyWithAProxyPort() {
            assertThat(flowsOf(withEdge(), RuleId.E7)).isEmpty();
            Topology t = topo(Options.DEFAULTS.withSenderReputationProxyPort(8080), NET, EDGE1, MBX1);
            assertThat(flowsOf(t, RuleId.E7)).containsExactly("edge1->net 8080/TCP");
        }

        @Test
        void withAnEdgeNoMailRuleOfTheNoEdgeTableApplies() {
            Topology t = withEdge(node("cas1", CAS, "Seoul"));
            assertThat(FlowEngine.flows(t)).extracting(Flow::ruleId)
                    .doesNotContain(RuleId.N1, RuleId.N2, RuleId.N3, RuleId.N4);
        }
    }

    @Nested
    class Hybrid {
        @Test
        void h1h2_mailWithExchangeOnlineGoesThroughClientAccessWithoutEdge() {
            Topology t = topo(O365, EX1);
            assertThat(flowsOf(t, RuleId.H1)).containsExactly("o365->ex1 25/TCP");
            assertThat(flowsOf(t, RuleId.H2)).containsExactly("ex1->o365 25/TCP");
            assertThat(firstFlowOf(t, RuleId.H2).connectors()).containsExactly("Outbound to Office 365");
        }

        @Test
        void h1h2_mailWithExchangeOnlineGoesThroughTheEdgeWhenThereIsOne() {
            Topology t = topo(O365, EDGE1, EX1);
            assertThat(flowsOf(t, RuleId.H1)).containsExactly("o365->edge1 25/TCP");
            assertThat(flowsOf(t, RuleId.H2)).containsExactly("edge1->o365 25/TCP");
        }

        @Test
        void h3h4_httpsBothWaysWithClientAccess() {
            Topology t = topo(O365, EDGE1, CAS1, MBX1);
            assertThat(flowsOf(t, RuleId.H3)).containsExactly("o365->cas1 443/TCP");
            assertThat(flowsOf(t, RuleId.H4)).containsExactly("cas1->o365 443/TCP");
        }

        @Test
        void noHybridRuleWithoutOffice365() {
            assertThat(FlowEngine.flows(topo(NET, EX1))).extracting(Flow::ruleId)
                    .doesNotContain(RuleId.H1, RuleId.H2, RuleId.H3, RuleId.H4);
        }
    }

    @Nested
    class Unrestricted {
        final Zone dc2 = new Zone("dc2", ZoneKind.INTERNAL, "Busan datacentre", null);

        @Test
        void r1_oneAnyAnyLinePerZoneNamingEveryServerOnEachSide() {
            Topology t = topo(CAS1, MBX1, EX1);
            assertThat(flowsOf(t, RuleId.R1)).containsExactly("cas1->cas1 any");
            Flow f = firstFlowOf(t, RuleId.R1);
            assertThat(f.port().protocol()).isEqualTo(Protocol.ANY);
            assertThat(f.port().range().toString()).isEqualTo("*");
            assertThat(f.sourceSide()).extracting(Node::id).containsExactly("cas1", "mbx1", "ex1");
            assertThat(f.targetSide()).extracting(Node::id).containsExactly("cas1", "mbx1", "ex1");
            assertThat(f.services()).contains("DAG replication (64327/TCP by default)");
        }

        @Test
        void r1_betweenMultiRoleServersSplitAcrossTwoDatacentres() {
            Topology t = new Topology("two", Options.DEFAULTS, List.of(dc2),
                    List.of(EX1, node("ex2", MULTI_ROLE).withZone("dc2")));
            assertThat(flowsOf(t, RuleId.R1)).containsExactly("ex1->ex2 any");
            assertThat(firstFlowOf(t, RuleId.R1).crossing().key()).isEqualTo("internal->dc2");
        }

        @Test
        void r1_insideOneGroupButNotForALoneServer() {
            assertThat(flowsOf(topo(EX1.withCount(4)), RuleId.R1)).containsExactly("ex1->ex1 any");
            assertThat(flowsOf(topo(EX1), RuleId.R1)).isEmpty();
            assertThat(flowsOf(topo(EDGE1, node("edge2", EDGE), EX1), RuleId.R1)).isEmpty();
        }

        @Test
        void r2_perPairOfZonesButNeverForEdge() {
            Topology t = new Topology("two", Options.DEFAULTS, List.of(dc2),
                    List.of(EDGE1, CAS1, MBX1, DC1, node("dc2", DOMAIN_CONTROLLER).withZone("dc2")));
            assertThat(flowsOf(t, RuleId.R2)).containsExactly("cas1->dc1 any", "cas1->dc2 any");
            assertThat(firstFlowOf(t, RuleId.R2).sourceSide()).extracting(Node::id).containsExactly("cas1", "mbx1");
            assertThat(flowsOf(topo(EDGE1, DC1), RuleId.R2)).isEmpty();
        }
    }

    @Test
    void flowsCarryTheirZoneCrossing() {
        Topology t = topo(NET, EDGE1, MBX1);
        Flow inbound = firstFlowOf(t, RuleId.E1);
        assertThat(inbound.crossing().key()).isEqualTo("external->perimeter");
        assertThat(inbound.crossing()).hasToString("external → perimeter");
        assertThat(firstFlowOf(t, RuleId.E2).crossing().key()).isEqualTo("perimeter->internal");
    }

    @Test
    void theEngineIsDeterministic() {
        Topology t = topo(Options.DEFAULTS.withImap4(true).withPop3(true), NET, LAN, O365, CAS1, MBX1, EX1, DNS1, DC1);
        assertThat(FlowEngine.flows(t)).isEqualTo(FlowEngine.flows(t));
    }
}
