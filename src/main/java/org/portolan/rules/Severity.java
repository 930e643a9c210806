package org.portolan.rules;

/** How urgent a finding is; an ERROR makes {@code portolan validate} exit 1. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
