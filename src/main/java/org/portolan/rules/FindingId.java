package org.portolan.rules;

/** Finding IDs of ../shared/reference/exchange-2013-rules.md with their severities. */
public enum FindingId {
    F1(Severity.WARNING), F2(Severity.ERROR), F3(Severity.WARNING), F4(Severity.INFO), F5(Severity.ERROR),
    F6(Severity.WARNING), F7(Severity.ERROR), F8(Severity.INFO), F9(Severity.INFO), F10(Severity.INFO),
    F11(Severity.ERROR), F12(Severity.WARNING), F13(Severity.WARNING), F14(Severity.ERROR), F15(Severity.ERROR);

    private final Severity severity;

    FindingId(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
