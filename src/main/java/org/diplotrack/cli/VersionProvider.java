package org.diplotrack.cli;

import org.diplotrack.io.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the application's and the Java runtime's versions. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"DiploTrack " + AppVersion.version(),
                "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
    }
}
