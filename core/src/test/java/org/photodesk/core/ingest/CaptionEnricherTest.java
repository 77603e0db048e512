package org.photodesk.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.caption.CreditCleaner;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

class CaptionEnricherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-12T08:00:00Z"), ZoneOffset.UTC);

    private final CaptionEnricher enricher = new CaptionEnricher(new CreditCleaner(null), CLOCK,
            () -> new NameBook().addRoster("Léon Marchand", List.of()));

    @Test
    void cleansTheCreditAndBylineAndNamesTheAgency() {
        var m = PhotoMetadata.builder().byline(List.of("MARTIN MEISSNER/AP")).credit("Associated Press")
                .caption("Fans wave flags in Saint-Denis, France, Sunday, Aug. 11, 2024. (AP Photo/Martin Meissner)")
                .build();

        var enriched = enricher.enrich(m);

        assertThat(enriched.agency()).isEqualTo("AP");
        assertThat(enriched.metadata().byline()).containsExactly("Martin Meissner");
        assertThat(enriched.metadata().credit()).isEqualTo("AP");
        assertThat(enriched.metadata().caption()).isEqualTo(m.caption());
    }

    @Test
    void findsAWrongWeekdayAndANameSpeltWithoutItsAccent() {
        var m = PhotoMetadata.builder().credit("AP").byline(List.of("Martin Meissner"))
                .caption("Leon Marchand waves in Paris, France, Saturday, Aug. 11, 2024. (AP Photo/Martin Meissner)")
                .build();

        List<String> codes = enricher.enrich(m).problems().stream().map(Problem::code).toList();

        assertThat(codes).anyMatch(c -> c.contains("weekday"));
        assertThat(enricher.enrich(m).problems()).anyMatch(p -> "Léon Marchand".equals(p.fix()));
    }

    @Test
    void aCleanCaptionHasNoProblems() {
        var m = PhotoMetadata.builder().credit("AP").byline(List.of("Martin Meissner"))
                .caption("Fans wave flags in Saint-Denis, France, Sunday, Aug. 11, 2024. (AP Photo/Martin Meissner)")
                .build();

        assertThat(enricher.enrich(m).problems()).isEmpty();
    }
}
