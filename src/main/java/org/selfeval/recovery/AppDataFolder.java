package org.selfeval.recovery;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where SelfEval keeps its own files (recovery journal, later settings): the platform's application-data
 * folder, or the folder named by the system property {@code selfeval.dataDir} (tests, portable installs).
 */
public final class AppDataFolder {

    /** The system property that overrides the folder. */
    public static final String PROPERTY = "selfeval.dataDir";

    private AppDataFolder() {
    }

    /** The folder for this user on this machine. */
    public static Path forThisUser() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /**
     * The folder for the given environment: Windows {@code %APPDATA%\SelfEval}, macOS
     * {@code ~/Library/Application Support/SelfEval}, otherwise {@code $XDG_DATA_HOME/selfeval} or
     * {@code ~/.local/share/selfeval}.
     */
    static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? Path.of(userHome, "AppData", "Roaming") : Path.of(appData);
            return base.resolve("SelfEval");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SelfEval");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve("selfeval");
    }
}
