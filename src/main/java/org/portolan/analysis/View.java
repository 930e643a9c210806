package org.portolan.analysis;

import static org.portolan.rules.RuleId.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.portolan.rules.Flow;
import org.portolan.rules.RuleId;

/**
 * The same diagram with the connections of one concern only, as Microsoft's article keeps clients and
 * services apart from mail flow. A flow a load balancer receives (L1) belongs to its rule's concern, and the
 * load balancer's forwarding (L2) of a port to the concerns of the flows that bring that port to it.
 */
public enum View {
    ALL("All connections", EnumSet.allOf(RuleId.class)),
    CLIENT_ACCESS("Client access", EnumSet.of(C1, C2, C3, C4, C5)),
    MAIL_FLOW("Mail flow", EnumSet.of(N1, N2, N3, E1, E2, E3, E4, E5, E7)),
    NAME_RESOLUTION("Name resolution", EnumSet.of(N4, N5, E6)),
    HYBRID("Hybrid", EnumSet.of(H1, H2, H3, H4)),
    UNRESTRICTED("Unrestricted", EnumSet.of(R1, R2));

    private final String title;
    private final Set<RuleId> rules;

    View(String title, Set<RuleId> rules) {
        this.title = title;
        this.rules = rules;
    }

    public String title() {
        return title;
    }

    /** The name on the command line: {@code all}, {@code client-access}, {@code mail-flow} … */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The view a command-line name stands for, or null. */
    public static View ofCliName(String name) {
        for (View v : values()) {
            if (v.cliName().equals(name)) {
                return v;
            }
        }
        return null;
    }

    /** The command-line names, for messages: "all, client-access, …". */
    public static String cliNames() {
        return String.join(", ", java.util.Arrays.stream(values()).map(View::cliName).toList());
    }

    /** The flows of this view, in their order. */
    public List<Flow> filter(List<Flow> flows) {
        return this == ALL ? flows : select(flows, f -> rules.contains(f.ruleId()));
    }

    /**
     * The flows {@code wanted} picks, in their order, with the forwarding (L2) of every port they bring to a
     * load balancer: a client reaching the virtual IP (L1) and the load balancer passing it on are one path.
     */
    static List<Flow> select(List<Flow> flows, java.util.function.Predicate<Flow> wanted) {
        Set<String> reaching = new HashSet<>();
        for (Flow f : flows) {
            if (f.ruleId() != L2 && f.isPublished() && wanted.test(f)) {
                reaching.add(f.target().id() + ' ' + f.port());
            }
        }
        List<Flow> shown = new ArrayList<>();
        for (Flow f : flows) {
            if (f.ruleId() == L2 ? reaching.contains(f.source().id() + ' ' + f.port()) : wanted.test(f)) {
                shown.add(f);
            }
        }
        return shown;
    }
}
