package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.SettableClock;
import org.photodesk.core.testing.StoreFixtures;

class NearDuplicatesTest {

    private final InMemoryPhotoStore store = new InMemoryPhotoStore(new SettableClock(Instant.parse("2024-08-11T20:00:00Z")));
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final NearDuplicates near = new NearDuplicates(store, blobs);

    /** A smooth test picture: bands and a blob whose place depends on {@code seed}. */
    private static GreyImage picture(int seed, int width, int height, int cropPercent) {
        byte[] luma = new byte[width * height];
        int cx = width * cropPercent / 100;
        int cy = height * cropPercent / 100;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = (cx + x * (1 - 2 * cropPercent / 100.0)) / width;
                double v = (cy + y * (1 - 2 * cropPercent / 100.0)) / height;
                double value = 128 + 60 * Math.sin(u * (3 + seed) * Math.PI) * Math.cos(v * (2 + seed % 3) * Math.PI)
                        + 50 * Math.exp(-((u - 0.3 - 0.05 * seed) * (u - 0.3 - 0.05 * seed) + (v - 0.6) * (v - 0.6)) * 20);
                luma[y * width + x] = (byte) Math.max(0, Math.min(255, (int) value));
            }
        }
        return new GreyImage(width, height, luma);
    }

    private Photo add(String name, LocalTime taken) {
        String sha = StoreFixtures.sha256(name);
        var m = PhotoMetadata.builder().caption(name).dateCreated(taken == null ? null
                : new DateCreated(LocalDate.parse("2024-08-11"), taken, null)).build();
        return store.add(new PhotoRecord(sha, sha, name + ".jpg", new ImageInfo("image/jpeg", 400, 300, 1), 1000, m,
                "AP", null, List.of()));
    }

    private Photo fingerprinted(String name, GreyImage image, LocalTime taken) throws IOException {
        Photo p = add(name, taken);
        PictureHash hash = PictureHash.of(image);
        near.remember(p, hash);
        return store.putPerceptualHash(p.sha256(), hash.frame()).orElseThrow();
    }

    @Test
    void aCropOfTheSamePictureIsADuplicateAndAnotherPictureIsNot() throws IOException {
        Photo original = fingerprinted("original", picture(1, 400, 300, 0), null);
        Photo crop = fingerprinted("crop", picture(1, 200, 150, 3), null);
        Photo other = fingerprinted("other", picture(4, 400, 300, 0), null);

        assertThat(near.of(original.id())).extracting(NearDuplicates.Link::id).containsExactly(crop.id());
        assertThat(near.duplicatesOf(crop.id())).extracting(NearDuplicates.Link::id).containsExactly(original.id());
        assertThat(near.of(other.id())).isEmpty();
        assertThat(near.of(999)).isEmpty();
    }

    @Test
    void theIndexBuiltFromTheStoreKnowsFingerprintsMadeBefore() throws IOException {
        Photo original = fingerprinted("original", picture(2, 400, 300, 0), null);
        Photo copy = fingerprinted("copy", picture(2, 300, 225, 0), null);

        var fresh = new NearDuplicates(store, blobs);

        assertThat(fresh.fingerprint(original.sha256())).contains(PictureHash.of(picture(2, 400, 300, 0)));
        assertThat(fresh.of(copy.id())).extracting(NearDuplicates.Link::id).containsExactly(original.id());
    }

    @Test
    void similarResolvesToThePhotoAndItsDuplicatesInsideAnyQuery() throws IOException {
        Photo original = fingerprinted("original", picture(3, 400, 300, 0), null);
        Photo copy = fingerprinted("copy", picture(3, 200, 150, 2), null);
        fingerprinted("other", picture(5, 400, 300, 0), null);

        Query resolved = near.resolve(new QueryParser().parse("flood -similar:" + original.id()));

        assertThat(resolved).isEqualTo(new Query.And(List.of(new Query.Words(Query.Field.ANY, "flood"),
                new Query.Not(new Query.Ids(Set.of(original.id(), copy.id()))))));
    }

    @Test
    void stacksAreKeptAndANewCopyJoinsTheStackWithoutRecomputing() throws IOException {
        Photo original = fingerprinted("original", picture(1, 400, 300, 0), null);
        Photo crop = fingerprinted("crop", picture(1, 200, 150, 3), null);
        Photo other = fingerprinted("other", picture(4, 400, 300, 0), null);
        Photo waiting = add("waiting", null);

        assertThat(near.stacks(List.of(original.id(), crop.id(), other.id(), waiting.id(), 999L)))
                .containsExactly(java.util.Map.entry(original.id(), List.of(crop.id())),
                        java.util.Map.entry(crop.id(), List.of(original.id())));

        // a third copy, fingerprinted after the stacks were asked for, joins them
        Photo small = fingerprinted("small", picture(1, 300, 225, 0), null);
        assertThat(near.stacks(List.of(original.id(), crop.id(), small.id())))
                .containsEntry(original.id(), List.of(crop.id(), small.id()))
                .containsEntry(crop.id(), List.of(original.id(), small.id()))
                .containsEntry(small.id(), List.of(original.id(), crop.id()));
        // a photo fingerprinted late (its renditions came after) is no longer without a stack
        PictureHash same = PictureHash.of(picture(4, 320, 240, 0));
        near.remember(waiting, same);
        assertThat(near.stacks(List.of(other.id(), waiting.id())))
                .containsEntry(other.id(), List.of(waiting.id())).containsEntry(waiting.id(), List.of(other.id()));
        // a photo whose picture changed leaves its old stack
        near.remember(waiting, PictureHash.of(picture(1, 400, 300, 0)));
        assertThat(near.stacks(List.of(other.id()))).isEmpty();
        assertThat(near.stacks(List.of(waiting.id())).get(waiting.id())).contains(original.id());
    }

    @Test
    void aSheetOfStacksCostsOneSearchPerPhotoOnce() throws IOException {
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < 40; i++) {
            ids.add(fingerprinted("p" + i, picture(i % 8, 400 - i, 300, 0), null).id());
        }
        near.stacks(ids);
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            near.stacks(ids);
        }
        long perSheet = (System.nanoTime() - start) / 200;
        // generous: kept stacks answer a 40-card sheet without searching (about microseconds), far under 20 ms
        assertThat(perSheet).isLessThan(20_000_000L);
    }
}
