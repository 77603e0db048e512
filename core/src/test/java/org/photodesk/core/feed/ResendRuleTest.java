package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResendRuleTest {

    private static final String GUID = "urn:newsml:wire.example:20260314:PX-4471";

    private static FeedItem item(String version, String versionCreated) {
        return FeedItem.builder(FeedFormat.NEWSML_G2_NEWS_ITEM).id(new ItemId(GUID, version))
                .dates(new FeedDates(null, null, versionCreated == null ? null : Instant.parse(versionCreated)))
                .build();
    }

    private static Optional<KnownItem> held(String version) {
        return Optional.of(new KnownItem(new ItemId(GUID, version), null));
    }

    @Test
    void anItemNeverSeenIsNew() {
        assertThat(ResendRule.decide(Optional.empty(), item("1", null)))
                .isEqualTo(new Resend.New(new ItemId(GUID, "1")));
    }

    @Test
    void aHigherVersionIsNewerAndKeepsItsSignals() {
        FeedItem v2 = Fixtures.only("newsml/package.xml");
        Optional<KnownItem> held = Optional.of(new KnownItem(new ItemId(v2.id().guid(), "3"), null));
        Resend r = ResendRule.decide(held, v2);
        assertThat(r).isInstanceOf(Resend.NewerVersion.class);
        assertThat(((Resend.NewerVersion) r).signals()).extracting(Signal::kind).containsExactly(Signal.Kind.UPDATE);
    }

    @Test
    void theSameOrAnOlderVersionNeverOverwritesNewer() {
        assertThat(ResendRule.decide(held("2"), item("2", null))).isInstanceOf(Resend.SameOrOlder.class);
        assertThat(ResendRule.decide(held("10"), item("9", null))).isInstanceOf(Resend.SameOrOlder.class);
        assertThat(ResendRule.decide(held("9"), item("10", null))).isInstanceOf(Resend.NewerVersion.class);
    }

    @Test
    void aCorrectionIsSaidWithTheAgencysWords() {
        FeedItem v2 = Fixtures.only("newsml/picture-v2-correction.xml");
        assertThat(ResendRule.decide(held("1"), v2)).isEqualTo(new Resend.Correction(new ItemId(GUID, "1"),
                new ItemId(GUID, "2"), "CORRECTS NAME OF STATION TO OSTBAHNHOF", v2.signals()));
        assertThat(ResendRule.decide(held("2"), v2)).isInstanceOf(Resend.SameOrOlder.class);
    }

    @Test
    void aKillWithdrawsTheHeldItemWithItsReason() {
        FeedItem kill = Fixtures.only("newsml/picture-v3-kill.xml");
        Resend r = ResendRule.decide(held("2"), kill);
        assertThat(r).isInstanceOf(Resend.Kill.class);
        assertThat(((Resend.Kill) r).stored()).isEqualTo(new ItemId(GUID, "2"));
        assertThat(((Resend.Kill) r).reason()).startsWith("MANDATORY KILL.");
    }

    @Test
    void aKillBeforeTheItemIsStillAKillAndAStaleKillChangesNothing() {
        FeedItem kill = Fixtures.only("newsml/picture-v3-kill.xml");
        assertThat(ResendRule.decide(Optional.empty(), kill)).isInstanceOf(Resend.Kill.class)
                .extracting(r -> ((Resend.Kill) r).stored()).isNull();
        assertThat(ResendRule.decide(held("4"), kill)).isInstanceOf(Resend.SameOrOlder.class);
    }

    @Test
    void textVersionsOrderByVersionCreated() {
        Optional<KnownItem> held = Optional.of(new KnownItem(new ItemId(GUID, "a"),
                Instant.parse("2026-05-02T10:00:00Z")));
        assertThat(ResendRule.decide(held, item("b", "2026-05-02T11:00:00Z"))).isInstanceOf(Resend.NewerVersion.class);
        assertThat(ResendRule.decide(held, item("b", "2026-05-02T09:00:00Z"))).isInstanceOf(Resend.SameOrOlder.class);
        assertThat(ResendRule.decide(held, item("a", null))).isInstanceOf(Resend.SameOrOlder.class);
        assertThat(ResendRule.decide(held, item("b", null))).as("unordered: the re-send is taken as newer")
                .isInstanceOf(Resend.NewerVersion.class);
    }

    @Test
    void anotherGuidIsNewEvenWithTheSameJobId() {
        FeedItem other = FeedItem.builder(FeedFormat.NINJS_3).id(new ItemId("urn:other", "1")).build();
        assertThat(ResendRule.decide(held("1"), other)).isEqualTo(new Resend.New(new ItemId("urn:other", "1")));
    }

    @Test
    void anItemWithoutIdIsAlwaysNew() {
        assertThat(ResendRule.decide(held("1"), FeedItem.builder(FeedFormat.NINJS_3).build()))
                .isEqualTo(new Resend.New(null));
    }
}
