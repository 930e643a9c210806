package org.portolan.rules;

import java.util.List;
import org.portolan.model.Node;

/**
 * Something about the design that needs attention.
 *
 * @param message a sentence a firewall engineer understands
 * @param nodes   the nodes it is about (empty for organisation-wide findings)
 */
public record Finding(FindingId id, String message, List<Node> nodes) {

    public Finding {
        nodes = List.copyOf(nodes);
    }

    public Severity severity() {
        return id.severity();
    }

    @Override
    public String toString() {
        return id + " " + severity().label() + ": " + message;
    }
}
