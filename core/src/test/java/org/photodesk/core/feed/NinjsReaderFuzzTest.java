package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes read as ninjs give items or problems, never an exception. {@code mvn test} replays the committed seeds
 * in {@code NinjsReaderFuzzTestInputs/readNeverThrows/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class NinjsReaderFuzzTest {

    private final NinjsReader reader = new NinjsReader();

    @FuzzTest(maxDuration = "60s")
    void readNeverThrows(byte[] data) {
        FeedRead read = reader.read(data);
        assertThat(read).isNotNull();
        if (read.items().isEmpty()) {
            assertThat(read.problems()).isNotEmpty();
        }
        assertThat(read.items().size()).isLessThanOrEqualTo(NinjsReader.MAX_ITEMS);
        read.items().forEach(FeedInvariants::check);
    }
}
