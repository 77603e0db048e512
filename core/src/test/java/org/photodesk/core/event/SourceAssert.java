package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.photodesk.core.article.Article;

/** Checks that every item of a sheet points to a real sentence of its sources: nothing invented. */
final class SourceAssert {

    private SourceAssert() {}

    static void allPointToSources(EventSheet sheet, List<Article> articles) {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        sheet.figures().forEach(f -> {
            pointsTo(f.source(), byId);
            assertThat(byId.get(f.source().sourceId()).text().substring(f.start(), f.start() + f.text().length()))
                    .isEqualTo(f.text());
            assertThat(f.source().sentence()).contains(f.text());
        });
        sheet.people().forEach(p -> {
            p.mentions().forEach(r -> pointsTo(r, byId));
            p.roleEvidence().forEach(r -> {
                pointsTo(r.evidence(), byId);
                assertThat(r.evidence().sentence()).contains(r.cue());
            });
        });
        sheet.highlights().forEach(h -> h.evidence().forEach(r -> pointsTo(r, byId)));
        sheet.dates().forEach(d -> d.evidence().forEach(r -> pointsTo(r, byId)));
        for (Place place : java.util.Arrays.asList(sheet.venue(), sheet.city(), sheet.country())) {
            if (place != null) {
                place.evidence().forEach(r -> pointsTo(r, byId));
            }
        }
    }

    static void pointsTo(SourceRef ref, Map<String, Article> byId) {
        Article a = byId.get(ref.sourceId());
        assertThat(a).as("source %s", ref.sourceId()).isNotNull();
        String text = ref.paragraph() < 0 ? a.title() : a.text();
        assertThat(text.substring(ref.start(), ref.end())).isEqualTo(ref.sentence());
    }
}
