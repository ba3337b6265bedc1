package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataLocation.dataDirectory("Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/home/ana/.local/share/diplotrack"));
        assertThat(DataLocation.dataDirectory("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/data/ana")))
                .isEqualTo(Path.of("/data/ana/diplotrack"));
        assertThat(DataLocation.dataDirectory("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "relative")))
                .isEqualTo(Path.of("/home/ana/.local/share/diplotrack"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataLocation.dataDirectory("Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/DiploTrack"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataLocation.dataDirectory("Windows 11", "/home/ana", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/DiploTrack"));
    }
}
