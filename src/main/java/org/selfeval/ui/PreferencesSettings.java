package org.selfeval.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.selfeval.ui.vm.Settings;

/** {@link Settings} kept in the user's Java preferences (the registry on Windows, a file elsewhere). */
public final class PreferencesSettings implements Settings {

    private static final String LAST_FOLDER = "lastFolder";
    private static final String RECENT = "recentFiles";
    private static final String LANGUAGE = "language";
    /** Recent paths are stored as one value, one per line (preferences refuse the NUL character). */
    private static final String SEPARATOR = "\n";

    private final Preferences node;

    public PreferencesSettings(Preferences node) {
        this.node = node;
    }

    /** The editor's settings node for this user. */
    public static PreferencesSettings forUser() {
        return new PreferencesSettings(Preferences.userRoot().node("org/selfeval/editor"));
    }

    @Override
    public Optional<Path> lastFolder() {
        return path(node.get(LAST_FOLDER, null));
    }

    @Override
    public void setLastFolder(Path folder) {
        node.put(LAST_FOLDER, folder.toString());
        flush();
    }

    @Override
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        String stored = node.get(RECENT, "");
        for (String s : stored.split(SEPARATOR)) {
            path(s).ifPresent(files::add);
        }
        return files;
    }

    @Override
    public void setRecentFiles(List<Path> files) {
        node.put(RECENT, String.join(SEPARATOR, files.stream().map(Path::toString).toList()));
        flush();
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(node.get(LANGUAGE, null));
    }

    @Override
    public void setLanguage(String tag) {
        node.put(LANGUAGE, tag);
        flush();
    }

    private static Optional<Path> path(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty(); // a path from another system: forget it
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: losing them must not stop the officer's work.
        }
    }
}
