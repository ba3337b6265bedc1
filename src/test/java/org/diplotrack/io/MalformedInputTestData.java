package org.diplotrack.io;

import java.io.IOException;

/** The generated faulty ICEWS file of {@link MalformedInputTest}, for tests in other packages. */
public final class MalformedInputTestData {
    private MalformedInputTestData() {
    }

    /** Line 1 header; 2 good; 3 too few columns; 4 bad date; 5 unknown code; 6 invalid UTF-8; 7 good; 8 truncated. */
    public static byte[] faultyIcews() throws IOException {
        return MalformedInputTest.faultyIcews("\n", false);
    }
}
