package org.portolan.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;
import org.portolan.samples.Sample;

/**
 * An edit of the options alone runs again only the rules whose applicability or ports it changed. Every option
 * flipped on every kind of organisation must give exactly the flows and the index the engine gives from
 * scratch: this is also what keeps a rule from choosing its pairs by an option unnoticed.
 */
class OptionChangeTest {

    private static final Map<String, UnaryOperator<Options>> FLIPS = Map.of(
            "HTTP", o -> o.withHttp(!o.http()),
            "IMAP4", o -> o.withImap4(!o.imap4()),
            "POP3", o -> o.withPop3(!o.pop3()),
            "SMTP client submission", o -> o.withSmtpClientSubmission(!o.smtpClientSubmission()),
            "outbound proxy through CAS", o -> o.withOutboundProxyThroughCas(!o.outboundProxyThroughCas()),
            "Internet Send connector", o -> o.withInternetSendConnector(!o.internetSendConnector()),
            "sender reputation proxy port", o -> o.withSenderReputationProxyPort(
                    o.senderReputationProxyPort() == null ? 8080 : o.senderReputationProxyPort() == 8080 ? 3128 : null));

    static Stream<Arguments> flips() {
        List<Topology> organisations = new ArrayList<>();
        Sample.all().forEach(s -> organisations.add(s.load()));
        Topology generated = GeneratedTopology.of(100);
        organisations.add(generated);
        organisations.add(withoutEdges(generated)); // N1 to N4 apply
        organisations.add(withoutEdges(generated).withOptions(generated.options().withOutboundProxyThroughCas(true)));
        List<Arguments> cases = new ArrayList<>();
        for (Topology t : organisations) {
            FLIPS.forEach((name, flip) -> cases.add(Arguments.of(t.name() + " (" + t.nodes().size() + " nodes), "
                    + name, t, flip)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flips")
    void flippingAnOptionGivesTheFlowsAndIndexOfTheEngine(String name, Topology before, UnaryOperator<Options> flip) {
        Topology after = before.withOptions(flip.apply(before.options()));
        List<Flow> earlier = FlowEngine.flows(before);

        OptionChange.Updated updated = OptionChange.between(before, after).orElseThrow()
                .apply(earlier, FlowIndex.of(before, earlier), after);

        List<Flow> expected = FlowEngine.flows(after);
        assertThat(updated.flows()).isEqualTo(expected);
        FlowIndex fresh = FlowIndex.of(after, expected);
        for (int k = 0; k < expected.size(); k++) {
            assertThat(updated.index().sourceOf(k)).as("source of flow %d", k).isEqualTo(fresh.sourceOf(k));
            assertThat(updated.index().targetOf(k)).as("target of flow %d", k).isEqualTo(fresh.targetOf(k));
        }
        for (RuleId rule : RuleId.values()) {
            assertThat(updated.index().run(rule)).as("run of %s", rule).isEqualTo(fresh.run(rule));
        }
        for (int i = 0; i < after.nodes().size(); i++) {
            assertThat(updated.index().select(updated.flows(), new int[] {i}))
                    .isEqualTo(fresh.select(expected, new int[] {i}));
        }
        // The rules said to be unchanged kept their very flows; the changed ones did change (a changed rule's
        // flow equal to an earlier one may still be that object: N4 keeps those of servers still facing out).
        Set<Flow> old = identities(earlier);
        assertThat(updated.flows()).filteredOn(f -> !updated.changed().contains(f.ruleId()))
                .allMatch(old::contains, "kept");
        for (RuleId rule : updated.changed()) {
            assertThat(updated.index().runOf(updated.flows(), rule))
                    .isNotEqualTo(FlowIndex.of(before, earlier).runOf(earlier, rule));
        }
    }

    @Test
    void turningImap4OnRunsOnlyC3AndKeepsEveryOtherFlow() {
        Topology before = GeneratedTopology.of(100);
        Topology after = before.withOptions(before.options().withImap4(true));
        List<Flow> earlier = FlowEngine.flows(before);

        OptionChange.Updated updated = OptionChange.between(before, after).orElseThrow()
                .apply(earlier, FlowIndex.of(before, earlier), after);

        assertThat(updated.changed()).containsExactly(RuleId.C3);
        assertThat(updated.flows()).filteredOn(f -> f.ruleId() == RuleId.C3).isNotEmpty()
                .allMatch(f -> f.port().equals(Port.tcp(143)) || f.port().equals(Port.tcp(993)));
        assertThat(updated.flows().size() - earlier.size())
                .isEqualTo(updated.flows().stream().filter(f -> f.ruleId() == RuleId.C3).count());
    }

    @Test
    void changingTheInternetSendConnectorWithoutEdgesRunsN4AgainWhichReadsTheSmtpFlows() {
        Topology before = withoutEdges(GeneratedTopology.of(100));
        Topology after = before.withOptions(before.options().withInternetSendConnector(false));
        List<Flow> earlier = FlowEngine.flows(before);

        OptionChange.Updated updated = OptionChange.between(before, after).orElseThrow()
                .apply(earlier, FlowIndex.of(before, earlier), after);

        assertThat(updated.changed()).contains(RuleId.N2);
        assertThat(updated.flows()).isEqualTo(FlowEngine.flows(after));
    }

    @Test
    void anEditOfAnythingButTheOptionsIsNoOptionChange() {
        Topology before = GeneratedTopology.of(100);
        Node cas = before.nodesByKind().get(NodeKind.CAS).get(0);
        Options imap = before.options().withImap4(true);

        assertThat(OptionChange.between(before, before.withOptions(imap))).isPresent();
        assertThat(OptionChange.between(before, before.withOptions(imap).withNode(cas.withName("X"))))
                .as("a node too").isEmpty();
        assertThat(OptionChange.between(before, before.withOptions(imap).withZones(List.of(before.zones().get(0)
                .withBounds(new org.portolan.model.Zone.Bounds(0, 0, 500, 500)))))).as("a zone too").isEmpty();
        assertThat(OptionChange.between(before, before.withNode(cas.withName("X")))).as("no option").isEmpty();
        assertThat(OptionChange.between(before, before)).as("nothing").isEmpty();
    }

    private static Topology withoutEdges(Topology t) {
        return t.withNodes(t.nodes().stream().filter(n -> n.kind() != NodeKind.EDGE).toList());
    }

    private static Set<Flow> identities(List<Flow> flows) {
        Set<Flow> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(flows);
        return set;
    }
}
