package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.photodesk.core.testing.SettableClock;

class LoginLimiterTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2024-08-11T20:00:00Z"));
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

    @Test
    void guessesSpreadOverManyAddressesLockTheNameEverywhereElse() {
        for (int i = 1; i <= 19; i++) {
            assertThat(limiter.failed("10.0.1." + i, "editor")).isEqualTo(LoginLimiter.Hold.NONE);
        }
        assertThat(limiter.blocked("10.0.9.9", "editor")).isFalse();

        assertThat(limiter.failed("10.0.1.20", "Editor")).as("the twentieth, from a twentieth address")
                .isEqualTo(LoginLimiter.Hold.USER);

        assertThat(limiter.hold("10.0.9.9", "editor")).isEqualTo(LoginLimiter.Hold.USER);
        assertThat(limiter.hold("10.0.9.9", "viewer")).as("other names").isEqualTo(LoginLimiter.Hold.NONE);
        assertThat(limiter.lockedUntil("editor")).contains(Instant.parse("2024-08-11T20:15:00Z"));
    }

    @Test
    void theLockEndsAfterItsWindowHoweverLongTheGuessingGoesOn() {
        lockEditorFromManyAddresses();
        for (int minute = 1; minute < 15; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(limiter.blocked("10.0.7." + minute, "editor")).as("still locked at minute " + minute).isTrue();
        }

        clock.advance(Duration.ofMinutes(1));

        assertThat(limiter.blocked("192.168.5.5", "editor")).as("the right password from an address that has not failed")
                .isFalse();
        assertThat(limiter.lockedUntil("editor")).isEmpty();
    }

    @Test
    void failuresDuringTheLockDoNotMakeItLonger() {
        limiter.succeeded("10.0.0.7", "editor");
        lockEditorFromManyAddresses();
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            limiter.failed("10.0.0.7", "editor");
        }

        clock.advance(Duration.ofMinutes(5));

        assertThat(limiter.blocked("192.168.5.5", "editor")).isFalse();
    }

    @Test
    void theLockSparesAddressesTheUserLoggedInFromBefore() {
        limiter.succeeded("10.0.0.7", "editor");
        lockEditorFromManyAddresses();

        assertThat(limiter.hold("10.0.0.7", "editor")).as("the colleague at their usual desk")
                .isEqualTo(LoginLimiter.Hold.NONE);
        assertThat(limiter.hold("10.0.0.8", "editor")).isEqualTo(LoginLimiter.Hold.USER);
        for (int i = 0; i < 5; i++) {
            limiter.failed("10.0.0.7", "editor");
        }
        assertThat(limiter.hold("10.0.0.7", "editor")).as("the per-address limits still hold there")
                .isEqualTo(LoginLimiter.Hold.PAIR);
    }

    @Test
    void anAddressIsRememberedForThirtyDays() {
        limiter.succeeded("10.0.0.7", "editor");
        clock.advance(Duration.ofDays(31));
        lockEditorFromManyAddresses();

        assertThat(limiter.hold("10.0.0.7", "editor")).isEqualTo(LoginLimiter.Hold.USER);
    }

    /** Twenty wrong passwords for 'editor', four from each of five addresses (under the per-address limits). */
    private void lockEditorFromManyAddresses() {
        for (int a = 1; a <= 5; a++) {
            for (int i = 0; i < 4; i++) {
                limiter.failed("203.0.113." + a, "editor");
            }
        }
        assertThat(limiter.hold("198.51.100.1", "editor")).isEqualTo(LoginLimiter.Hold.USER);
    }
}
