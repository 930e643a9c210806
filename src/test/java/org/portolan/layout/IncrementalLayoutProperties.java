package org.portolan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.portolan.analysis.Analysis;
import org.portolan.analysis.DiagramState;
import org.portolan.edit.TopologyEdits;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.samples.GeneratedTopology;

/**
 * The designer analyses and lays a diagram out from the state before each edit ({@link DiagramState}),
 * updating the flows when nodes were only moved or renamed, and reusing the flows and overview arrows the
 * edit left alone. Whatever the edits, that must give exactly the flows and the layout computed from scratch.
 */
class IncrementalLayoutProperties {

    /** Dense enough (about 2,900 arrows) to be drawn as an overview, where arrows are reused. */
    private static final Topology START = pinned(GeneratedTopology.of(200));

    /** An edit as a user makes it, applied to the topology before it ({@code t}; {@code earlier} came before that). */
    private interface Edit {
        Topology apply(Topology t, Topology earlier);
    }

    @Property(tries = 40)
    void layingOutFromThePreviousLayoutGivesTheLayoutFromScratch(@ForAll("edits") @Size(min = 1, max = 6) List<Edit> edits) {
        Topology t = START;
        Topology earlier = START;
        DiagramState state = DiagramState.of(t);
        assertThat(state.layout().overview()).isTrue();
        for (Edit edit : edits) {
            Topology next = edit.apply(t, earlier);
            earlier = t;
            t = next;
            state = DiagramState.after(t, state);
            DiagramState fresh = DiagramState.of(t);
            assertThat(state.analysis().flows()).as("flows after %s", edit).isEqualTo(fresh.analysis().flows());
            assertThat(state.analysis().findings()).isEqualTo(fresh.analysis().findings());
            DiagramLayout incremental = state.layout();
            // From the flows alone, as the exporters lay a diagram out: no index, no earlier layout.
            DiagramLayout expected = DiagramLayouter.layout(t, fresh.analysis().flows());
            assertThat(fresh.layout()).isEqualTo(expected);
            // Arrow by arrow first, so that a failure names the arrow rather than printing two whole layouts.
            assertThat(incremental.connectors()).hasSameSizeAs(expected.connectors());
            for (int i = 0; i < expected.connectors().size(); i++) {
                var arrow = expected.connectors().get(i);
                assertThat(incremental.connectors().get(i)).as("arrow %s -> %s after %s", arrow.source().id(),
                        arrow.target().id(), edit).isEqualTo(arrow);
            }
            assertThat(incremental.bounds()).as("bounds after %s", edit).isEqualTo(expected.bounds());
            assertThat(incremental.equals(expected)).as("whole layout").isTrue();
            assertThat(incremental.trafficClasses()).isEqualTo(expected.trafficClasses());
            // The canvas tells an arrow's ends by identity: they must be the cards' own nodes.
            for (var c : incremental.connectors()) {
                assertThat(c.source()).isSameAs(incremental.nodeBox(c.source().id()).node());
                assertThat(c.target()).isSameAs(incremental.nodeBox(c.target().id()).node());
            }
            // Each arrow's cards by index, which option changes and node updates read instead of its ends.
            for (int i = 0; i < incremental.connectors().size(); i++) {
                var c = incremental.connectors().get(i);
                assertThat(incremental.nodes().get(incremental.connectorSources()[i]).node()).isSameAs(c.source());
                assertThat(incremental.nodes().get(incremental.connectorTargets()[i]).node()).isSameAs(c.target());
            }
            String someNode = t.nodes().get(edits.size() % t.nodes().size()).id();
            assertThat(incremental.connectorsOf(java.util.Set.of(someNode))).isEqualTo(incremental.connectors().stream()
                    .filter(c -> c.source().id().equals(someNode) || c.target().id().equals(someNode)).toList());
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        int count = START.nodes().size();
        Arbitrary<Integer> node = Arbitraries.integers().between(0, count - 1);
        DiagramLayout layout = DiagramLayouter.layout(START, Analysis.of(START).flows());
        Arbitrary<Double> x = Arbitraries.doubles().between(layout.bounds().x(), layout.bounds().maxX());
        Arbitrary<Double> y = Arbitraries.doubles().between(layout.bounds().y(), layout.bounds().maxY());
        // Moves (often into another zone, which changes flows), small nudges, deletions and option changes.
        Arbitrary<Edit> move = Combinators.combine(node, x, y).as((i, px, py) -> (t, e) -> {
            Node n = t.nodes().get(i % t.nodes().size());
            return TopologyEdits.moveNodes(t, Map.of(n.id(), new Point(px, py)), DiagramLayouter.NODE_WIDTH,
                    DiagramLayouter.NODE_HEIGHT);
        });
        Arbitrary<Edit> nudge = node.map(i -> (t, e) -> {
            Node n = t.nodes().get(i % t.nodes().size());
            return TopologyEdits.moveNodes(t, Map.of(n.id(), new Point(n.position().x() + 8, n.position().y())),
                    DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT);
        });
        Arbitrary<Edit> delete = node.map(i -> (t, e) -> TopologyEdits.deleteNodes(t,
                List.of(t.nodes().get(i % t.nodes().size()).id())));
        // Several cards dragged at once, more than the few a node update scans for rather than hashes.
        Arbitrary<Edit> moveMany = Combinators.combine(node, Arbitraries.integers().between(2, 12), x, y)
                .as((first, many, px, py) -> (t, e) -> {
                    Map<String, Point> to = new java.util.HashMap<>();
                    for (int k = 0; k < many; k++) {
                        Node n = t.nodes().get((first + k * 17) % t.nodes().size());
                        to.put(n.id(), new Point(px + k * 20, py));
                    }
                    return TopologyEdits.moveNodes(t, to, DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT);
                });
        Arbitrary<Edit> address = node.map(i -> (t, e) -> {
            Node n = t.nodes().get(i % t.nodes().size());
            return t.withNode(n.withAddresses(List.of(NetworkAddress.parse("10.1." + (i % 250) + ".0/24"))));
        });
        Arbitrary<Edit> rename = node.map(i -> (t, e) -> {
            Node n = t.nodes().get(i % t.nodes().size());
            return t.withNode(n.withName(n.name() + "-R"));
        });
        Arbitrary<Edit> imap = Arbitraries.of(true, false).map(on -> (t, e) -> t.withOptions(t.options().withImap4(on)));
        // Every other option: some add ports to arrows there are (an option change then remakes only those),
        // some add or remove arrows (the layout is then made in full).
        Arbitrary<Edit> option = Arbitraries.<java.util.function.UnaryOperator<Options>>of(
                o -> o.withHttp(!o.http()), o -> o.withPop3(!o.pop3()),
                o -> o.withSmtpClientSubmission(!o.smtpClientSubmission()),
                o -> o.withOutboundProxyThroughCas(!o.outboundProxyThroughCas()),
                o -> o.withInternetSendConnector(!o.internetSendConnector()),
                o -> o.withSenderReputationProxyPort(o.senderReputationProxyPort() == null ? Integer.valueOf(8080)
                        : o.senderReputationProxyPort() == 8080 ? Integer.valueOf(3128) : null)) // not unboxed
                .map(flip -> (t, e) -> t.withOptions(flip.apply(t.options())));
        // Undo: back to the diagram before the last edit, so that a deletion undone brings its nodes back in place.
        Arbitrary<Edit> undo = Arbitraries.just((t, e) -> e);
        // A node dropped from the palette, which comes last in the topology.
        Arbitrary<Edit> drop = Combinators.combine(Arbitraries.of(NodeKind.values()), x, y).as((kind, px, py) -> (t, e) ->
                TopologyEdits.addNode(t, kind, new Point(px, py), DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, move), net.jqwik.api.Tuple.of(3, nudge), net.jqwik.api.Tuple.of(2, moveMany),
                net.jqwik.api.Tuple.of(1, address), net.jqwik.api.Tuple.of(2, rename),
                net.jqwik.api.Tuple.of(2, delete), net.jqwik.api.Tuple.of(1, imap),
                net.jqwik.api.Tuple.of(2, option), net.jqwik.api.Tuple.of(2, undo),
                net.jqwik.api.Tuple.of(1, drop)).list();
    }

    private static Topology pinned(Topology t) {
        return TopologyEdits.pin(t, DiagramLayouter.layout(t, Analysis.of(t).flows()));
    }
}
