package org.photodesk.embedded.store;

import org.photodesk.core.testing.StoreFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

class PhotoCacheTest {

    private static Photo photo(long id) {
        Instant at = Instant.parse("2024-06-03T12:00:00Z");
        return new Photo(id, StoreFixtures.sha256("photo " + id), null, id + ".jpg", "image/jpeg", 10, 10,
                PhotoMetadata.builder().caption("Photo " + id).build(), null, null, null, null, at, at, 1, 0, null);
    }

    @Test
    void keepsWhatWasPutOrReadRecentlyAndForgetsTheRest() {
        var cache = new PhotoCache(5);
        LongStream.rangeClosed(1, 5).forEach(id -> cache.put(id, photo(id)));
        assertThat(cache.get(3)).isEqualTo(photo(3));
        assertThat(cache.get(42)).isNull();

        LongStream.rangeClosed(6, 8).forEach(id -> cache.put(id, photo(id)));
        assertThat(cache.get(1)).as("read from the old generation, so moved to the young one").isEqualTo(photo(1));
        LongStream.rangeClosed(9, 14).forEach(id -> cache.put(id, photo(id)));

        assertThat(cache.get(1)).isEqualTo(photo(1));
        assertThat(cache.get(2)).as("neither put nor read for two generations").isNull();
        assertThat(LongStream.rangeClosed(1, 14).filter(id -> cache.get(id) != null).count()).isLessThanOrEqualTo(12);
    }

    @Test
    void aLaterPutReplacesTheEarlierPhoto() {
        var cache = new PhotoCache(2);
        cache.put(1, photo(1));
        cache.put(1, photo(2));
        assertThat(cache.get(1)).isEqualTo(photo(2));
    }

    @Test
    void refusesACacheThatKeepsNothing() {
        assertThatThrownBy(() -> new PhotoCache(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keep 1 or more");
    }
}
