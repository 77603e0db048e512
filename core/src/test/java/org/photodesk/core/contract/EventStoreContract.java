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
}
