package org.portolan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portolan.model.NodeKind.*;
import static org.portolan.rules.Topologies.node;
import static org.portolan.rules.Topologies.topo;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.Analysis;
import org.portolan.model.Node;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;

/** For every finding of the rules file one topology that raises it and one that does not. */
class FindingRulesTest {

    static final Node NET = node("net", INTERNET);
    static final Node EX1 = node("ex1", MULTI_ROLE);
    static final Node DNS1 = node("dns1", DNS);
    static final Options QUIET = Options.DEFAULTS.withHttp(false);

    static List<Finding> findings(Topology t, FindingId id) {
        return Analysis.of(t).findings().stream().filter(f -> f.id() == id).toList();
    }

    static Topology withZones(List<Zone> zones, Node... nodes) {
        return new Topology("t", QUIET, zones, List.of(nodes));
    }

    @Test
    void f1_exchangeServersSplitByAFirewall() {
        Zone dmz2 = new Zone("datacenter", ZoneKind.INTERNAL, "Data centre", null);
        Topology split = withZones(List.of(dmz2), node("cas1", CAS), node("mbx1", MAILBOX).withZone("datacenter"));
        List<Finding> f1 = findings(split, FindingId.F1);
        assertThat(f1).hasSize(1);
        assertThat(f1.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f1.get(0).message()).contains("CAS1", "MBX1", "R1", "allow every port and protocol");
        assertThat(f1.get(0).nodes()).extracting(Node::id).containsExactly("cas1", "mbx1");

        assertThat(findings(withZones(List.of(dmz2), node("cas1", CAS), node("mbx1", MAILBOX)), FindingId.F1)).isEmpty();
    }

    @Test
    void f1_domainControllerSplitFromExchange() {
        Zone dcZone = new Zone("ad", ZoneKind.INTERNAL, "AD segment", null);
        List<Finding> f1 = findings(withZones(List.of(dcZone), EX1, node("dc1", DOMAIN_CONTROLLER).withZone("ad")), FindingId.F1);
        assertThat(f1).singleElement().satisfies(f -> assertThat(f.message()).contains("R2", "DC1", "EX1"));
        assertThat(findings(topo(QUIET, EX1, node("dc1", DOMAIN_CONTROLLER)), FindingId.F1)).isEmpty();
    }

    @Test
    void f2_clientAccessOrMailboxOutsideTheInternalNetwork() {
        List<Finding> f2 = findings(topo(QUIET, node("mbx1", MAILBOX).withZone("perimeter")), FindingId.F2);
        assertThat(f2).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("MBX1", "perimeter");
        });
        assertThat(findings(topo(QUIET, node("mbx1", MAILBOX)), FindingId.F2)).isEmpty();
    }

    @Test
    void f3_edgeOutsideThePerimeter() {
        Topology inside = topo(QUIET, node("edge1", EDGE).withZone("internal"), node("mbx1", MAILBOX));
        assertThat(findings(inside, FindingId.F3)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(findings(topo(QUIET, node("edge1", EDGE), node("mbx1", MAILBOX)), FindingId.F3)).isEmpty();
    }

    @Test
    void f4_outboundMailWithoutEdgeNeedsAHandMadeSendConnector() {
        assertThat(findings(topo(QUIET, NET, EX1), FindingId.F4)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("EX1", "Send connector"));
        assertThat(findings(topo(QUIET, NET, node("edge1", EDGE), EX1), FindingId.F4)).isEmpty();
        assertThat(findings(topo(QUIET.withInternetSendConnector(false), NET, EX1), FindingId.F4)).isEmpty();
    }

    @Test
    void f5_edgeWhoseSiteHasNoMailbox() {
        Topology t = topo(QUIET, node("edge1", EDGE, "Seoul"), node("mbx1", MAILBOX, "Busan"));
        assertThat(findings(t, FindingId.F5)).singleElement().satisfies(f -> assertThat(f.message()).contains("Seoul"));
        assertThat(findings(topo(QUIET, node("edge1", EDGE, "Seoul"), node("mbx1", MAILBOX, "Seoul")), FindingId.F5)).isEmpty();
    }

    @Test
    void f6_internetMailWithoutDns() {
        assertThat(findings(topo(QUIET, NET, EX1), FindingId.F6)).hasSize(1);
        assertThat(findings(topo(QUIET, NET, EX1, DNS1), FindingId.F6)).isEmpty();
        assertThat(findings(topo(QUIET, node("lan", INTERNAL_CLIENTS), EX1), FindingId.F6)).isEmpty();
    }

    @Test
    void f7_clientAccessWithoutAnyMailboxEndpoint() {
        assertThat(findings(topo(QUIET, node("cas1", CAS)), FindingId.F7)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings(topo(QUIET, node("cas1", CAS), EX1), FindingId.F7)).isEmpty();
    }

    @Test
    void f8_imapOrPopMustBeStarted() {
        assertThat(findings(topo(QUIET.withPop3(true), EX1), FindingId.F8)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("POP3 is disabled by default"));
        assertThat(findings(topo(QUIET, EX1), FindingId.F8)).isEmpty();
    }

    @Test
    void f9_preferHttpsOverHttp() {
        assertThat(findings(topo(Options.DEFAULTS, EX1), FindingId.F9)).hasSize(1);
        assertThat(findings(topo(QUIET, EX1), FindingId.F9)).isEmpty();
    }

    @Test
    void f10_hybridAddressesArePublishedByMicrosoft() {
        assertThat(findings(topo(QUIET, node("o365", OFFICE_365), EX1), FindingId.F10)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Microsoft 365 URLs and IP address ranges"));
        assertThat(findings(topo(QUIET, EX1), FindingId.F10)).isEmpty();
    }

    @Test
    void f11_hybridWithoutClientAccess() {
        assertThat(findings(topo(QUIET, node("o365", OFFICE_365), node("mbx1", MAILBOX)), FindingId.F11)).hasSize(1);
        assertThat(findings(topo(QUIET, node("o365", OFFICE_365), EX1), FindingId.F11)).isEmpty();
    }

    @Test
    void checksAreDeclaredOncePerFindingIdInOrder() {
        assertThat(FindingRules.CHECKS).extracting(FindingRules.Check::id).containsExactly(FindingId.values());
    }
}
