package org.photodesk.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.StoreFixtures;

class DocumentOrderTest {

    private final Photo stored = new InMemoryPhotoStore(Clock.systemUTC())
            .add(StoreFixtures.record("flood", "Flood water covers a street in the old town"));

    private Photo atVersion(int version) {
        Photo p = stored;
        return new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), p.ingestedAt(), p.updatedAt(), version,
                p.rating(), p.labels());
    }

    @Test
    void eachVersionComesAfterTheOneBefore() {
        assertThat(DocumentOrder.of(atVersion(2))).isGreaterThan(DocumentOrder.of(atVersion(1)));
        assertThat(DocumentOrder.of(atVersion(7))).isEqualTo(DocumentOrder.of(atVersion(7)));
    }

    @Test
    void aPerceptualHashComesAfterTheSameVersionWithoutOneAndBeforeTheNextVersion() {
        long without = DocumentOrder.of(atVersion(3));
        long with = DocumentOrder.of(atVersion(3).withPerceptualHash(0x1234L));
        assertThat(with).isGreaterThan(without).isLessThan(DocumentOrder.of(atVersion(4)));
        // a new original starts a version without a hash: still later than the old original with its hash
        assertThat(DocumentOrder.of(atVersion(4))).isGreaterThan(with);
    }
}
