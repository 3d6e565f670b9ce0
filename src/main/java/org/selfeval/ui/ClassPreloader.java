package org.selfeval.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the classes the editor's first frame needs on a thread of its own while JavaFX starts its toolkit, so
 * that the window's thread finds most of them loaded. Reading, parsing and defining about 3,700 classes is a
 * large part of start-up, and the window's thread would otherwise do it one class at a time while the second
 * core waits. The classes are only loaded, never initialised: no static initialiser runs on this thread, so
 * the program behaves exactly as without it, only sooner.
 *
 * <p>The list ({@code startup-classes.txt}) is written by {@code src/bench/startup-classes.sh} from a real
 * start-up; names it holds that this platform or build does not have are skipped.
 */
public final class ClassPreloader {

    /** The system property that turns preloading off for one run, to measure what it brings. */
    public static final String PROPERTY = "selfeval.preload";
    static final String LIST = "startup-classes.txt";

    private ClassPreloader() {
    }

    /** Starts loading on a daemon thread, unless {@code -Dselfeval.preload=false}. */
    public static void start() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return;
        }
        Thread thread = new Thread(() -> load(names(), ClassPreloader.class.getClassLoader()), "selfeval-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The class names of the list, in the order a start-up loaded them. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        InputStream in = ClassPreloader.class.getResourceAsStream(LIST);
        if (in == null) {
            return names; // a build without the list starts as before
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Loads (without initialising) each class that exists; returns how many did. */
    static int load(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // another platform's class, or one this build no longer has: the program loads what it needs
            }
        }
        return loaded;
    }
}
