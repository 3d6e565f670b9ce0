package org.selfeval.xlsx;

import org.selfeval.i18n.Messages;

/**
 * Something the importer could not place or had to adjust, with the cell it concerns ({@code C7}, or empty for
 * the whole sheet), as a message key and arguments so the window and the command line can say it.
 */
public record ImportNote(String cell, String messageKey, Object... args) {

    public ImportNote {
        args = args.clone();
    }

    /** The note in plain words, prefixed with its cell. */
    public String describe(Messages messages) {
        String text = messages.get(messageKey, args);
        return cell.isEmpty() ? text : messages.get("xlsx.note.at", cell, text);
    }
}
