package org.diplotrack.cli;

import org.diplotrack.store.RecordLocation;

/**
 * How to open the window when no command is given.
 *
 * @param database          the record to open
 * @param exitAfterFirstFrame close again after the first frame painted with the record (a smoke
 *                          test of {@code mvn javafx:run}: CI fails when no frame was painted)
 * @param languageGiven     {@code --lang} was given: it wins over the language chosen in the window
 */
public record WindowStart(RecordLocation database, boolean exitAfterFirstFrame, boolean languageGiven) {
}
