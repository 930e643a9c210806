package org.portolan.m365;

import java.util.List;
import java.util.Optional;

/**
 * The Microsoft 365 endpoint sets Portolan writes Office 365 rules against (rules file, "Office 365 addresses"),
 * with the version of Microsoft's list they come from.
 *
 * @param version Microsoft's list version ("2022072800"), or a description of where an imported copy came from
 */
public record EndpointList(String version, List<EndpointSet> sets) {

    /** Exchange Online: HTTPS, the set of H3 (source) and H4 (target). */
    public static final int EXCHANGE_ONLINE = 1;
    /** Exchange Online Protection: SMTP, the set of H1 (source) and H2 (target). */
    public static final int EXCHANGE_ONLINE_PROTECTION = 10;
    /** The sets Portolan needs; an imported list must hold them all. */
    public static final List<Integer> NEEDED = List.of(EXCHANGE_ONLINE, EXCHANGE_ONLINE_PROTECTION);

    public EndpointList {
        sets = List.copyOf(sets);
    }

    public Optional<EndpointSet> set(int id) {
        return sets.stream().filter(s -> s.id() == id).findFirst();
    }

    /** "Microsoft 365 endpoint set 10 (Exchange Online Protection: *.mail.protection.outlook.com), list 2022072800". */
    public String describe(int id) {
        String what = id == EXCHANGE_ONLINE_PROTECTION ? "Exchange Online Protection" : "Exchange Online";
        String urls = set(id).map(s -> String.join(", ", s.urls())).orElse("");
        return "Microsoft 365 endpoint set " + id + " (" + what + (urls.isEmpty() ? "" : ": " + urls) + "), list "
                + version;
    }
}
