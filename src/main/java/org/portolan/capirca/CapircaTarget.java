package org.portolan.capirca;

import java.util.Locale;

/**
 * The platforms the Capirca policy targets, each with the header line Portolan writes for one zone crossing.
 * Zone-based firewalls (Juniper SRX, Palo Alto) get the crossing's zones; Cisco ASA one access list per
 * crossing; iptables the FORWARD chain of a Linux router between the zones; nftables and Windows Firewall, which
 * Capirca writes as host firewalls, the input side of the destination servers.
 */
public enum CapircaTarget {
    ASA("ciscoasa", "Cisco ASA", ".asa"),
    SRX("srx", "Juniper SRX", ".srx"),
    PALOALTO("paloalto", "Palo Alto Networks", ".xml"),
    NFTABLES("nftables", "nftables (host firewall of the destination)", ".nft"),
    IPTABLES("iptables", "iptables (FORWARD chain)", ""),
    WINDOWS("windows_advfirewall", "Windows Firewall with Advanced Security (inbound)", ".bat");

    private final String platform;
    private final String displayName;
    private final String extension;

    CapircaTarget(String platform, String displayName, String extension) {
        this.platform = platform;
        this.displayName = displayName;
        this.extension = extension;
    }

    /** Capirca's name of the platform, as in {@code target:: srx …}. */
    public String platform() {
        return platform;
    }

    public String displayName() {
        return displayName;
    }

    /** What aclgen appends to the policy's name for this platform's output file. */
    public String extension() {
        return extension;
    }

    /** The option name on the command line: asa, srx, paloalto, nftables, iptables, windows. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The header's target line for one crossing, between the zones named {@code from} and {@code to}. */
    String header(String from, String to) {
        return switch (this) {
            case ASA -> "target:: ciscoasa " + from + "-TO-" + to;
            case SRX -> "target:: srx from-zone " + from.toLowerCase(Locale.ROOT) + " to-zone "
                    + to.toLowerCase(Locale.ROOT);
            case PALOALTO -> "target:: paloalto from-zone " + from.toLowerCase(Locale.ROOT) + " to-zone "
                    + to.toLowerCase(Locale.ROOT);
            case NFTABLES -> "target:: nftables mixed input";
            case IPTABLES -> "target:: iptables FORWARD DROP";
            case WINDOWS -> "target:: windows_advfirewall in";
        };
    }
}
