package org.selfeval.ui.vm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The 最近打开 list (newest first, at most eight) and the last folder used, kept in the {@link Settings}. */
final class RecentFiles {

    private static final int MAX = 8;

    private final Settings settings;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> shown = FXCollections.unmodifiableObservableList(recent);

    RecentFiles(Settings settings) {
        this.settings = settings;
        recent.setAll(settings.recentFiles());
    }

    ObservableList<Path> list() {
        return shown;
    }

    /** The last folder a form was opened from or saved to, if it is still there. */
    Optional<Path> lastFolder() {
        return settings.lastFolder().filter(Files::isDirectory);
    }

    /** A file opened or saved: first in the list, and its folder the one proposed next. */
    void remember(Path path) {
        if (path.getParent() != null) {
            settings.setLastFolder(path.getParent());
        }
        List<Path> list = new ArrayList<>(recent);
        list.remove(path);
        list.add(0, path);
        while (list.size() > MAX) {
            list.remove(list.size() - 1);
        }
        recent.setAll(list);
        settings.setRecentFiles(list);
    }

    /** A file that is gone: off the list. */
    void forget(Path path) {
        if (recent.remove(path)) {
            settings.setRecentFiles(List.copyOf(recent));
        }
    }
}
