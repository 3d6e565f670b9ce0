package org.selfeval.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.selfeval.ui.vm.Settings;

/**
 * {@link Settings} kept in the user's Java preferences (the registry on Windows, a file elsewhere). A change is
 * visible at once; writing it to disk happens on another thread, because a flush locks and rewrites the whole
 * preferences file (tens of milliseconds, paid at start-up when the opened form becomes a recent file).
 */
public final class PreferencesSettings implements Settings {

    private static final String LAST_FOLDER = "lastFolder";
    private static final String RECENT = "recentFiles";
    private static final String LANGUAGE = "language";
    /** Recent paths are stored as one value, one per line (preferences refuse the NUL character). */
    private static final String SEPARATOR = "\n";

    private final Preferences node;
    private final Executor flusher;
    /** Set while a flush is queued: changes made meanwhile are written by that flush. */
    private final AtomicBoolean flushQueued = new AtomicBoolean();

    /** @param flusher where the node is flushed to disk after a change */
    public PreferencesSettings(Preferences node, Executor flusher) {
        this.node = node;
        this.flusher = flusher;
    }

    /** The editor's settings node for this user, flushed on a daemon thread of its own. */
    public static PreferencesSettings forUser() {
        Executor flusher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "selfeval-settings");
            thread.setDaemon(true); // the JDK's own shutdown hook writes what a last queued flush did not
            return thread;
        });
        return new PreferencesSettings(Preferences.userRoot().node("org/selfeval/editor"), flusher);
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
        if (!flushQueued.compareAndSet(false, true)) {
            return;
        }
        flusher.execute(() -> {
            flushQueued.set(false); // before writing: a change made while it writes queues the next flush
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // Settings are a convenience: losing them must not stop the officer's work.
            }
        });
    }
}
