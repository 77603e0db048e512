package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SubstringKeysTest {

    @Test
    void termsAreTheFourSubstringsInHex() {
        assertThat(SubstringKeys.of(0x0123_4567_89ab_cdefL)).containsExactly("0:0123", "1:4567", "2:89ab", "3:cdef");
    }

    @Test
    void everyHashWithinTheRadiusSharesATermWithTheQuery() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            long query = random.nextLong();
            int radius = random.nextInt(20);
            long near = query;
            int bits = random.nextInt(radius + 1);
            Set<Integer> flipped = new HashSet<>();
            while (flipped.size() < bits) {
                flipped.add(random.nextInt(64));
            }
            for (int b : flipped) {
                near ^= 1L << b;
            }
            Set<String> searched = new HashSet<>(SubstringKeys.within(query, radius));
            assertThat(SubstringKeys.of(near)).as("radius %d, %d bits apart", radius, bits).anyMatch(searched::contains);
        }
    }

    @Test
    void queryTermCountsGrowWithTheRadiusAsDocumented() {
        assertThat(List.of(0, 3, 7, 11, 15).stream().map(r -> SubstringKeys.within(0L, r).size()).toList())
                .containsExactly(1, 4, 68, 548, 2_788);
    }
}
