package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.photodesk.core.article.Article;

class EventTest {

    private final List<Article> cup = TestArticles.load(TestArticles.CUP_FINAL);
    private final List<Article> fair = TestArticles.load(TestArticles.BOOK_FAIR);

    @Test
    void renameKeepsIdAndMembers() {
        Event e = new Event("e1", "Old", cup, List.of());
        Event renamed = e.renamed("Atlantic Cup final");
        assertThat(renamed.id()).isEqualTo("e1");
        assertThat(renamed.name()).isEqualTo("Atlantic Cup final");
        assertThat(renamed.memberIds()).isEqualTo(e.memberIds());
        assertThat(e.name()).isEqualTo("Old");
    }

    @Test
    void mergeUnitesMembersOnceAndKeepsTheFirstIdentity() {
        Event a = new Event("a", "Cup", cup, List.of());
        Event b = new Event("b", "Fair", fair, List.of());
        Event merged = a.mergedWith(b).mergedWith(b);
        assertThat(merged.id()).isEqualTo("a");
        assertThat(merged.memberIds()).containsExactlyInAnyOrderElementsOf(
                List.of("cup_final_wire.txt", "cup_final_review.html", "urn:porto-daily:mariners-final",
                        "book_fair_city.txt", "book_fair_culture.html"));
    }

    @Test
    void splitMovesTheNamedMembersAndUndoesAMerge() {
        Event merged = new Event("a", "Cup", cup, List.of()).mergedWith(new Event("b", "Fair", fair, List.of()));
        Event.Split split = merged.split(Set.of("book_fair_city.txt", "book_fair_culture.html", "nope"), "Book fair");
        assertThat(split.kept().memberIds()).isEqualTo(new Event("a", "Cup", cup, List.of()).memberIds());
        assertThat(split.moved().id()).isEqualTo("a/book-fair");
        assertThat(split.moved().name()).isEqualTo("Book fair");
        assertThat(split.moved().memberIds()).containsExactly("book_fair_city.txt", "book_fair_culture.html");
        assertThat(merged.memberIds()).hasSize(5);
    }
}
