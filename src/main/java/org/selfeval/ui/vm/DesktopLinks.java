package org.selfeval.ui.vm;

import java.net.URI;

/**
 * Opens a folder or page in the desktop's own program. Behind an interface because HostServices.showDocument
 * threw under the headless test platform of JavaFX 21 (Monocle) and opens nothing in tests.
 */
@FunctionalInterface
public interface DesktopLinks {

    /** Opens the address; false when the desktop could not. */
    boolean open(URI uri);
}
