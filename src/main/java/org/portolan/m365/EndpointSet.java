package org.portolan.m365;

import java.util.List;
import org.portolan.model.NetworkAddress;

/**
 * One endpoint set of Microsoft's "Office 365 URLs and IP address ranges" web service, as it publishes it.
 *
 * @param id          the set's ID in Microsoft's list (1: Exchange Online, 10: Exchange Online Protection)
 * @param displayName Microsoft's name for its service area
 * @param urls        the host names the set covers
 * @param ips         the address ranges firewall rules are written against
 * @param tcpPorts    the TCP ports Microsoft lists for it, as Microsoft writes them ("25", "80,443")
 */
public record EndpointSet(int id, String displayName, List<String> urls, List<NetworkAddress> ips, String tcpPorts) {

    public EndpointSet {
        urls = List.copyOf(urls);
        ips = List.copyOf(ips);
    }
}
