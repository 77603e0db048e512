package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * The entry point over any bytes: sniffing agrees with reading, nothing throws, and every item read merges and
 * orders without an exception. {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class FeedReaderFuzzTest {

    private final FeedReader reader = new FeedReader(1 << 20);

    @FuzzTest(maxDuration = "60s")
    void sniffReadMergeNeverThrow(byte[] data) {
        FeedFormat sniffed = reader.sniff(data);
        FeedRead read = reader.read(data);
        if (sniffed.isNinjs()) {
            assertThat(read.format()).isEqualTo(sniffed);
        }
        for (FeedItem item : read.items()) {
            FeedInvariants.check(item);
            assertThat(FeedMerge.merge(PhotoMetadata.EMPTY, item).merged()).isNotNull();
            assertThat(ResendRule.decide(KnownItem.of(item), item)).isNotNull();
            assertThat(ResendRule.decide(Optional.empty(), item)).isNotNull();
        }
    }
}
