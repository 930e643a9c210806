package org.portolan.layout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.portolan.rules.Flow;
import org.portolan.rules.Port;

/** Arrow labels: the ports of the flows an arrow carries. */
final class PortLabels {

    private PortLabels() {
    }

    /** "25/TCP · 50636/TCP", each port once, in the order of the flows; unrestricted links read "any". */
    static String of(List<Flow> flows) {
        Set<String> parts = new LinkedHashSet<>();
        for (Flow f : flows) {
            parts.add(text(f.port()));
        }
        return String.join(" · ", parts);
    }

    private static String text(Port port) {
        return port.equals(Port.ANY) ? "any" : port.toString();
    }
}
