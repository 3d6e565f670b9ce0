package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {

    private static final List<String> AFTER_THE_WINDOW = List.of("org.apache.poi.", "org.apache.xmlbeans.",
            "org.openxmlformats.", "org.selfeval.xlsx.", "org.selfeval.print.");

    @Test
    void theListNamesTheEditorsFirstFrame() {
        List<String> names = ClassPreloader.names();
        assertTrue(names.contains("org.selfeval.ui.view.MainWindow"), "the list is missing the main window");
        assertTrue(names.contains("javafx.scene.control.TableView"));
    }

    @Test
    void theListHoldsNothingThatMustWaitForTheWindow() {
        List<String> heavy = ClassPreloader.names().stream()
                .filter(name -> AFTER_THE_WINDOW.stream().anyMatch(name::startsWith)).toList();
        assertEquals(List.of(), heavy, "POI is warmed up after the first frame, never preloaded");
    }

    /** A renamed or removed class of ours means the list is stale: src/bench/startup-classes.sh writes it anew. */
    @Test
    void everyClassOfOursOnTheListStillExists() {
        List<String> missing = ClassPreloader.names().stream().filter(name -> name.startsWith("org.selfeval."))
                .filter(name -> !exists(name)).toList();
        assertEquals(List.of(), missing, "run src/bench/startup-classes.sh");
    }

    @Test
    void classesAreLoadedButNotInitialisedAndUnknownNamesAreSkipped() {
        String name = Marked.class.getName();
        int loaded = ClassPreloader.load(List.of("org.selfeval.NoSuchClass", name, "org.selfeval.NorThis"),
                getClass().getClassLoader());

        assertEquals(1, loaded);
        assertFalse(Initialised.marked, "a static initialiser ran on the preloading thread");
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, ClassPreloaderTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Its static initialiser records that it ran. */
    static final class Marked {
        static {
            Initialised.marked = true;
        }
    }

    /** Read by the test without touching {@link Marked}, which reading a field of its own would initialise. */
    static final class Initialised {
        static boolean marked;
    }
}
