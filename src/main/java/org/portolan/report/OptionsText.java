package org.portolan.report;

import org.portolan.model.Options;

/** The organisation options in one line, with the rule each one decides. */
final class OptionsText {

    private OptionsText() {
    }

    static String describe(Options o) {
        return "HTTP 80/TCP (C2) " + onOff(o.http()) + "; IMAP4 (C3) " + onOff(o.imap4()) + "; POP3 (C4) "
                + onOff(o.pop3()) + "; SMTP submission 587/TCP (C5) " + onOff(o.smtpClientSubmission())
                + "; Send connector to the Internet (N2, N3, E4) " + onOff(o.internetSendConnector())
                + "; outbound mail through Client Access (N3) " + onOff(o.outboundProxyThroughCas())
                + "; sender reputation proxy (E7) " + (o.senderReputationProxyPort() == null ? "none"
                : o.senderReputationProxyPort() + "/TCP");
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
