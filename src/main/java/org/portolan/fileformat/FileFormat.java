package org.portolan.fileformat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The constants of the .portolan format (docs/file-format.md), shared by reader and writer. */
public final class FileFormat {

    public static final String MARKER = "portolan-topology";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".portolan";

    static final Set<String> ROOT_KEYS = keys("format", "version", "name", "options", "zones", "nodes",
            "changeRequest");
    static final Set<String> OPTION_KEYS = keys("http", "imap4", "pop3", "smtpClientSubmission",
            "outboundProxyThroughCas", "internetSendConnector", "senderReputationProxyPort");
    static final Set<String> ZONE_KEYS = keys("id", "kind", "name", "x", "y", "width", "height");
    static final Set<String> NODE_KEYS = keys("id", "kind", "name", "zone", "site", "subscribed", "count",
            "preauthentication", "addresses", "x", "y");

    private FileFormat() {
    }

    static Set<String> keys(String... keys) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }
}
