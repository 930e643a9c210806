package org.portolan.firewall;

import java.util.List;
import org.portolan.rules.Port;

/**
 * A named group of ports, such as {@code SMTP}, {@code EXCH-CLIENT-WEB}, {@code EDGESYNC} or {@code DNS};
 * {@code ANY} is every port and protocol (R1, R2).
 */
public record ServiceSet(String name, String description, List<Port> ports) {

    public ServiceSet {
        ports = List.copyOf(ports);
    }

    public boolean isAny() {
        return ports.equals(List.of(Port.ANY));
    }

    /** "25/TCP", "443/TCP, 80/TCP", or "any". */
    public String portList() {
        return String.join(", ", ports.stream().map(Port::toString).toList());
    }
}
