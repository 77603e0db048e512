package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.article.ArticleReader;
import org.photodesk.core.event.EventDecision;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.event.StoredArticle;

/** What every {@link EventStore} must do: a subclass supplies a fresh, empty one. */
public abstract class EventStoreContract {

    private static final Instant T = Instant.parse("2024-08-12T08:00:00Z");

    protected EventStore store;

    /** A new, empty event store. */
    protected abstract EventStore newStore();

    @BeforeEach
    void open() {
        store = newStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static StoredArticle article(String file, String sha, int part) {
        String text = "date 2024-08-11\nA written test article about a marathon in Zurich number " + part + ".\n";
        var read = new ArticleReader().read(file + "#" + part, text).getFirst();
        return new StoredArticle(0, file, sha, part, read, null, T);
    }

    @Test
    void articlesAreStoredInImportOrderAndFoundBySourceAndBytes() {
        StoredArticle a = store.add(article("a.txt", "sha-a", 0));
        StoredArticle b = store.add(article("b.txt", "sha-b", 0));

        assertThat(a.id()).isPositive();
        assertThat(store.articles()).extracting(StoredArticle::fileName).containsExactly("a.txt", "b.txt");
        assertThat(store.findBySha256("sha-b")).extracting(StoredArticle::id).containsExactly(b.id());
        assertThat(store.findBySourceId(a.sourceId())).map(StoredArticle::id).contains(a.id());
        store.setGallery(a.id(), 42);
        assertThat(store.findBySourceId(a.sourceId()).orElseThrow().galleryId()).isEqualTo(42L);
    }

    @Test
    void decisionsComeBackOldestFirst() {
        var rename = new EventDecision.Rename("a.txt", "Zurich marathon");
        var merge = new EventDecision.Merge("a.txt", "photo:3");
        var split = new EventDecision.Split(List.of("photo:3"), "Other");
        store.decide(rename, T);
        store.decide(merge, T.plusSeconds(1));
        store.decide(split, T.plusSeconds(2));
        assertThat(store.decisions()).containsExactly(rename, merge, split);
    }

    @Test
    void aRosterNameIsReplacedWithItsAliasesAndListedByEvent() {
        store.put(new RosterName("Closing ceremony", "Angèle", List.of("Angele")));
        store.put(new RosterName("Closing ceremony", "Angèle", List.of("Angel", "Angele")));
        store.put(new RosterName("Final", "Simone Biles", List.of()));

        assertThat(store.roster()).hasSize(2);
        assertThat(store.roster("closing CEREMONY")).singleElement()
                .satisfies(r -> assertThat(r.aliases()).containsExactly("Angel", "Angele"));
    }

    // ---- kept events ----

    private static org.photodesk.core.event.EventMember member(String id, String group) {
        return new org.photodesk.core.event.EventMember(id, group, T, "sig of " + id, "d", 0);
    }

    @Test
    void membershipRowsAreWrittenFromTheVersionReadAndStampedWithTheNext() {
        var start = store.eventState();
        assertThat(start.photosSeen()).isZero();
        assertThat(store.members(0)).isEmpty();

        boolean saved = store.saveMembers(new org.photodesk.core.event.MembershipChange(start.version(),
                List.of(member("photo:1", "g1"), member("a.txt#0", "g1")), 7, 0));

        var after = store.eventState();
        assertThat(saved).isTrue();
        assertThat(after.version()).isEqualTo(start.version() + 1);
        assertThat(after.photosSeen()).isEqualTo(7);
        assertThat(store.members(0)).extracting(org.photodesk.core.event.EventMember::memberId)
                .containsExactly("a.txt#0", "photo:1");
        assertThat(store.members(0)).allSatisfy(m -> {
            assertThat(m.changed()).isEqualTo(after.version());
            assertThat(m.group()).isEqualTo("g1");
            assertThat(m.addedAt()).isEqualTo(T);
            assertThat(m.digest()).isEqualTo("d");
        });
        assertThat(store.members(0).getFirst().signature()).isEqualTo("sig of a.txt#0");
    }

    @Test
    void aWriterThatReadAnOlderVersionWritesNothing() {
        var start = store.eventState();
        assertThat(store.saveMembers(new org.photodesk.core.event.MembershipChange(start.version(),
                List.of(member("photo:1", "g1")), 1, 0))).isTrue();

        boolean stale = store.saveMembers(new org.photodesk.core.event.MembershipChange(start.version(),
                List.of(member("photo:1", "other")), 2, 0));

        assertThat(stale).isFalse();
        assertThat(store.eventState().photosSeen()).isEqualTo(1);
        assertThat(store.members(0)).extracting(org.photodesk.core.event.EventMember::group).containsExactly("g1");
    }

    @Test
    void onlyRowsWrittenAfterAVersionComeBackAndAMemberIsReplaced() {
        long v0 = store.eventState().version();
        store.saveMembers(new org.photodesk.core.event.MembershipChange(v0,
                List.of(member("photo:1", "g1"), member("photo:2", "g2")), 2, 0));
        long v1 = store.eventState().version();
        store.saveMembers(new org.photodesk.core.event.MembershipChange(v1, List.of(member("photo:2", "g1")), 2, 0));

        assertThat(store.members(v1)).extracting(org.photodesk.core.event.EventMember::memberId)
                .containsExactly("photo:2");
        assertThat(store.members(0)).extracting(org.photodesk.core.event.EventMember::group)
                .containsExactly("g1", "g1");
    }

    @Test
    void articlesAndDecisionsMoveTheVersionAndArticlesCountAsPendingUntilTakenIn() {
        long v0 = store.eventState().version();
        store.add(article("a.txt", "sha-a", 0));
        var afterArticle = store.eventState();
        assertThat(afterArticle.version()).isGreaterThan(v0);
        assertThat(afterArticle.articlesPending()).isTrue();

        store.decide(new EventDecision.Rename("a.txt#0", "Marathon"), T);
        assertThat(store.eventState().version()).isGreaterThan(afterArticle.version());

        store.saveMembers(new org.photodesk.core.event.MembershipChange(store.eventState().version(),
                List.of(member("a.txt#0", "g")), 0, 1));
        assertThat(store.eventState().articlesPending()).isFalse();
    }

    @Test
    void aCacheKeepsTheLastTextWithItsVersion() {
        assertThat(store.cached("summaries")).isEmpty();
        store.cache("summaries", 3, "one");
        store.cache("summaries", 4, "two\tlines\n");

        assertThat(store.cached("summaries")).contains(new org.photodesk.core.event.EventCache(4, "two\tlines\n"));
        assertThat(store.cached("other")).isEmpty();
    }
}
