package org.portolan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;

/** load → save → load gives an equal model, for any topology the model can hold. */
class RoundTripProperties {

    @Property(tries = 300)
    void saveThenReadGivesAnEqualTopology(@ForAll("topologies") Topology original) throws Exception {
        byte[] saved = TopologyWriter.toBytes(original);
        Topology reread = TopologyReader.read("t.portolan", saved);
        assertThat(reread).isEqualTo(original);
        assertThat(TopologyWriter.toBytes(reread)).isEqualTo(saved);
    }

    @Provide
    Arbitrary<Topology> topologies() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("서울é\"\\\n\t&<>").ofMaxLength(12);
        Arbitrary<Options> options = Combinators.combine(Arbitraries.of(true, false).list().ofSize(6),
                Arbitraries.integers().between(1, 65535).injectNull(0.5)).as((b, port) ->
                new Options(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5), port));
        Arbitrary<List<Zone>> zones = Combinators.combine(Arbitraries.of(ZoneKind.class), text,
                Arbitraries.doubles().between(-5000, 5000).ofScale(2).injectNull(0.5))
                .as((kind, name, x) -> new Zone("z", kind, name, x == null ? null : new Zone.Bounds(x, -x, 300, 200)))
                .list().ofMaxSize(3).map(list -> {
                    List<Zone> unique = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Zone z = list.get(i);
                        unique.add(new Zone(i == 0 ? "internal" : "zone" + i, z.kind(), z.name(), z.bounds()));
                    }
                    return unique;
                });
        Arbitrary<List<String>> addresses = Arbitraries.of("10.0.0.1", "10.0.0.0/8", "2001:db8::/32", "::1")
                .list().uniqueElements().ofMaxSize(3);
        return Combinators.combine(text, options, zones, Arbitraries.of(NodeKind.class).list().ofMaxSize(8),
                text.injectNull(0.5), addresses, Arbitraries.integers().between(-900, 900).injectNull(0.4))
                .as((name, opts, zs, kinds, site, addrs, x) -> {
                    List<Node> nodes = new ArrayList<>();
                    for (int i = 0; i < kinds.size(); i++) {
                        NodeKind kind = kinds.get(i);
                        Boolean subscribed = kind == NodeKind.EDGE && i % 2 == 0 ? Boolean.valueOf(i % 4 == 0) : null;
                        String zone = i % 3 == 0 || zs.size() < 2 ? kind.defaultZone().implicitId() : zs.get(1).id();
                        int count = kind.allowsCount() && i % 3 == 1 ? 1 + i * 7 : 1;
                        Boolean preauthentication = kind == NodeKind.LOAD_BALANCER ? Boolean.valueOf(i % 2 == 0) : null;
                        nodes.add(new Node("n" + i, kind, name + i, zone, site, subscribed,
                                addrs.stream().map(NetworkAddress::parse).toList(),
                                x == null ? null : new Point(x + i, x * 0.5), count, preauthentication));
                    }
                    return new Topology(name, opts, zs, nodes);
                });
    }
}
