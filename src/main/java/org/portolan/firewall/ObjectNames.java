package org.portolan.firewall;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Vendor-safe object names: upper-case letters, digits, '-' and '_', at most 31 characters (the shortest limit
 * among the platforms Portolan's Capirca export targets), unique within one policy. Other characters become '-',
 * runs of '-' collapse, and a name that would be empty (a Korean server name, say) falls back to the node id or
 * a kind; a clash gets "-2", "-3" … within the limit.
 */
public final class ObjectNames {

    public static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** The safe form of one part ("Seoul DC" → "SEOUL-DC"), or "" when nothing safe remains. */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]+", "-").replaceAll("-{2,}", "-");
        return s.replaceAll("^[-_]+|[-_]+$", "");
    }

    /** Joins the safe forms of the parts with '-', skipping empty ones, shortened to the limit and made unique. */
    public String name(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String p = safe(part);
            if (!p.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "-").append(p);
            }
        }
        String base = shorten(sb.length() == 0 ? "OBJECT" : sb.toString(), MAX_LENGTH);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            String suffix = "-" + i;
            name = shorten(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    private static String shorten(String s, int max) {
        String cut = s.length() <= max ? s : s.substring(0, max);
        return cut.replaceAll("[-_]+$", "");
    }
}
