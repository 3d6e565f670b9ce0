package org.selfeval.ui;

import java.net.URI;

/**
 * Opens a folder or page in the desktop's own program. Behind an interface because HostServices.showDocument
 * throws under the headless test platform (Monocle) from JavaFX 21.0.10 on.
 */
@FunctionalInterface
public interface DesktopLinks {

    /** Opens the address; false when the desktop could not. */
    boolean open(URI uri);
}
