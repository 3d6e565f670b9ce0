package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the editor remembers between runs: the last folder, recent files, the language. */
public interface Settings {

    Optional<Path> lastFolder();

    void setLastFolder(Path folder);

    /** Recently opened or saved files, newest first. */
    List<Path> recentFiles();

    void setRecentFiles(List<Path> files);

    /** The chosen language tag ({@code zh} or {@code en}), if the officer chose one. */
    Optional<String> language();

    void setLanguage(String tag);
}
