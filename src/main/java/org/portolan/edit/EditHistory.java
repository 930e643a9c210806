package org.portolan.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.portolan.model.Topology;

/**
 * Unlimited undo and redo for one open diagram. Topologies are immutable, so an edit is simply the
 * topology before and after it; a gesture (a drag, a paste of many nodes) is one entry, one undo step.
 */
public final class EditHistory {

    /** One undoable step. */
    public record Edit(String name, Topology before, Topology after) {
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Topology current;
    private Topology saved;

    public EditHistory(Topology initial) {
        this.current = Objects.requireNonNull(initial);
        this.saved = initial;
    }

    public Topology current() {
        return current;
    }

    /** Records an edit; an edit that changes nothing is not recorded. */
    public boolean apply(String name, Topology after) {
        if (after.equals(current)) {
            return false;
        }
        undo.push(new Edit(name, current, after));
        redo.clear();
        current = after;
        return true;
    }

    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Edit::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Edit::name);
    }

    /** The diagram an undo would go back to, if any. */
    public Optional<Topology> undoTarget() {
        return Optional.ofNullable(undo.peek()).map(Edit::before);
    }

    /** The diagram a redo would go forward to, if any. */
    public Optional<Topology> redoTarget() {
        return Optional.ofNullable(redo.peek()).map(Edit::after);
    }

    public boolean undo() {
        Edit e = undo.poll();
        if (e == null) {
            return false;
        }
        redo.push(e);
        current = e.before();
        return true;
    }

    public boolean redo() {
        Edit e = redo.poll();
        if (e == null) {
            return false;
        }
        undo.push(e);
        current = e.after();
        return true;
    }

    /** Unsaved changes: the diagram differs from what was last saved (undoing back to it counts as clean). */
    public boolean isDirty() {
        return !current.equals(saved);
    }

    public void markSaved() {
        saved = current;
    }

    /** Starts over with another diagram (New, Open): nothing to undo, nothing unsaved. */
    public void reset(Topology topology) {
        reset(topology, topology);
    }

    /**
     * Starts over with {@code topology}, whose saved form is {@code saved} (a diagram restored after a crash):
     * nothing to undo, and unsaved changes while they differ.
     */
    public void reset(Topology topology, Topology saved) {
        undo.clear();
        redo.clear();
        current = topology;
        this.saved = saved;
    }
}
