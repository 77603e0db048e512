package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-08-11T20:00:00Z"), ZoneOffset.UTC);
    private final LoginLimiter limiter = new LoginLimiter(5, Duration.ofMinutes(1), clock);

    @Test
    void fiveFailuresForOneNameFromOneAddressBlockThatPairOnly() {
        for (int i = 0; i < 5; i++) {
            limiter.failed("10.0.0.7", "Editor");
        }

        assertThat(limiter.blocked("10.0.0.7", "editor")).isTrue();
        assertThat(limiter.blocked("10.0.0.7", "viewer")).as("a colleague behind the same address").isFalse();
        assertThat(limiter.blocked("10.0.0.8", "editor")).as("the same name from elsewhere").isFalse();
    }

    @Test
    void manyNamesFromOneAddressBlockTheAddress() {
        for (int i = 0; i < 20; i++) {
            limiter.failed("10.0.0.9", "guess" + i);
        }

        assertThat(limiter.blocked("10.0.0.9", "admin")).isTrue();
        assertThat(limiter.blocked("10.0.0.10", "admin")).isFalse();
    }

    @Test
    void aSuccessForgetsThePairsFailures() {
        for (int i = 0; i < 4; i++) {
            limiter.failed("10.0.0.7", "editor");
        }
        limiter.succeeded("10.0.0.7", "editor");
        limiter.failed("10.0.0.7", "editor");

        assertThat(limiter.blocked("10.0.0.7", "editor")).isFalse();
    }
}
