package org.portolan.model;

import java.util.List;
import java.util.Objects;

/**
 * What makes the port requirement sheet a change request a firewall team can approve and implement: its
 * document number, revision and status, who asks for it, the change ticket and the implementation window, who
 * approves it, and the revision history. Kept in the diagram's file; every field may be blank.
 */
public record ChangeRequest(String documentNumber, String revision, Status status, String requester,
                            String changeTicket, String implementationWindow, String approver, String firewallOwner,
                            List<Revision> revisions) {

    /** Where the request stands. */
    public enum Status {
        DRAFT("Draft"), FOR_APPROVAL("For approval"), APPROVED("Approved");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One row of the revision table. */
    public record Revision(String revision, String date, String author, String description) {
        public Revision {
            revision = blankIfNull(revision);
            date = blankIfNull(date);
            author = blankIfNull(author);
            description = blankIfNull(description);
        }
    }

    public static final ChangeRequest NONE = new ChangeRequest("", "", Status.DRAFT, "", "", "", "", "", List.of());

    public ChangeRequest {
        documentNumber = blankIfNull(documentNumber);
        revision = blankIfNull(revision);
        status = Objects.requireNonNullElse(status, Status.DRAFT);
        requester = blankIfNull(requester);
        changeTicket = blankIfNull(changeTicket);
        implementationWindow = blankIfNull(implementationWindow);
        approver = blankIfNull(approver);
        firewallOwner = blankIfNull(firewallOwner);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    /** Nothing set: the file does not mention it. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s.trim();
    }
}
