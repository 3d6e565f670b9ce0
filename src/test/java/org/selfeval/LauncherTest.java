package org.selfeval;

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
}
