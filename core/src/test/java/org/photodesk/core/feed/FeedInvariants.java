package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds for every item any reader returns, whatever the input. */
final class FeedInvariants {

    private FeedInvariants() {}

    static void check(FeedItem item) {
        assertThat(item.pubStatus()).isNotNull();
        assertThat(item.located()).isNotNull();
        assertThat(item.dates()).isNotNull();
        assertThat(item.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(item.bylines()).allSatisfy(b -> assertThat(b).isNotBlank());
        if (item.headline() != null) {
            assertThat(item.headline()).isEqualTo(item.headline().strip()).isNotEmpty();
        }
        if (item.isKill()) {
            assertThat(item.findSignal(Signal.Kind.KILL).isPresent() || item.pubStatus() == PubStatus.CANCELED)
                    .isTrue();
        }
    }
}
