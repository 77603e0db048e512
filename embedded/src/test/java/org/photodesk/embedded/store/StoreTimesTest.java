package org.photodesk.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StoreTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-06-03T12:00:00Z", "2024-06-03T12:00:00.123Z", "2024-06-03T12:00:00.123456Z",
            "2026-11-21T10:30:51.839065767Z", "2024-02-29T23:59:59.000000001Z", "1970-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2024-06-03T12:00:00.1Z",
            "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2024-06-03T24:00:00Z", "2024-06-03T12:00:00.Z"})
    void readsWhatInstantParseReads(String text) {
        assertThat(StoreTimes.instant(text)).isEqualTo(Instant.parse(text));
    }

    @Test
    void readsEveryInstantAsWrittenByToString() {
        var random = new SplittableRandom(20241121);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_800L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertThat(StoreTimes.instant(instant.toString())).as(instant.toString()).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30T12:00:00Z", "2024-13-03T12:00:00Z", "2024-06-03T12:00:60Z",
            "2024-06-03T12:60:00Z", "2024-06-03 12:00:00Z", "2024-06-03T12:00:00",
            "2024-06-03T12:00:00.1234567890Z", "2024-06-0xT12:00:00Z", "yesterday", ""})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoreTimes.instant(text)).isInstanceOf(DateTimeParseException.class);
    }
}
