package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.prefs.AbstractPreferences;
import org.junit.jupiter.api.Test;

class PreferencesSettingsTest {

    private final CountingNode node = new CountingNode();
    /** Flushes queued by the settings, run when the test says so. */
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final PreferencesSettings settings = new PreferencesSettings(node, queued::add);

    @Test
    void aChangeIsReadBackAtOnceAndWrittenByTheFlusherNotTheCaller() {
        Path form = Path.of("forms", "2021.json").toAbsolutePath();
        settings.setRecentFiles(List.of(form));
        settings.setLastFolder(form.getParent());
        settings.setLanguage("en");

        assertEquals(List.of(form), settings.recentFiles());
        assertEquals(Optional.of(form.getParent()), settings.lastFolder());
        assertEquals(Optional.of("en"), settings.language());
        assertEquals(0, node.flushes, "nothing written on the caller's thread");
        assertEquals(1, queued.size(), "changes made before the flush ran share it");
        queued.remove().run();
        assertEquals(1, node.flushes);
    }

    @Test
    void aChangeMadeAfterTheFlushStartedQueuesAnother() {
        settings.setLanguage("en");
        queued.remove().run();
        settings.setLanguage("zh");

        assertEquals(1, queued.size());
        queued.remove().run();
        assertEquals(2, node.flushes);
        assertEquals(Optional.of("zh"), settings.language());
    }

    @Test
    void blankStoredPathsAreSkipped() {
        node.put("recentFiles", "a.json\n\n   \nb.json");
        node.put("lastFolder", "   ");

        assertEquals(List.of(Path.of("a.json"), Path.of("b.json")), settings.recentFiles());
        assertTrue(settings.lastFolder().isEmpty());
    }

    /** Preferences kept in memory that count how often they were written out. */
    private static final class CountingNode extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();
        int flushes;

        CountingNode() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
            flushes++;
        }
    }
}
