package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes read as NewsML-G2 give items or problems, never an exception. {@code mvn test} replays the committed
 * seeds in {@code NewsMlReaderFuzzTestInputs/readNeverThrows/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class NewsMlReaderFuzzTest {

    private final NewsMlReader reader = new NewsMlReader();

    @FuzzTest(maxDuration = "60s")
    void readNeverThrows(byte[] data) {
        FeedRead read = reader.read(data);
        assertThat(read).isNotNull();
        if (read.items().isEmpty()) {
            assertThat(read.problems()).isNotEmpty();
        }
        read.items().forEach(FeedInvariants::check);
    }
}
