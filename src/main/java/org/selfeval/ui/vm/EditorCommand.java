package org.selfeval.ui.vm;

/**
 * The window's commands, each once: the bundle key of what the menu says, the key of its short tool-bar label (if
 * it has a tool-bar button) and its keys. Menus, tool bar and context menus show these; {@link EditorCommands}
 * says when each applies.
 */
public enum EditorCommand {
    NEW("editor.menu.new", "editor.tool.new", "Shortcut+N"),
    NEXT_YEAR("editor.menu.nextYear", null, null),
    OPEN("editor.menu.open", "editor.tool.open", "Shortcut+O"),
    SAVE("editor.menu.save", "editor.tool.save", "Shortcut+S"),
    SAVE_AS("editor.menu.saveAs", null, "Shortcut+Shift+S"),
    EXPORT_XLSX("wiring.menu.export", null, "Shortcut+E"),
    IMPORT_XLSX("wiring.menu.import", null, null),
    EXPORT_PDF("wiring.menu.pdf", null, null),
    WRITE_REPORT("wiring.menu.report", null, null),
    CHECK_FOLDER("editor.menu.checkFolder", null, null),
    RULES("rules.menu", null, null),
    PRINT_PREVIEW("wiring.menu.preview", null, "Shortcut+F2"),
    PRINT("wiring.menu.print", null, "Shortcut+P"),
    OPEN_FOLDER("editor.menu.openFolder", null, null),
    EXIT("editor.menu.exit", null, "Shortcut+Q"),
    UNDO("editor.menu.undo", "editor.tool.undo", "Shortcut+Z"),
    REDO("editor.menu.redo", "editor.tool.redo", "Shortcut+Y"),
    ZOOM_IN("editor.menu.zoomIn", null, "Shortcut+Equals"),
    ZOOM_OUT("editor.menu.zoomOut", null, "Shortcut+Minus"),
    ZOOM_RESET("editor.menu.zoomReset", null, "Shortcut+0"),
    WRAP("editor.menu.wrap", null, null),
    CHINESE("editor.language.chinese", null, null),
    ENGLISH("editor.language.english", null, null),
    HELP("editor.menu.guide", "editor.tool.guide", "F1");

    private final String textKey;
    private final String toolKey;
    private final String keys;

    EditorCommand(String textKey, String toolKey, String keys) {
        this.textKey = textKey;
        this.toolKey = toolKey;
        this.keys = keys;
    }

    /** The bundle key of the command's full name (the menu's). */
    public String textKey() {
        return textKey;
    }

    /** The bundle key of its tool-bar label; {@code null}: no tool-bar button. */
    public String toolKey() {
        return toolKey;
    }

    /** Its keys in {@code KeyCombination} notation; {@code null}: none. */
    public String keys() {
        return keys;
    }

    /** Whether it reads or writes a file and so waits while another such command runs. */
    public boolean usesFiles() {
        return switch (this) {
            case NEW, NEXT_YEAR, OPEN, SAVE, SAVE_AS, EXPORT_XLSX, IMPORT_XLSX, EXPORT_PDF, WRITE_REPORT, EXIT,
                 CHINESE, ENGLISH -> true;
            default -> false;
        };
    }
}
