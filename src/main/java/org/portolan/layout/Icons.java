package org.portolan.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portolan.model.NodeKind;

/**
 * The node-kind icons of assets/icons: stroked outlines on a 32×32 grid, written with M, L, C and Z only,
 * so that JavaFX, SVG and PDF painters can all draw them.
 */
public final class Icons {

    public static final double GRID = 32;
    private static final Pattern PATH = Pattern.compile("<path\\s+d=\"([^\"]+)\"");
    private static final Map<NodeKind, String> PATHS = new EnumMap<>(NodeKind.class);

    static {
        for (NodeKind kind : NodeKind.values()) {
            String resource = "/assets/icons/" + kind.name().toLowerCase(Locale.ROOT) + ".svg";
            try (InputStream in = Icons.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("icon missing from the build: " + resource);
                }
                Matcher m = PATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                StringBuilder d = new StringBuilder();
                while (m.find()) {
                    d.append(d.length() == 0 ? "" : " ").append(m.group(1));
                }
                PATHS.put(kind, d.toString());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
    }

    private Icons() {
    }

    /** SVG path data of the kind's icon, in the 32×32 grid. */
    public static String pathData(NodeKind kind) {
        return PATHS.get(kind);
    }
}
