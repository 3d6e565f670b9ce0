package org.selfeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void onLinuxWithoutDisplayNoWindowCanBeShown() {
        assertFalse(Launcher.windowPossible("Linux", null, null));
        assertFalse(Launcher.windowPossible("Linux", " ", null));
        assertFalse(Launcher.windowPossible("FreeBSD", null, null));
        assertTrue(Launcher.windowPossible("Linux", ":0", null));
        assertTrue(Launcher.windowPossible("Linux", "localhost:10.0", null));
    }

    @Test
    void windowsAndMacNeedNoDisplayVariableAndTheHeadlessPlatformNeedsNoScreen() {
        assertTrue(Launcher.windowPossible("Windows 11", null, null));
        assertTrue(Launcher.windowPossible("Mac OS X", null, null));
        assertTrue(Launcher.windowPossible("Linux", null, "Headless"), "the headless tests' platform");
    }

    @Test
    void aMissingGtkIsToldApartFromAMissingDisplay() {
        // What JavaFX's glass throws: without libgtk-3.so.0, and with DISPLAY naming no X server.
        assertEquals("cli.noGtk", Launcher.reasonWithoutWindow(
                new UnsupportedOperationException("Unable to load glass GTK library.")));
        assertEquals("cli.noGtk", Launcher.reasonWithoutWindow(new RuntimeException("start",
                new UnsatisfiedLinkError("libglassgtk3.so: libgtk-3.so.0: cannot open shared object file"))));
        assertEquals("cli.noWindow", Launcher.reasonWithoutWindow(
                new UnsupportedOperationException("Unable to open DISPLAY")));
    }
}
