package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private static List<NearDuplicateIndex.Neighbour> bruteForce(Map<Long, PictureHash> photos, PictureHash picture) {
        List<NearDuplicateIndex.Neighbour> found = new ArrayList<>();
        photos.forEach((id, hash) -> {
            Similarity s = NearDuplicateRule.classify(picture, hash);
            if (!(s instanceof Similarity.Unrelated)) {
                found.add(new NearDuplicateIndex.Neighbour(id, s));
            }
        });
        found.sort(Comparator.comparingInt((NearDuplicateIndex.Neighbour n) -> n.similarity().distance())
                .thenComparingLong(NearDuplicateIndex.Neighbour::id));
        return found;
    }

    @Test
    void findsWhatClassifyingAgainstEveryPhotoFinds() {
        SplittableRandom random = new SplittableRandom(11);
        Map<Long, PictureHash> photos = new HashMap<>();
        List<long[][]> parts = new ArrayList<>();
        NearDuplicateIndex index = new NearDuplicateIndex();
        for (long id = 0; id < 3_000; id++) {
            long[][] p = parts.isEmpty() || random.nextInt(3) > 0 ? Fingerprints.random(random)
                    : Fingerprints.near(parts.get(random.nextInt(parts.size())), random.nextInt(12), random.nextInt(50), random);
            parts.add(p);
            PictureHash hash = Fingerprints.of(p[0], p[1]);
            photos.put(id * 3, hash);
            index.put(id * 3, hash);
        }
        int withNeighbours = 0;
        for (int q = 0; q < 300; q++) {
            long[][] p = Fingerprints.near(parts.get(random.nextInt(parts.size())), random.nextInt(14), random.nextInt(60), random);
            PictureHash picture = Fingerprints.of(p[0], p[1]);
            List<NearDuplicateIndex.Neighbour> expected = bruteForce(photos, picture);
            withNeighbours += expected.isEmpty() ? 0 : 1;
            assertThat(index.find(picture, id -> Optional.ofNullable(photos.get(id)))).isEqualTo(expected);
        }
        assertThat(withNeighbours).isGreaterThan(100);
        for (int q = 0; q < 100; q++) {
            long[][] p = Fingerprints.near(parts.get(random.nextInt(parts.size())), random.nextInt(14), 0, random);
            PictureHash picture = Fingerprints.of(p[0], p[1]);
            List<Long> duplicates = bruteForce(photos, picture).stream()
                    .filter(n -> n.similarity() instanceof Similarity.Duplicate).map(NearDuplicateIndex.Neighbour::id).toList();
            assertThat(index.candidates(picture, NearDuplicateRule.DUPLICATE_MAX)).extracting(HammingMatch::id)
                    .containsAll(duplicates).allSatisfy(id -> assertThat(photos.get(id).distance(picture)).isLessThanOrEqualTo(16));
        }
    }

    @Test
    void aRemovedPhotoIsNoLongerFound() {
        SplittableRandom random = new SplittableRandom(12);
        long[][] p = Fingerprints.random(random);
        PictureHash hash = Fingerprints.of(p[0], p[1]);
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.put(42, hash);
        index.put(42, hash);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.candidates(hash)).containsExactly(new HammingMatch(42, 0));
        assertThat(index.remove(42)).isTrue();
        assertThat(index.remove(42)).isFalse();
        assertThat(index.candidates(hash)).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void aCandidateWithoutAFingerprintIsLeftOut() {
        SplittableRandom random = new SplittableRandom(13);
        long[][] p = Fingerprints.random(random);
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.put(1, Fingerprints.of(p[0], p[1]));
        assertThat(index.find(Fingerprints.of(p[0], p[1]), id -> Optional.empty())).isEmpty();
    }
}
