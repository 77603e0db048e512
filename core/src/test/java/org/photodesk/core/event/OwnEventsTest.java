package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.photodesk.core.event.FigureComparison.Relation;
import org.photodesk.core.event.FigureComparison.Verdict;

/**
 * Three events written for these tests (text, HTML and RSS sources), with disagreeing figures, misspellings and a
 * different person with a similar name in each, so that nothing is tuned to the seeds.
 */
class OwnEventsTest {

    @Nested
    class CupFinal {
        private final List<org.photodesk.core.article.Article> articles = TestArticles.load(TestArticles.CUP_FINAL);
        private final EventSheet sheet = new EventSheets().sheetOf(new Event("cup", "Cup final", articles, List.of()));

        @Test
        void whenAndWhere() {
            assertThat(sheet.dates()).extracting(DateFact::date).containsExactly(LocalDate.of(2025, 5, 24));
            assertThat(List.of(sheet.venue().name(), sheet.city().name(), sheet.country().name()))
                    .containsExactly("Estadio do Mar", "Lisbon", "Portugal");
        }

        @Test
        void misspelledStrikerMergesButTheCoachWithASimilarNameStaysApart() {
            PersonEntry striker = sheet.findPerson("Marco Rossi").orElseThrow();
            assertThat(striker.spellings()).containsExactly("Marco Rossi", "Marco Rosi");
            assertThat(striker.roles()).containsExactly(Role.ATHLETE);
            assertThat(striker.roleEvidence()).extracting(RoleFact::cue).contains("Striker", "captain", "scored");
            PersonEntry coach = sheet.findPerson("Mario Rossi").orElseThrow();
            assertThat(coach.spellings()).containsExactly("Mario Rossi");
            assertThat(coach.roles()).containsExactly(Role.COACH);
            assertThat(coach.sources()).containsExactly("cup_final_wire.txt", "urn:porto-daily:mariners-final");
            assertThat(coach.photos()).extracting(PhotoRef::agency, PhotoRef::photographer)
                    .containsExactly(tuple("AFP", "Rita Lopes"));
        }

        @Test
        void accentedSpellingWinsAndTheRefereeIsAnOfficial() {
            assertThat(sheet.findPerson("Joao Silva").orElseThrow().name()).isEqualTo("João Silva");
            assertThat(sheet.findPerson("João Silva").orElseThrow().roles()).containsExactly(Role.ATHLETE);
            assertThat(sheet.findPerson("Paulo Matos").orElseThrow().roles()).containsExactly(Role.OFFICIAL);
        }

        @Test
        void crowdFiguresDisagreeAndOneExceedsTheCapacity() {
            assertThat(sheet.figures()).extracting(Figure::id, Figure::text, Figure::quantity, Figure::qualifier)
                    .containsExactly(
                            tuple("f1", "48,000 fans", new BigDecimal("48000"), null),
                            tuple("f2", "More than 50,000 spectators", new BigDecimal("50000"), "more than"),
                            tuple("f3", "50,000-seat ground", new BigDecimal("50000"), null),
                            tuple("f4", "About 49,000 spectators", new BigDecimal("49000"), "about"));
            assertThat(sheet.comparisons()).extracting(FigureComparison::first, FigureComparison::second,
                    FigureComparison::relation, FigureComparison::verdict).containsExactly(
                    tuple("f1", "f2", Relation.SIMILAR, Verdict.DIFFER),
                    tuple("f1", "f3", Relation.BOUND, Verdict.NOT_COMPARABLE),
                    tuple("f1", "f4", Relation.SIMILAR, Verdict.AGREE),
                    tuple("f2", "f3", Relation.BOUND, Verdict.DIFFER),
                    tuple("f2", "f4", Relation.SAME, Verdict.AGREE),
                    tuple("f3", "f4", Relation.BOUND, Verdict.NOT_COMPARABLE));
        }

        @Test
        void photographersOfThreeAgencies() {
            assertThat(sheet.photographers()).extracting(Photographer::agency, Photographer::name, Photographer::photos)
                    .containsExactly(tuple("AFP", "Rita Lopes", 1), tuple("AP", "Ana Brito", 2),
                            tuple("Reuters", "Pedro Nunes", 1));
        }

        @Test
        void everyItemPointsToItsSentence() {
            SourceAssert.allPointToSources(sheet, articles);
        }
    }

    @Nested
    class Concert {
        private final List<org.photodesk.core.article.Article> articles = TestArticles.load(TestArticles.CONCERT);
        private final EventSheet sheet = new EventSheets().sheetOf(new Event("gig", "Concert", articles, List.of()));

        @Test
        void whenAndWhere() {
            assertThat(sheet.dates()).extracting(DateFact::date).containsExactly(LocalDate.of(2025, 5, 23));
            assertThat(List.of(sheet.venue().name(), sheet.city().name(), sheet.country().name()))
                    .containsExactly("Hallenstadion", "Zurich", "Switzerland");
        }

        @Test
        void singerMergesHerTypoButNotHerSister() {
            PersonEntry singer = sheet.findPerson("Nadja Lenz").orElseThrow();
            assertThat(singer.name()).isEqualTo("Nadia Lenz");
            assertThat(singer.roles()).containsExactly(Role.PERFORMER);
            assertThat(singer.sources()).containsExactly("concert_gallery.txt", "concert_review.txt");
            PersonEntry sister = sheet.findPerson("Nina Lenz").orElseThrow();
            assertThat(sister.spellings()).containsExactly("Nina Lenz");
            assertThat(sister.roleEvidence()).extracting(RoleFact::cue).containsExactly("guitarist", "Guitarist");
        }

        @Test
        void supportBandIsAGroupWithBothSpellings() {
            PersonEntry band = sheet.findPerson("Glass Harbors").orElseThrow();
            assertThat(band.name()).isEqualTo("Glass Harbours");
            assertThat(band.kind()).isEqualTo(NameKind.GROUP);
            assertThat(sheet.referenceNames()).contains(
                    new NameEntry("Glass Harbours", List.of("Glass Harbors"), NameKind.GROUP),
                    new NameEntry("Nadia Lenz", List.of("Nadja Lenz"), NameKind.PERSON));
        }

        @Test
        void everyFigureDisagreesWithTheOtherReview() {
            assertThat(sheet.figures()).extracting(Figure::text).containsExactly("two-hour set", "13,000 fans",
                    "24 songs", "two encores", "22 songs", "about 15,000 concertgoers", "135-minute show",
                    "three encores");
            assertThat(sheet.comparisons()).extracting(FigureComparison::measure, FigureComparison::relation,
                    FigureComparison::verdict).containsExactly(
                    tuple("duration", Relation.SAME, Verdict.DIFFER),
                    tuple("audience", Relation.SIMILAR, Verdict.DIFFER),
                    tuple("songs", Relation.SAME, Verdict.DIFFER),
                    tuple("encores", Relation.SAME, Verdict.DIFFER));
        }

        @Test
        void everyItemPointsToItsSentence() {
            SourceAssert.allPointToSources(sheet, articles);
        }
    }

    @Nested
    class BookFair {
        private final List<org.photodesk.core.article.Article> articles = TestArticles.load(TestArticles.BOOK_FAIR);
        private final EventSheet sheet = new EventSheets().sheetOf(new Event("fair", "Fair", articles, List.of()));

        @Test
        void openingDayNotTheClosingDayMentionedInPassing() {
            assertThat(sheet.dates()).extracting(DateFact::date, DateFact::basis)
                    .containsExactly(tuple(LocalDate.of(2025, 5, 24), "text"));
            assertThat(sheet.venue().name()).isEqualTo("Parque Eduardo VII");
        }

        @Test
        void presenterWithANearlyIdenticalNameIsNotTheNovelist() {
            PersonEntry novelist = sheet.findPerson("Ana Sousa").orElseThrow();
            PersonEntry presenter = sheet.findPerson("Ana Souza").orElseThrow();
            assertThat(novelist).isNotEqualTo(presenter);
            assertThat(novelist.roles()).containsExactly(Role.AUTHOR);
            assertThat(novelist.spellings()).containsExactly("Ana Sousa");
            assertThat(presenter.roles()).containsExactly(Role.PRESENTER);
            assertThat(sheet.findPerson("Carla Mendes").orElseThrow().roles()).containsExactly(Role.OFFICIAL);
        }

        @Test
        void hedgedFiguresAgree() {
            assertThat(sheet.comparisons()).extracting(FigureComparison::measure, FigureComparison::verdict)
                    .containsExactly(tuple("stall", Verdict.AGREE), tuple("audience", Verdict.AGREE));
        }

        @Test
        void everyItemPointsToItsSentence() {
            SourceAssert.allPointToSources(sheet, articles);
        }
    }
}
