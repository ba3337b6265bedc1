package org.diplotrack.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives when no file is given: the per-user data directory of the platform
 * (XDG_DATA_HOME on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
public final class DataLocation {
    public static final String FILE_NAME = "diplotrack.db";

    private DataLocation() {
    }

    public static Path defaultDatabase() {
        return dataDirectory().resolve(FILE_NAME);
    }

    /** A system property that names another log folder (the tests' is in the build folder). */
    public static final String LOG_DIR_PROPERTY = "diplotrack.log.dir";

    /**
     * Where the app writes its log files: {@code logs} in the per-user data directory, unless
     * {@link #LOG_DIR_PROPERTY} names another folder.
     */
    public static Path logDirectory() {
        String set = System.getProperty(LOG_DIR_PROPERTY);
        return set == null || set.isBlank() ? dataDirectory().resolve("logs") : Path.of(set);
    }

    private static Path dataDirectory() {
        return dataDirectory(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv());
    }

    static Path dataDirectory(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(appData))
                    .resolve("DiploTrack");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "DiploTrack");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? Path.of(home, ".local", "share") : Path.of(xdg);
        return base.resolve("diplotrack");
    }
}
