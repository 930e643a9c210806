package org.portolan.model;

/**
 * Organisation-wide options of the rules file, with its defaults.
 *
 * @param senderReputationProxyPort TCP port of the organisation's proxy for sender reputation (E7), or null
 */
public record Options(boolean http, boolean imap4, boolean pop3, boolean smtpClientSubmission,
                      boolean outboundProxyThroughCas, boolean internetSendConnector,
                      Integer senderReputationProxyPort) {

    public static final Options DEFAULTS = new Options(true, false, false, true, false, true, null);

    public Options {
        if (senderReputationProxyPort != null && (senderReputationProxyPort < 1 || senderReputationProxyPort > 65535)) {
            throw new IllegalArgumentException("senderReputationProxyPort must be 1-65535");
        }
    }

    public Options withHttp(boolean v) {
        return new Options(v, imap4, pop3, smtpClientSubmission, outboundProxyThroughCas, internetSendConnector, senderReputationProxyPort);
    }

    public Options withImap4(boolean v) {
        return new Options(http, v, pop3, smtpClientSubmission, outboundProxyThroughCas, internetSendConnector, senderReputationProxyPort);
    }

    public Options withPop3(boolean v) {
        return new Options(http, imap4, v, smtpClientSubmission, outboundProxyThroughCas, internetSendConnector, senderReputationProxyPort);
    }

    public Options withSmtpClientSubmission(boolean v) {
        return new Options(http, imap4, pop3, v, outboundProxyThroughCas, internetSendConnector, senderReputationProxyPort);
    }

    public Options withOutboundProxyThroughCas(boolean v) {
        return new Options(http, imap4, pop3, smtpClientSubmission, v, internetSendConnector, senderReputationProxyPort);
    }

    public Options withInternetSendConnector(boolean v) {
        return new Options(http, imap4, pop3, smtpClientSubmission, outboundProxyThroughCas, v, senderReputationProxyPort);
    }

    public Options withSenderReputationProxyPort(Integer v) {
        return new Options(http, imap4, pop3, smtpClientSubmission, outboundProxyThroughCas, internetSendConnector, v);
    }
}
