package org.selfeval.ui.edit;

/** One undoable change to the form: a cell edit, a row operation, a paste. */
public interface Command {

    /** Makes the change (also used to redo it). */
    void execute();

    /** Takes the change back, leaving the form as it was before {@link #execute()}. */
    void undo();

    /** What the change did, in the officer's words, for the 撤销/重做 menu items. */
    String description();
}
