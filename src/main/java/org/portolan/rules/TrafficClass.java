package org.portolan.rules;

/** What kind of traffic a rule carries; the diagram gives each class its own line style. */
public enum TrafficClass {
    MAIL("Mail (SMTP)"),
    CLIENT("Client access (HTTPS, HTTP, IMAP4, POP3, SMTP submission)"),
    DIRECTORY("Directory (EdgeSync secure LDAP)"),
    DNS("Name resolution (DNS)"),
    HYBRID("Hybrid with Office 365"),
    PROXY("Sender reputation through proxy"),
    UNRESTRICTED("Unrestricted internal traffic (any port, any protocol)");

    private final String label;

    TrafficClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
