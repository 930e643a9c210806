package org.portolan.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portolan.flow.Flow;
import org.portolan.flow.Port;

/** Arrow labels, made once per distinct text: a large diagram repeats a few dozen labels. */
final class PortLabels {

    private final Map<Port, String> portTexts = new HashMap<>();
    /** Labels by the ports of an arrow's flows: 66,000 arrows have a few dozen port lists between them. */
    private final Map<List<Port>, String> byPorts = new HashMap<>();

    /** The ports and label asked for last: neighbouring arrows mostly have the same ports. */
    private Port[] lastPorts = new Port[0];
    private String lastLabel;

    /** "25/TCP · 50636/TCP"; unrestricted links read "any". */
    String of(List<Flow> flows) {
        if (flows.size() == 1) {
            return text(flows.get(0).port());
        }
        if (sameAsLast(flows)) {
            return lastLabel;
        }
        Port[] ports = new Port[flows.size()];
        for (int i = 0; i < ports.length; i++) {
            ports[i] = flows.get(i).port();
        }
        List<Port> key = java.util.Arrays.asList(ports);
        String label = byPorts.get(key);
        if (label == null) {
            label = join(key);
            byPorts.put(key, label);
        }
        lastPorts = ports;
        lastLabel = label;
        return label;
    }

    private boolean sameAsLast(List<Flow> flows) {
        if (flows.size() != lastPorts.length) {
            return false;
        }
        for (int i = 0; i < lastPorts.length; i++) {
            Port port = flows.get(i).port();
            if (port != lastPorts[i] && !port.equals(lastPorts[i])) {
                return false;
            }
        }
        return true;
    }

    private String join(List<Port> ports) {
        List<String> parts = new ArrayList<>(ports.size());
        for (Port port : ports) {
            String text = text(port);
            if (!parts.contains(text)) {
                parts.add(text);
            }
        }
        return String.join(" · ", parts);
    }

    private String text(Port port) {
        return portTexts.computeIfAbsent(port, p -> p.equals(Port.ANY) ? "any" : p.toString());
    }
}
