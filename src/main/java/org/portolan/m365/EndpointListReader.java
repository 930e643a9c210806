package org.portolan.m365;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.portolan.io.JsonTree;
import org.portolan.io.JsonTree.Arr;
import org.portolan.io.JsonTree.Member;
import org.portolan.io.JsonTree.Num;
import org.portolan.io.JsonTree.Obj;
import org.portolan.io.JsonTree.Str;
import org.portolan.io.JsonTree.Value;
import org.portolan.model.NetworkAddress;

/**
 * Reads Microsoft's worldwide endpoints JSON (the whole file, as the endpoints web service returns it) and keeps
 * the sets Portolan needs. Anything else is refused with a sentence that names the file, line and column.
 */
public final class EndpointListReader {

    static final String WHERE = "download the worldwide list from"
            + " https://endpoints.office.com/endpoints/worldwide?clientrequestid=<any GUID>";

    private EndpointListReader() {
    }

    public static EndpointList read(String fileName, byte[] json, String version) throws EndpointListException {
        Value root;
        try {
            root = JsonTree.parse(new String(json, StandardCharsets.UTF_8));
        } catch (JsonTree.SyntaxError e) {
            throw new EndpointListException(fileName + ", line " + e.line + ", column " + e.column + ": "
                    + e.getMessage() + "; this is not Microsoft's endpoints list: " + WHERE + ".");
        }
        if (!(root instanceof Arr sets)) {
            throw new EndpointListException(at(fileName, root) + "expected Microsoft's worldwide endpoints list, a JSON"
                    + " list of endpoint sets ([{\"id\": 1, \"serviceArea\": \"Exchange\", \"ips\": […]}, …]), found "
                    + root.describe() + "; " + WHERE + ".");
        }
        List<EndpointSet> kept = new ArrayList<>();
        for (int needed : EndpointList.NEEDED) {
            Obj found = null;
            for (Value candidate : sets.items()) {
                if (candidate instanceof Obj o && o.members().get("id") != null
                        && o.members().get("id").value() instanceof Num n && n.number().intValue() == needed) {
                    found = o;
                }
            }
            if (found == null) {
                throw new EndpointListException(fileName + ": endpoint set " + needed + " (" + (needed
                        == EndpointList.EXCHANGE_ONLINE ? "Exchange Online" : "Exchange Online Protection")
                        + ") is missing; Portolan needs sets 1 and 10 of the worldwide list; " + WHERE + ".");
            }
            kept.add(set(fileName, needed, found));
        }
        return new EndpointList(version, kept);
    }

    private static EndpointSet set(String fileName, int id, Obj set) throws EndpointListException {
        String area = text(set, "serviceArea");
        if (!"Exchange".equals(area)) {
            throw new EndpointListException(at(fileName, set) + "endpoint set " + id + " has \"serviceArea\": \""
                    + area + "\", expected \"Exchange\": this is not Microsoft's worldwide list; " + WHERE + ".");
        }
        Member ips = set.members().get("ips");
        if (ips == null || !(ips.value() instanceof Arr list) || list.items().isEmpty()) {
            throw new EndpointListException(at(fileName, ips == null ? set : ips.value()) + "endpoint set " + id
                    + " needs \"ips\", a list of address ranges such as \"40.92.0.0/15\".");
        }
        List<NetworkAddress> addresses = new ArrayList<>();
        for (Value ip : list.items()) {
            if (!(ip instanceof Str s)) {
                throw new EndpointListException(at(fileName, ip) + "endpoint set " + id + ", \"ips\": expected an"
                        + " address range in quotes, found " + ip.describe() + ".");
            }
            try {
                addresses.add(NetworkAddress.parse(s.text()));
            } catch (IllegalArgumentException e) {
                throw new EndpointListException(at(fileName, ip) + "endpoint set " + id + ", \"ips\": "
                        + e.getMessage() + ".");
            }
        }
        List<String> urls = new ArrayList<>();
        if (set.members().get("urls") != null && set.members().get("urls").value() instanceof Arr u) {
            u.items().forEach(v -> {
                if (v instanceof Str s) {
                    urls.add(s.text());
                }
            });
        }
        String name = text(set, "serviceAreaDisplayName");
        return new EndpointSet(id, name == null ? "Exchange Online" : name, urls, addresses,
                text(set, "tcpPorts") == null ? "" : text(set, "tcpPorts"));
    }

    private static String text(Obj o, String key) {
        Member m = o.members().get(key);
        return m != null && m.value() instanceof Str s ? s.text() : null;
    }

    private static String at(String fileName, Value v) {
        return fileName + ", line " + v.line() + ", column " + v.column() + ": ";
    }

    /** Reads the "latest" field of Microsoft's version JSON ({"instance": "Worldwide", "latest": "2022072800"}). */
    static String version(byte[] json) {
        try {
            Value root = JsonTree.parse(new String(json, StandardCharsets.UTF_8));
            if (root instanceof Obj o && text(o, "latest") != null) {
                return text(o, "latest");
            }
        } catch (JsonTree.SyntaxError e) {
            // falls through
        }
        throw new IllegalStateException("version.json of the shipped endpoint list is not Microsoft's version JSON");
    }
}
