package org.diplotrack.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the app shows goes through here, so tests can answer them. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    Optional<Path> chooseDatabaseToOpen();
}
