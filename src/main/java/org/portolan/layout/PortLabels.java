package org.portolan.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portolan.rules.Flow;
import org.portolan.rules.Port;

/**
 * Arrow labels: the ports of the flows an arrow carries. One is made per layout, and makes each distinct
 * label once: a dense diagram's tens of thousands of arrows have a few dozen port lists between them.
 */
final class PortLabels {

    private final Map<List<Port>, String> byPorts = new HashMap<>();

    /** "25/TCP · 50636/TCP", each port once, in the order of the flows; unrestricted links read "any". */
    String of(List<Flow> flows) {
        List<Port> ports = new ArrayList<>(flows.size());
        flows.forEach(f -> ports.add(f.port()));
        return byPorts.computeIfAbsent(ports, PortLabels::join);
    }

    private static String join(List<Port> ports) {
        Set<String> parts = new LinkedHashSet<>();
        for (Port port : ports) {
            parts.add(port.equals(Port.ANY) ? "any" : port.toString());
        }
        return String.join(" · ", parts);
    }
}
