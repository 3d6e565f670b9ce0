package org.selfeval.xlsx;

import java.util.List;
import org.selfeval.io.FormDocument;

/**
 * What an import produced: the form as file data, and the notes on what could not be placed or was adjusted.
 *
 * @param document the form, ready for {@link org.selfeval.io.FormMapper#toModel} or {@code FormFiles.write}
 * @param notes    in sheet order; empty when every cell found its place
 */
public record ImportResult(FormDocument document, List<ImportNote> notes) {

    public ImportResult {
        notes = List.copyOf(notes);
    }
}
