package org.diplotrack.io;

import java.io.IOException;

/** Reads an import's rows one at a time; each format has one. */
interface RowReader {
    /** The next row's result, or null at the end of the input. */
    RowResult next() throws IOException;

    /** Lines that held nothing, passed over without counting as rows. */
    default long blankLines() {
        return 0;
    }
}
