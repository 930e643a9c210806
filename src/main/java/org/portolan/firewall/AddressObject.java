package org.portolan.firewall;

import java.util.List;
import org.portolan.model.Node;

/**
 * A named group of addresses, as firewall teams write rules against: the servers of one role in one zone and
 * site ({@code EXCH-MBX-INTERNAL-SEOUL}), the Internet ({@code ANY}), a Microsoft 365 endpoint set
 * ({@code M365-EOP}), a load balancer's virtual IPs.
 *
 * @param name        vendor-safe: letters, digits, '-' and '_', at most 31 characters ({@link ObjectNames})
 * @param description what it stands for, in words
 * @param members     the diagram's nodes it covers (empty for the Internet and the Microsoft 365 sets)
 * @param addresses   IPv4/IPv6 addresses and ranges, or "any"; empty when the diagram records none (F12)
 */
public record AddressObject(String name, String description, List<Node> members, List<String> addresses) {

    public AddressObject {
        members = List.copyOf(members);
        addresses = List.copyOf(addresses);
    }

    /** The Internet: every address. */
    public boolean isAny() {
        return addresses.equals(List.of("any"));
    }

    /** Whether a rule can be written against it: it has addresses. */
    public boolean isAddressed() {
        return !addresses.isEmpty();
    }
}
