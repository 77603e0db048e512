package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code photodesk migrate} refuses with a message when it has nothing to copy or nowhere to copy it. */
class MigrateCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutSharedBackendsItSaysWhichToName() {
        CliRun run = CliRun.of("migrate", "--data", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--store postgresql://").contains("PHOTODESK_STORE");
    }

    @Test
    void theHelpSaysItIsResumableAndWhatIsNotCopied() {
        CliRun run = CliRun.of("migrate", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Resumable").contains("--store").contains("--blobs").contains("--index")
                .contains("sessions");
    }
}
