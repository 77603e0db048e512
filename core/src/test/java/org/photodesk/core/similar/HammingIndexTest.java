package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HammingIndexTest {

    /** Random hashes plus near copies of some of them, so that every radius has answers to find. */
    private static Map<Long, Long> library(SplittableRandom random, int size) {
        Map<Long, Long> hashes = new HashMap<>();
        List<Long> seeds = new ArrayList<>();
        for (long id = 0; id < size; id++) {
            long hash;
            if (!seeds.isEmpty() && random.nextInt(3) == 0) {
                hash = flip(seeds.get(random.nextInt(seeds.size())), random.nextInt(20), random);
            } else {
                hash = random.nextLong();
                seeds.add(hash);
            }
            hashes.put(id * 7919 - 500_000, hash);
        }
        return hashes;
    }

    private static long flip(long hash, int bits, SplittableRandom random) {
        for (int i = 0; i < bits; i++) {
            hash ^= 1L << random.nextInt(64);
        }
        return hash;
    }

    private static List<HammingMatch> bruteForce(Map<Long, Long> hashes, long query, int radius) {
        List<HammingMatch> found = new ArrayList<>();
        hashes.forEach((id, hash) -> {
            int d = Long.bitCount(hash ^ query);
            if (d <= radius) {
                found.add(new HammingMatch(id, d));
            }
        });
        found.sort(HammingMatch.NEAREST_FIRST);
        return found;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4, 7, 8, 10, 12, 15, 20, 26, 33, 64})
    void answersExactlyWhatBruteForceFinds(int radius) {
        SplittableRandom random = new SplittableRandom(radius);
        Map<Long, Long> hashes = library(random, 20_000);
        HammingIndex index = new HammingIndex();
        hashes.forEach(index::put);
        List<Long> values = new ArrayList<>(hashes.values());
        for (int q = 0; q < 200; q++) {
            long query = q % 2 == 0 ? flip(values.get(random.nextInt(values.size())), random.nextInt(12), random)
                    : random.nextLong();
            assertThat(index.query(query, radius)).isEqualTo(bruteForce(hashes, query, radius));
        }
    }

    @Test
    void removalsAndReplacementsAreAnsweredLikeBruteForce() {
        SplittableRandom random = new SplittableRandom(42);
        Map<Long, Long> hashes = library(random, 5_000);
        HammingIndex index = new HammingIndex();
        hashes.forEach(index::put);
        List<Long> ids = new ArrayList<>(hashes.keySet());
        for (int step = 0; step < 3_000; step++) {
            long id = ids.get(random.nextInt(ids.size()));
            switch (random.nextInt(3)) {
                case 0 -> assertThat(index.remove(id)).isEqualTo(hashes.remove(id) != null);
                case 1 -> {
                    long hash = random.nextLong();
                    hashes.put(id, hash);
                    index.put(id, hash);
                }
                default -> {
                    long hash = flip(hashes.getOrDefault(id, 0L), 3, random);
                    hashes.put(id, hash);
                    index.put(id, hash);
                }
            }
        }
        assertThat(index.size()).isEqualTo(hashes.size());
        List<Long> values = new ArrayList<>(hashes.values());
        for (int q = 0; q < 300; q++) {
            long query = flip(values.get(random.nextInt(values.size())), random.nextInt(10), random);
            int radius = random.nextInt(16);
            assertThat(index.query(query, radius)).isEqualTo(bruteForce(hashes, query, radius));
        }
    }

    @Test
    void manyEqualHashesInOneBucketAreAllFoundAndRemoved() {
        HammingIndex index = new HammingIndex();
        for (long id = 0; id < 1_000; id++) {
            index.put(id, 0L);
        }
        index.put(5_000, -1L);
        assertThat(index.query(0L, 0)).hasSize(1_000);
        for (long id = 0; id < 1_000; id += 2) {
            assertThat(index.remove(id)).isTrue();
        }
        assertThat(index.remove(0)).isFalse();
        assertThat(index.query(1L, 1)).hasSize(500).allSatisfy(m -> assertThat(m.id() % 2).isEqualTo(1));
        assertThat(index.query(-1L, 0)).containsExactly(new HammingMatch(5_000, 0));
        assertThat(index.query(0L, 64)).hasSize(501);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 6, 11, 16, 22})
    void severalHashesPerIdAnswerWithTheNearestOrTheOneAsked(int radius) {
        SplittableRandom random = new SplittableRandom(100 + radius);
        Map<Long, long[]> hashes = new HashMap<>();
        HammingIndex index = new HammingIndex(3);
        List<Long> seeds = new ArrayList<>();
        for (long id = 0; id < 8_000; id++) {
            long base = seeds.isEmpty() || random.nextInt(2) == 0 ? random.nextLong() : flip(seeds.get(random.nextInt(seeds.size())), random.nextInt(20), random);
            seeds.add(base);
            long[] three = {base, flip(base, random.nextInt(16), random), random.nextLong()};
            hashes.put(id, three);
            index.put(id, three);
        }
        for (long id = 0; id < 8_000; id += 5) {
            index.remove(id);
            hashes.remove(id);
        }
        for (int q = 0; q < 150; q++) {
            long query = flip(seeds.get(random.nextInt(seeds.size())), random.nextInt(12), random);
            for (int position = -1; position < 3; position++) {
                List<HammingMatch> expected = new ArrayList<>();
                for (Map.Entry<Long, long[]> e : hashes.entrySet()) {
                    int best = 65;
                    for (int j = 0; j < 3; j++) {
                        if (position < 0 || position == j) {
                            best = Math.min(best, Long.bitCount(e.getValue()[j] ^ query));
                        }
                    }
                    if (best <= radius) {
                        expected.add(new HammingMatch(e.getKey(), best));
                    }
                }
                expected.sort(HammingMatch.NEAREST_FIRST);
                assertThat(index.query(query, radius, position)).as("position %d", position).isEqualTo(expected);
            }
        }
    }

    @Test
    void refusesTheWrongNumberOfHashes() {
        assertThatThrownBy(() -> new HammingIndex(3).put(1, 2L)).hasMessageContaining("1 hashes given for id 1, this index holds 3");
        assertThatThrownBy(() -> new HammingIndex(3).query(0L, 4, 3)).hasMessageContaining("position 3 is outside 0 to 2");
        assertThatThrownBy(() -> new HammingIndex(0)).hasMessageContaining("0 hashes per id");
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(new HammingIndex().query(123L, 10)).isEmpty();
        assertThat(new HammingIndex().remove(1)).isFalse();
    }

    @Test
    void refusesARadiusOutsideTheHash() {
        assertThatThrownBy(() -> new HammingIndex().query(0L, 65)).hasMessageContaining("radius 65");
        assertThatThrownBy(() -> new HammingIndex().query(0L, -1)).hasMessageContaining("radius -1");
    }
}
