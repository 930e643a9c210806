package org.portolan.fileformat;

import org.portolan.io.JsonTree;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.portolan.io.JsonTree.Arr;
import org.portolan.io.JsonTree.Bool;
import org.portolan.io.JsonTree.Member;
import org.portolan.io.JsonTree.Null;
import org.portolan.io.JsonTree.Num;
import org.portolan.io.JsonTree.Obj;
import org.portolan.io.JsonTree.Str;
import org.portolan.io.JsonTree.Value;
import org.portolan.model.NetworkAddress;
import org.portolan.model.Node;
import org.portolan.model.NodeKind;
import org.portolan.model.Options;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.model.Zone;
import org.portolan.model.ZoneKind;

/**
 * Reads a .portolan file (docs/file-format.md). Strict, so that a typo never goes unnoticed, and friendly:
 * every problem is one sentence naming file, line, column, the offending value and what is valid.
 */
public final class TopologyReader {

    private static final Set<String> ROOT_KEYS = FileFormat.ROOT_KEYS;
    private static final Set<String> OPTION_KEYS = FileFormat.OPTION_KEYS;
    private static final Set<String> ZONE_KEYS = FileFormat.ZONE_KEYS;
    private static final Set<String> NODE_KEYS = FileFormat.NODE_KEYS;

    private final String file;

    private TopologyReader(String file) {
        this.file = file;
    }

    public static Topology read(Path path) throws TopologyFileException {
        String shown = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new TopologyFileException(path.toString(), 0, 0, "no such file");
        } catch (IOException e) {
            String why = Files.isDirectory(path) ? "is a folder, not a diagram file" : "cannot be read (" + e.getMessage() + ")";
            throw new TopologyFileException(path.toString(), 0, 0, why);
        }
        return read(shown, bytes);
    }

    /** @param file the name to show in messages */
    public static Topology read(String file, byte[] bytes) throws TopologyFileException {
        return new TopologyReader(file).parse(bytes);
    }

    private Topology parse(byte[] bytes) throws TopologyFileException {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new TopologyFileException(file, 0, 0, "the file is empty; a Portolan diagram is a JSON object"
                    + " starting with {\"format\": \"portolan-topology\", \"version\": 1, …}");
        }
        Value root;
        try {
            root = JsonTree.parse(text);
        } catch (JsonTree.SyntaxError e) {
            throw new TopologyFileException(file, e.line, e.column, e.getMessage());
        }
        if (!(root instanceof Obj obj)) {
            throw error(root, "expected a JSON object {…} holding the diagram, found " + root.describe());
        }
        checkMarker(obj);
        checkKeys(obj, ROOT_KEYS, "the diagram");
        String name = optionalString(obj, "name", "the diagram", "Untitled diagram");
        Options options = readOptions(obj.members().get("options"));
        List<Zone> zones = readZones(obj.members().get("zones"));
        Map<String, Zone> allZones = new HashMap<>();
        // A node may name an implicit zone the file does not declare; that zone is then added, and only then.
        zones.forEach(z -> allZones.put(z.id(), z));
        Topology.implicitZones().forEach(z -> allZones.putIfAbsent(z.id(), z));
        List<Node> nodes = readNodes(obj.members().get("nodes"), allZones, zones);
        return new Topology(name, options, zones, nodes, ChangeRequestFields.read(this, obj.members().get("changeRequest")));
    }

    private String decode(byte[] bytes) throws TopologyFileException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new TopologyFileException(file, 0, 0, "this is a binary file, not a Portolan diagram"
                        + " (a diagram is UTF-8 JSON text)");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new TopologyFileException(file, 0, 0, "the file is not UTF-8 text; save the diagram as UTF-8");
        }
    }

    private void checkMarker(Obj root) throws TopologyFileException {
        Member format = root.members().get("format");
        if (format == null) {
            throw new TopologyFileException(file, root.line(), root.column(), "this is not a Portolan diagram: the"
                    + " key \"format\" is missing; a diagram starts with {\"format\": \"" + FileFormat.MARKER
                    + "\", \"version\": " + FileFormat.VERSION + ", …}");
        }
        if (!(format.value() instanceof Str s) || !s.text().equals(FileFormat.MARKER)) {
            throw error(format.value(), "this is not a Portolan diagram: \"format\" is " + format.value().describe()
                    + ", expected \"" + FileFormat.MARKER + "\"");
        }
        Member version = root.members().get("version");
        if (version == null) {
            throw new TopologyFileException(file, root.line(), root.column(), "the key \"version\" is missing;"
                    + " this Portolan reads version " + FileFormat.VERSION);
        }
        if (!(version.value() instanceof Num n) || n.number().signum() <= 0 || !isInteger(n.number())) {
            throw error(version.value(), "\"version\" must be a whole number such as " + FileFormat.VERSION
                    + ", found " + version.value().describe());
        }
        if (n.number().compareTo(BigDecimal.valueOf(FileFormat.VERSION)) > 0) {
            throw error(version.value(), "this diagram was saved in format version " + n.number().toPlainString()
                    + ", newer than this Portolan reads (version " + FileFormat.VERSION + "); open it with a newer"
                    + " Portolan");
        }
    }

    private Options readOptions(Member member) throws TopologyFileException {
        Options o = Options.DEFAULTS;
        if (member == null) {
            return o;
        }
        Obj obj = object(member.value(), "\"options\"");
        checkKeys(obj, OPTION_KEYS, "options");
        o = o.withHttp(optionalBoolean(obj, "http", o.http()));
        o = o.withImap4(optionalBoolean(obj, "imap4", o.imap4()));
        o = o.withPop3(optionalBoolean(obj, "pop3", o.pop3()));
        o = o.withSmtpClientSubmission(optionalBoolean(obj, "smtpClientSubmission", o.smtpClientSubmission()));
        o = o.withOutboundProxyThroughCas(optionalBoolean(obj, "outboundProxyThroughCas", o.outboundProxyThroughCas()));
        o = o.withInternetSendConnector(optionalBoolean(obj, "internetSendConnector", o.internetSendConnector()));
        Member port = obj.members().get("senderReputationProxyPort");
        if (port != null && !(port.value() instanceof Null)) {
            if (!(port.value() instanceof Num n) || !isInteger(n.number()) || n.number().intValue() < 1
                    || n.number().compareTo(BigDecimal.valueOf(65535)) > 0) {
                throw error(port.value(), "options.senderReputationProxyPort must be a TCP port from 1 to 65535, or"
                        + " null when no proxy is used; found " + port.value().describe());
            }
            o = o.withSenderReputationProxyPort(n.number().intValue());
        }
        return o;
    }

    private List<Zone> readZones(Member member) throws TopologyFileException {
        List<Zone> zones = new ArrayList<>();
        if (member == null) {
            return zones;
        }
        Map<String, Value> seen = new HashMap<>();
        List<Value> items = list(member.value(), "\"zones\"");
        for (int i = 0; i < items.size(); i++) {
            String where = "zones[" + i + "]";
            Obj z = object(items.get(i), where);
            checkKeys(z, ZONE_KEYS, where);
            Value idValue = required(z, "id", where);
            String id = identifier(idValue, where + ".id");
            if (seen.put(id, idValue) != null) {
                throw error(idValue, "the zone id \"" + id + "\" is used twice; zone ids must be unique");
            }
            where = "zone \"" + id + "\"";
            ZoneKind kind = enumValue(required(z, "kind", where), ZoneKind.class, where + ".kind", "zone kinds");
            String name = optionalString(z, "name", where, id);
            Zone.Bounds bounds = null;
            if (z.members().containsKey("x") || z.members().containsKey("y") || z.members().containsKey("width")
                    || z.members().containsKey("height")) {
                double x = number(required(z, "x", where + " (a zone with a position needs x, y, width and height)"), where + ".x");
                double y = number(required(z, "y", where + " (a zone with a position needs x, y, width and height)"), where + ".y");
                double w = number(required(z, "width", where + " (a zone with a position needs x, y, width and height)"), where + ".width");
                double h = number(required(z, "height", where + " (a zone with a position needs x, y, width and height)"), where + ".height");
                if (w <= 0 || h <= 0) {
                    throw error(z.members().get(w <= 0 ? "width" : "height").value(), where
                            + ": width and height must be greater than 0");
                }
                bounds = new Zone.Bounds(x, y, w, h);
            }
            zones.add(new Zone(id, kind, name, bounds));
        }
        return zones;
    }

    private List<Node> readNodes(Member member, Map<String, Zone> zones, List<Zone> declared)
            throws TopologyFileException {
        List<Node> nodes = new ArrayList<>();
        if (member == null) {
            return nodes;
        }
        Map<String, Value> seen = new HashMap<>();
        List<Value> items = list(member.value(), "\"nodes\"");
        for (int i = 0; i < items.size(); i++) {
            String where = "nodes[" + i + "]";
            Obj n = object(items.get(i), where);
            checkKeys(n, NODE_KEYS, where);
            Value idValue = required(n, "id", where);
            String id = identifier(idValue, where + ".id");
            if (seen.put(id, idValue) != null) {
                throw error(idValue, "the node id \"" + id + "\" is used twice; node ids must be unique");
            }
            where = "node \"" + id + "\"";
            NodeKind kind = enumValue(required(n, "kind", where), NodeKind.class, where + ".kind", "node kinds");
            String name = optionalString(n, "name", where, id);
            String zoneId = Topology.defaultZoneId(declared, kind);
            Member zone = n.members().get("zone");
            if (zone != null) {
                zoneId = identifier(zone.value(), where + ".zone");
                if (!zones.containsKey(zoneId)) {
                    throw error(zone.value(), where + " is in zone \"" + zoneId + "\", which does not exist; known zones: "
                            + zones.keySet().stream().sorted().collect(Collectors.joining(", ")));
                }
            }
            String site = optionalString(n, "site", where, null);
            Member sub = onlyOn(n, "subscribed", kind, NodeKind.EDGE == kind, "EDGE nodes", where);
            Boolean subscribed = sub == null ? null : bool(sub.value(), where + ".subscribed");
            Member pre = onlyOn(n, "preauthentication", kind, NodeKind.LOAD_BALANCER == kind, "LOAD_BALANCER nodes",
                    where);
            Boolean preauthentication = pre == null ? null : bool(pre.value(), where + ".preauthentication");
            Member count = onlyOn(n, "count", kind, kind.allowsCount(), "EDGE, CAS, MAILBOX, MULTI_ROLE, DNS,"
                    + " DOMAIN_CONTROLLER and LOAD_BALANCER nodes", where);
            List<NetworkAddress> addresses = readAddresses(n.members().get("addresses"), where);
            Point position = null;
            if (n.members().containsKey("x") || n.members().containsKey("y")) {
                position = new Point(number(required(n, "x", where + " (a node with a position needs x and y)"), where + ".x"),
                        number(required(n, "y", where + " (a node with a position needs x and y)"), where + ".y"));
            }
            nodes.add(new Node(id, kind, name, zoneId, site, subscribed, addresses, position,
                    count == null ? 1 : count(count.value(), where + ".count"), preauthentication));
        }
        return nodes;
    }

    /** A node key that only some kinds may carry, or null when the node does not give it. */
    private Member onlyOn(Obj n, String key, NodeKind kind, boolean allowed, String kinds, String where)
            throws TopologyFileException {
        Member m = n.members().get(key);
        if (m != null && !allowed) {
            throw error(m.value(), where + ": \"" + key + "\" applies only to " + kinds + ", and this node is " + kind);
        }
        return m;
    }

    /** count: how many servers a card stands for, a whole number from 1 to 10,000. */
    private int count(Value v, String where) throws TopologyFileException {
        if (!(v instanceof Num n) || !isInteger(n.number()) || n.number().compareTo(BigDecimal.ONE) < 0
                || n.number().compareTo(BigDecimal.valueOf(Node.MAX_COUNT)) > 0) {
            throw error(v, where + " must be a whole number from 1 to 10000 (how many servers the card stands"
                    + " for), found " + v.describe());
        }
        return n.number().intValue();
    }

    private List<NetworkAddress> readAddresses(Member member, String where) throws TopologyFileException {
        List<NetworkAddress> addresses = new ArrayList<>();
        if (member == null) {
            return addresses;
        }
        List<Value> items = list(member.value(), where + ".addresses");
        for (int i = 0; i < items.size(); i++) {
            Value item = items.get(i);
            if (!(item instanceof Str s)) {
                throw error(item, where + ".addresses[" + i + "] must be an address in quotes such as \"192.0.2.10\","
                        + " found " + item.describe());
            }
            try {
                addresses.add(NetworkAddress.parse(s.text()));
            } catch (IllegalArgumentException e) {
                throw error(item, where + ".addresses[" + i + "]: " + e.getMessage());
            }
        }
        return addresses;
    }

    // ---- small typed accessors, each failing with a located sentence ----

    void checkKeys(Obj obj, Set<String> allowed, String where) throws TopologyFileException {
        for (Member m : obj.members().values()) {
            if (!allowed.contains(m.key())) {
                String hint = KeySuggestions.closest(m.key(), allowed);
                throw new TopologyFileException(file, m.line(), m.column(), "unknown key \"" + m.key() + "\" in " + where
                        + (hint == null ? "" : " (did you mean \"" + hint + "\"?)") + "; valid keys: "
                        + String.join(", ", allowed));
            }
        }
    }

    private Value required(Obj obj, String key, String where) throws TopologyFileException {
        Member m = obj.members().get(key);
        if (m == null) {
            throw error(obj, where + " is missing the key \"" + key + "\"");
        }
        return m.value();
    }

    Obj object(Value v, String where) throws TopologyFileException {
        if (v instanceof Obj o) {
            return o;
        }
        throw error(v, where + " must be an object {…}, found " + v.describe());
    }

    List<Value> list(Value v, String where) throws TopologyFileException {
        if (v instanceof Arr a) {
            return a.items();
        }
        throw error(v, where + " must be a list […], found " + v.describe());
    }

    private String identifier(Value v, String where) throws TopologyFileException {
        if (v instanceof Str s && !s.text().isBlank()) {
            return s.text();
        }
        throw error(v, where + " must be a non-empty text in quotes, found " + v.describe());
    }

    String optionalString(Obj obj, String key, String where, String fallback) throws TopologyFileException {
        Member m = obj.members().get(key);
        if (m == null || m.value() instanceof Null) {
            return fallback;
        }
        if (m.value() instanceof Str s) {
            return s.text();
        }
        throw error(m.value(), where + "." + key + " must be a text in quotes, found " + m.value().describe());
    }

    private boolean optionalBoolean(Obj obj, String key, boolean fallback) throws TopologyFileException {
        Member m = obj.members().get(key);
        return m == null ? fallback : bool(m.value(), "options." + key);
    }

    private boolean bool(Value v, String where) throws TopologyFileException {
        if (v instanceof Bool b) {
            return b.value();
        }
        throw error(v, where + " must be true or false, found " + v.describe());
    }

    private double number(Value v, String where) throws TopologyFileException {
        if (v instanceof Num n) {
            double d = n.number().doubleValue();
            if (Double.isFinite(d) && Math.abs(d) <= 1e7) {
                return d;
            }
            throw error(v, where + " must be between -10000000 and 10000000, found " + v.describe());
        }
        throw error(v, where + " must be a number, found " + v.describe());
    }

    <E extends Enum<E>> E enumValue(Value v, Class<E> type, String where, String what)
            throws TopologyFileException {
        String valid = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (v instanceof Str s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s.text())) {
                    return e;
                }
            }
            String hint = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .filter(n -> n.equalsIgnoreCase(s.text().replace('-', '_').replace(' ', '_'))).findFirst().orElse(null);
            throw error(v, where + ": unknown " + (type == NodeKind.class || type == ZoneKind.class ? "kind" : "value")
                    + " \"" + s.text() + "\"" + (hint == null ? "" : " (did you mean \"" + hint + "\"?)")
                    + "; valid " + what + ": " + valid);
        }
        throw error(v, where + " must be one of " + valid + ", found " + v.describe());
    }

    TopologyFileException error(Value at, String problem) {
        return new TopologyFileException(file, at.line(), at.column(), problem);
    }

    private static boolean isInteger(BigDecimal d) {
        return d.stripTrailingZeros().scale() <= 0;
    }
}
