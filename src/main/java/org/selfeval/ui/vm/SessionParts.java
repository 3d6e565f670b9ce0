package org.selfeval.ui.vm;

import org.selfeval.io.FormFiles;
import org.selfeval.recovery.Autosaver;
import org.selfeval.scoring.ProfileCatalog;

/**
 * What a {@link DocumentSession} is built from, apart from its language: kept when the language changes.
 *
 * @param autosaver  journals every open form for crash recovery; {@code null} for none
 * @param background where files are read and written ({@link Background#immediate()}: at once)
 */
public record SessionParts(ProfileCatalog catalog, FormFiles files, Settings settings, Debouncer debouncer,
                           Autosaver autosaver, Background background) {
}
