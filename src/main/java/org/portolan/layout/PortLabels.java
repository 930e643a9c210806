package org.portolan.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portolan.rules.Flow;
import org.portolan.rules.Port;

/**
 * Arrow labels: the ports of the flows an arrow carries, ports of one protocol together ("25, 50636/TCP ·
 * 53/UDP"). One is made per layout, and makes each distinct label once: a dense diagram's tens of thousands of
 * arrows have a few dozen port lists between them.
 */
final class PortLabels {

    private final Map<List<Port>, String> byPorts = new HashMap<>();

    /** The ports of the flows, each once, in the order of the flows; unrestricted links read "any". */
    String of(List<Flow> flows) {
        List<Port> ports = new ArrayList<>(flows.size());
        flows.forEach(f -> ports.add(f.port()));
        return byPorts.computeIfAbsent(ports, PortLabels::join);
    }

    /**
     * The label of an arrow with traffic both ways: a line per direction, its ports after the arrow that points
     * its way on the diagram: "→ 25/TCP", then "← 25, 50636/TCP".
     */
    String of(List<Flow> forward, String forwardArrow, List<Flow> backward, String backwardArrow) {
        if (backward.isEmpty()) {
            return of(forward);
        }
        return forwardArrow + " " + of(forward) + "\n" + backwardArrow + " " + of(backward);
    }

    private static String join(List<Port> ports) {
        Map<String, List<String>> byProtocol = new LinkedHashMap<>();
        for (Port port : ports) {
            if (port.equals(Port.ANY)) {
                byProtocol.put("any", List.of());
                continue;
            }
            List<String> numbers = byProtocol.computeIfAbsent(port.protocol().toString(), p -> new ArrayList<>());
            String number = port.range().toString();
            if (!numbers.contains(number)) {
                numbers.add(number);
            }
        }
        List<String> parts = new ArrayList<>();
        byProtocol.forEach((protocol, numbers) ->
                parts.add(numbers.isEmpty() ? protocol : String.join(", ", numbers) + "/" + protocol));
        return String.join(" · ", parts);
    }
}
