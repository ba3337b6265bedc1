package org.diplotrack.app;

import org.diplotrack.cli.RootCommand;

/**
 * The entry point of {@code diplotrack.jar} and {@code mvn javafx:run}: runs a command line
 * command, or the window when none is given. (Not an Application subclass, so the fat jar
 * starts JavaFX from the class path.)
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RootCommand.commandLine(DiploTrackApp::launch, args, System.getenv()).execute(args));
    }
}
