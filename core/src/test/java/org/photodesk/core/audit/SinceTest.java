package org.photodesk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SinceTest {

    private static final Instant NOW = Instant.parse("2024-08-11T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "90m, 2024-08-11T10:30:00Z",
            "1h, 2024-08-11T11:00:00Z",
            "' 2d ', 2024-08-09T12:00:00Z",
            "1w, 2024-08-04T12:00:00Z",
            "30s, 2024-08-11T11:59:30Z",
            "PT1H30M, 2024-08-11T10:30:00Z",
            "2024-08-10, 2024-08-10T00:00:00Z",
            "2024-08-10T08:15:00Z, 2024-08-10T08:15:00Z",
            "2024-08-10T08:15:00.250Z, 2024-08-10T08:15:00.250Z",
            "2024-08-10T10:15:00+02:00, 2024-08-10T08:15:00Z",
            "2024-08-10T08:15, 2024-08-10T08:15:00Z"})
    void readsInstantsDaysAndTimesAgo(String text, String expected) {
        assertThat(Since.parse(text, NOW)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "yesterday", "1y", "2024-13-01", "-1h", "PT", "99999999999h"})
    void saysWhatItUnderstandsWhenItDoesNot(String text) {
        assertThatThrownBy(() -> Since.parse(text, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("such as 90m, 1h, 2d, 1w");
    }
}
