package org.selfeval.ui.edit;

import java.util.List;
import java.util.Objects;

/** Several commands that are one step for the officer (a paste, a row duplicated with its cells). */
public final class CompositeCommand implements Command {

    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<? extends Command> parts) {
        this.description = Objects.requireNonNull(description, "description");
        this.parts = List.copyOf(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public void execute() {
        parts.forEach(Command::execute);
    }

    @Override
    public void undo() {
        // In reverse, so that a later part that depends on an earlier one (a row added, then filled) unwinds first.
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
