package org.portolan.capirca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.model.Topology;
import org.portolan.rules.FlowEngine;
import org.portolan.samples.Sample;

/**
 * The Capirca policy compiles with the real {@code aclgen} of Debian's python3-capirca (.ci/run installs it) for
 * every target, and the devices' configurations open the ports to the addresses of the diagram.
 */
class CapircaExportTest {

    @TempDir
    Path dir;

    static Path write(Path dir, Topology t) throws IOException {
        return CapircaPolicy.write(dir, t.name(), FirewallPolicy.of(t, FlowEngine.flows(t)),
                EnumSet.allOf(CapircaTarget.class));
    }

    /** Runs aclgen on DIR/policies and DIR/def into DIR/out; fails with its output when it does not succeed. */
    static Path aclgen(Path dir) throws Exception {
        Path out = dir.resolve("out");
        ProcessBuilder pb;
        try {
            pb = new ProcessBuilder("aclgen", "--base_directory=" + dir.resolve("policies"),
                    "--definitions_directory=" + dir.resolve("def"), "--output_directory=" + out)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("aclgen.log").toFile());
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("aclgen finished").isTrue();
            String log = Files.readString(dir.resolve("aclgen.log"));
            assertThat(p.exitValue()).as("aclgen exit code; its output:\n" + log).isZero();
            assertThat(log).as("aclgen output").doesNotContainPattern("(?m)^[EF]\\d{4}|Traceback|Error");
        } catch (IOException e) {
            fail("aclgen is not installed: apt-get install python3-capirca (.ci/run does); " + e.getMessage());
        }
        return out;
    }

    static String output(Path out, String name, CapircaTarget target) throws IOException {
        return Files.readString(out.resolve(name + target.extension()), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void everySampleCompilesForEveryTarget(Sample sample) throws Exception {
        Topology t = sample.load();
        write(dir, t);
        Path out = aclgen(dir);
        String name = CapircaPolicy.policyName(t.name());
        for (CapircaTarget target : CapircaTarget.values()) {
            assertThat(out.resolve(name + target.extension())).as(target.displayName()).isNotEmptyFile();
        }
        // Capirca 2.0.6 over-opens IPv4 nftables terms without a source port; Portolan's terms name one.
        assertThat(output(out, name, CapircaTarget.NFTABLES)).doesNotContainPattern("ip protocol \\w+ ct state new accept");
    }

    @Test
    void theSenderReputationProxyAndImapAndPopCompileToo() throws Exception {
        Topology t = Sample.EDGE_PERIMETER.load();
        Topology every = t.withOptions(t.options().withSenderReputationProxyPort(3128).withImap4(true).withPop3(true));
        String policy = Files.readString(write(dir, every));
        assertThat(policy).contains("destination-port:: SENDER-REPUTATION-PROXY", "destination-port:: IMAP4");
        assertThat(policy.lines().filter(l -> l.startsWith("term ")).map(l -> l.substring(5, l.indexOf(' ', 5))))
                .allMatch(name -> name.length() <= 24);
        Path out = aclgen(dir);
        assertThat(output(out, CapircaPolicy.policyName(t.name()), CapircaTarget.ASA)).contains("eq 3128");
    }

    @Test
    void theDevicesOpenTheDiagramsPortsToItsAddresses() throws Exception {
        Topology t = Sample.LOAD_BALANCED_DAG_HYBRID.load();
        Path policy = write(dir, t);
        assertThat(Files.readString(policy)).contains("header {", "target:: srx from-zone external to-zone perimeter",
                "term r3-smtp {", "comment:: \"Rule 3: SMTP mail - N1, L1\"", "destination-address:: LB-LB01",
                "destination-port:: SMTP");
        Path out = aclgen(dir);
        String name = CapircaPolicy.policyName(t.name());
        // Inbound mail from the Internet to the virtual IPs (N1 through L1).
        assertThat(output(out, name, CapircaTarget.ASA))
                .contains("access-list EXTERNAL-TO-PERIMETER extended permit tcp any host 203.0.113.25 eq smtp",
                        "access-list EXTERNAL-TO-PERIMETER extended permit tcp any host 203.0.113.26 eq smtp");
        // Juniper SRX: zones, the address book and the SMTP application.
        assertThat(output(out, name, CapircaTarget.SRX)).contains("from-zone external to-zone perimeter",
                "from-zone perimeter to-zone internal", "203.0.113.25/32", "10.20.1.14/32", "40.92.0.0/15",
                "destination-port 25");
        // Palo Alto: addresses and ports.
        assertThat(output(out, name, CapircaTarget.PALOALTO)).contains("<ip-netmask>203.0.113.25/32</ip-netmask>",
                "<port>25</port>", "<ip-netmask>10.20.1.11/32</ip-netmask>");
        // nftables: Exchange Online Protection (set 10) to the virtual IPs on 25/TCP (H1 through L1).
        assertThat(output(out, name, CapircaTarget.NFTABLES)).contains("ip saddr { 40.92.0.0/15, 40.107.0.0/16,"
                + " 52.100.0.0/14, 104.47.0.0/17 } ip daddr { 203.0.113.25/32, 203.0.113.26/32 } tcp sport 1-65535"
                + " tcp dport 25 ct state new accept");
    }

    @Test
    void unrestrictedTrafficBetweenZonesIsAnyInBothDirectionsAndTrafficInsideAZoneIsLeftOut() throws Exception {
        Topology t = Sample.TWO_DATACENTRES.load();
        String policy = Files.readString(write(dir, t));
        assertThat(policy).contains("target:: srx from-zone internal to-zone busan",
                "target:: srx from-zone busan to-zone internal");
        // Inside one zone no firewall is passed: no header for it.
        assertThat(policy).doesNotContain("from-zone internal to-zone internal", "from-zone busan to-zone busan");
        Path out = aclgen(dir);
        String asa = output(out, CapircaPolicy.policyName(t.name()), CapircaTarget.ASA);
        assertThat(asa).contains("access-list INTERNAL-TO-BUSAN extended permit ip host 10.1.1.11 host 10.2.1.11",
                "access-list BUSAN-TO-INTERNAL extended permit ip host 10.2.1.11 host 10.1.1.11");
    }

    @Test
    void aRuleWhoseObjectHasNoAddressesIsListedNotWritten() throws Exception {
        Topology t = Sample.LOAD_BALANCED_DAG_HYBRID.load();
        Topology unaddressed = t.withNode(t.node("lb01").orElseThrow().withAddresses(List.of()));
        String policy = Files.readString(write(dir, unaddressed));
        assertThat(policy).contains("# NOT EXPORTED: rule 1 (ANY > LB-LB01, EXCH-CLIENT-WEB): LB-LB01 has no addresses (F12)")
                .doesNotContain("destination-address:: LB-LB01");
        aclgen(dir);
    }

    @Test
    void theDefinitionsNameEveryObjectOnceWithItsAddresses() throws IOException {
        Topology t = Sample.LOAD_BALANCED_DAG_HYBRID.load();
        write(dir, t);
        String net = Files.readString(dir.resolve("def").resolve("NETWORK.net"));
        assertThat(net).contains("EXCH-MR-INTERNAL = 10.20.1.11 # Multi-role servers in Internal network",
                "M365-EOP = 40.92.0.0/15", "ANY = 0.0.0.0/0");
        assertThat(net.lines().filter(l -> l.startsWith("EXCH-MR-INTERNAL ="))).hasSize(1);
        String svc = Files.readString(dir.resolve("def").resolve("SERVICES.svc"));
        assertThat(svc).contains("SMTP = 25/tcp", "EXCH-CLIENT-WEB = 443/tcp").doesNotContain("ANY =");
    }
}
