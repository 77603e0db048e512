package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TrainingCommandIT {

    @Test
    void theTrainingRunSucceedsAndLeavesNoTemporaryLibraryBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = trainingFolders(tmp);

        CliRun run = CliRun.of("aot-training");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(trainingFolders(tmp)).isEqualTo(before);
    }

    private static long trainingFolders(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("photodesk-training")).count();
        }
    }
}
