package org.portolan.rules;

/** A port range with its protocol: what one firewall rule opens. */
public record Port(PortRange range, Protocol protocol) {

    public static final Port ANY = new Port(PortRange.ANY, Protocol.ANY);

    public static Port tcp(int port) {
        return new Port(PortRange.of(port), Protocol.TCP);
    }

    public static Port udp(int port) {
        return new Port(PortRange.of(port), Protocol.UDP);
    }

    /** "25/TCP", or "any" for the unrestricted links. */
    @Override
    public String toString() {
        return protocol == Protocol.ANY ? "any" : range + "/" + protocol;
    }
}
