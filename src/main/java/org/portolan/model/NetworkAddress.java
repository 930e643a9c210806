package org.portolan.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address, or a CIDR range of either, as a firewall rule names it.
 * Parsed by hand rather than through {@code InetAddress}, which would try DNS for anything that is not a literal.
 */
public final class NetworkAddress {

    private final String text;
    private final boolean ipv6;
    private final int prefix;

    private NetworkAddress(String text, boolean ipv6, int prefix) {
        this.text = text;
        this.ipv6 = ipv6;
        this.prefix = prefix;
    }

    /**
     * Parses "192.0.2.10", "10.0.0.0/8", "2001:db8::1" or "2001:db8::/32".
     *
     * @throws IllegalArgumentException with a sentence that says what is wrong
     */
    public static NetworkAddress parse(String input) {
        Objects.requireNonNull(input, "input");
        String s = input.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("an address must not be empty");
        }
        String host = s;
        int prefix = -1;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            host = s.substring(0, slash);
            String p = s.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("\"" + s + "\" has an invalid prefix length after '/'");
            }
            prefix = Integer.parseInt(p);
        }
        boolean v6 = host.indexOf(':') >= 0;
        if (v6 ? !isIpv6(host) : !isIpv4(host)) {
            throw new IllegalArgumentException("\"" + s + "\" is not an IPv4 or IPv6 address or CIDR range"
                    + " (examples: 192.0.2.10, 10.20.0.0/16, 2001:db8::/32)");
        }
        int max = v6 ? 128 : 32;
        if (prefix > max) {
            throw new IllegalArgumentException("\"" + s + "\" has prefix length " + prefix + "; "
                    + (v6 ? "IPv6" : "IPv4") + " allows 0-" + max);
        }
        return new NetworkAddress(v6 ? s.toLowerCase(Locale.ROOT) : s, v6, prefix);
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            if (part.length() > 1 && part.charAt(0) == '0') {
                return false; // leading zeros are read as octal by some tools: refuse the ambiguity
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int groups = countGroups(head, doubleColon < 0);
        if (groups < 0) {
            return false;
        }
        int tailGroups = doubleColon >= 0 ? countGroups(tail, true) : 0;
        if (tailGroups < 0) {
            return false;
        }
        int total = groups + tailGroups;
        return doubleColon >= 0 ? total <= 7 : total == 8;
    }

    /** Counts 16-bit groups in a colon-separated run; an IPv4 tail counts as two. -1 when malformed. */
    private static int countGroups(String run, boolean ipv4TailAllowed) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && part.indexOf('.') >= 0) {
                if (!ipv4TailAllowed || !isIpv4(part)) {
                    return -1;
                }
                count += 2;
                continue;
            }
            if (part.isEmpty() || part.length() > 4) {
                return -1;
            }
            for (int c = 0; c < part.length(); c++) {
                if (Character.digit(part.charAt(c), 16) < 0) {
                    return -1;
                }
            }
            count++;
        }
        return count;
    }

    public boolean isIpv6() {
        return ipv6;
    }

    /** True for a range such as 10.0.0.0/8, false for a single host. */
    public boolean isRange() {
        return prefix >= 0 && prefix < (ipv6 ? 128 : 32);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkAddress other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
