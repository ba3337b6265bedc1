package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short {@link SharedTrial} (the benchmark runs twenty clients for five minutes): analysts in
 * processes of their own on one real server lose no write, duplicate none, see no error, and every
 * window ends on the server's final state.
 */
class SharedTrialTest {
    @Test
    void aTeamWritingAtOnceLosesNothingAndEveryWindowConverges(@TempDir Path out) throws Exception {
        SharedTrial.Result result = SharedTrial.run(4, 8, 100, out);

        assertThat(result.errors()).isEmpty();
        assertThat(result.lost()).isEmpty();
        assertThat(result.duplicated()).isEmpty();
        assertThat(result.converged()).as(result.report()).isEqualTo(4);
        assertThat(result.saves()).isPositive();
        assertThat(result.edits()).isPositive();
        assertThat(result.change().samples()).as("colleagues' changes seen").isPositive();
    }
}
