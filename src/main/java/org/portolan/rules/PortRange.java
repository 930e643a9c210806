package org.portolan.rules;

/** A port or an inclusive range of ports; {@link #ANY} stands for every port ("*"). */
public record PortRange(int from, int to) implements Comparable<PortRange> {

    public static final PortRange ANY = new PortRange(0, 65535);

    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("invalid port range " + from + "-" + to);
        }
    }

    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    public boolean isAny() {
        return equals(ANY);
    }

    @Override
    public String toString() {
        if (isAny()) {
            return "*";
        }
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    @Override
    public int compareTo(PortRange o) {
        return from != o.from ? Integer.compare(from, o.from) : Integer.compare(to, o.to);
    }
}
