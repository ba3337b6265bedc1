package org.diplotrack.io;

import java.io.IOException;
import java.util.List;

/** Reads an import's rows one at a time; each format has one. */
interface RowReader {
    /** The next row's result, or null at the end of the input. */
    RowResult next() throws IOException;

    /** Lines that held nothing, passed over without counting as rows. */
    default long blankLines() {
        return 0;
    }

    /** Rows imported at unknown level because their title is not one the rules know. */
    default long unknownLevels() {
        return 0;
    }

    /** The text encoding the rows were read in. */
    default String encoding() {
        return "UTF-8";
    }

    /** Columns of the header that the format does not know and that were passed over. */
    default List<String> ignoredColumns() {
        return List.of();
    }
}
