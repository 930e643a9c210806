package org.portolan.ui.toolkit;

/**
 * Key combinations more than one part of the window answers: the Edit menu's Undo and Redo, and the
 * inspector, whose fields take them back from the menu while they hold typing not yet committed.
 */
public final class Shortcuts {

    public static final String UNDO = "Shortcut+Z";
    public static final String REDO = "Shortcut+Shift+Z";

    private Shortcuts() {
    }
}
