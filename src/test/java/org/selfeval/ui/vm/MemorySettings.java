package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Settings kept in memory, so tests never touch the user's preferences. */
public final class MemorySettings implements Settings {

    private Path lastFolder;
    private List<Path> recent = new ArrayList<>();
    private String language;

    @Override
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(lastFolder);
    }

    @Override
    public void setLastFolder(Path folder) {
        lastFolder = folder;
    }

    @Override
    public List<Path> recentFiles() {
        return List.copyOf(recent);
    }

    @Override
    public void setRecentFiles(List<Path> files) {
        recent = new ArrayList<>(files);
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    @Override
    public void setLanguage(String tag) {
        language = tag;
    }
}
