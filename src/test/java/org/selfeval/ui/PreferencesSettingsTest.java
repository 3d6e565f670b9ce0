package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreferencesSettingsTest {

    private final Preferences node = Preferences.userRoot().node("org/selfeval/test/" + UUID.randomUUID());
    /** Flushes queued by the settings, run when the test says so. */
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final PreferencesSettings settings = new PreferencesSettings(node, queued::add);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aChangeIsReadBackAtOnceAndWrittenToDiskElsewhere() {
        Path form = Path.of("forms", "2021.json").toAbsolutePath();
        settings.setRecentFiles(List.of(form));
        settings.setLastFolder(form.getParent());
        settings.setLanguage("en");

        assertEquals(List.of(form), settings.recentFiles());
        assertEquals(Optional.of(form.getParent()), settings.lastFolder());
        assertEquals(Optional.of("en"), settings.language());
        assertEquals(1, queued.size(), "changes made before the flush ran share it");
    }

    @Test
    void aChangeMadeAfterTheFlushStartedQueuesAnother() {
        settings.setLanguage("en");
        queued.remove().run();
        settings.setLanguage("zh");

        assertEquals(1, queued.size());
        assertEquals(Optional.of("zh"), new PreferencesSettings(node, Runnable::run).language());
    }

    @Test
    void blankStoredPathsAreSkipped() {
        node.put("recentFiles", "a.json\n\n   \nb.json");
        node.put("lastFolder", "   ");

        assertEquals(List.of(Path.of("a.json"), Path.of("b.json")), settings.recentFiles());
        assertTrue(settings.lastFolder().isEmpty());
    }
}
