package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.Seeds;
import org.photodesk.core.event.FigureComparison.Relation;
import org.photodesk.core.event.FigureComparison.Verdict;

/** The two seed galleries (Reuters and AP) of the Paris 2024 closing ceremony make one event and one sheet. */
class SeedEventTest {

    private static List<Article> articles;
    private static Event event;
    private static EventSheet sheet;

    @BeforeAll
    static void build() {
        articles = List.of(Seeds.article(Seeds.REUTERS), Seeds.article(Seeds.AP));
        List<Event> events = new EventGrouper().group(articles, List.of());
        assertThat(events).hasSize(1);
        event = events.getFirst();
        sheet = new EventSheets().sheetOf(event);
    }

    @Test
    void bothSeedsAreOneEventOnTheDayOfTheCeremony() {
        assertThat(event.memberIds()).containsExactly(Seeds.REUTERS, Seeds.AP);
        assertThat(event.name()).isEqualTo("Ceremonies - Paris 2024 Closing Ceremony");
        assertThat(event.id()).isEqualTo("2024-08-11-ceremonies-paris-2024-closing-ceremony");
        assertThat(sheet.dates()).extracting(DateFact::date, DateFact::basis)
                .containsExactly(tuple(LocalDate.of(2024, 8, 11), "text"));
        assertThat(sheet.dates().getFirst().evidence()).extracting(SourceRef::sourceId).contains(Seeds.REUTERS, Seeds.AP);
    }

    @Test
    void placeIsStadeDeFranceSaintDenisFranceWithTheTypoAsVariant() {
        assertThat(sheet.venue().name()).isEqualTo("Stade de France");
        assertThat(sheet.venue().variants()).containsExactly("State de France");
        assertThat(sheet.city().name()).isEqualTo("Saint-Denis");
        assertThat(sheet.country().name()).isEqualTo("France");
        assertThat(sheet.venue().evidence()).extracting(SourceRef::sourceId).contains(Seeds.REUTERS, Seeds.AP);
    }

    @Test
    void figuresAreReadWithTheirQualifiersAndSources() {
        assertThat(sheet.figures()).extracting(Figure::quantity, Figure::unit, Figure::qualifier, Figure::text,
                f -> f.source().sourceId()).containsExactly(
                tuple(new BigDecimal("77000"), "capacity", null, "77,000-capacity stadium", Seeds.REUTERS),
                tuple(new BigDecimal("2"), "hour", "just over", "just over two hours", Seeds.REUTERS),
                tuple(new BigDecimal("100"), "performer", "over", "over 100 performers", Seeds.REUTERS),
                tuple(new BigDecimal("70000"), "spectator", "over", "Over 70,000 spectators", Seeds.AP),
                tuple(new BigDecimal("8000"), "athlete", "more than", "more than 8,000 athletes", Seeds.AP),
                tuple(new BigDecimal("206"), "delegation", null, "206 delegations", Seeds.AP),
                tuple(new BigDecimal("270"), "artist", null, "270 artists", Seeds.AP));
        assertThat(sheet.figures().getFirst().bound()).isTrue();
    }

    @Test
    void similarFiguresAreComparedNotMerged() {
        assertThat(sheet.comparisons()).extracting(FigureComparison::measure, FigureComparison::first,
                FigureComparison::second, FigureComparison::relation, FigureComparison::verdict).containsExactly(
                tuple("audience", "f1", "f4", Relation.BOUND, Verdict.NOT_COMPARABLE),
                tuple("performers", "f3", "f7", Relation.SIMILAR, Verdict.DIFFER));
        assertThat(sheet.comparisons().getLast().note()).contains("over 100 performers", "270 artists", "differ");
    }

    @Test
    void performersAreFoundWithTheirSpellingsMerged() {
        List<String> performers = List.of("Phoenix", "Air", "Angèle", "Alain Roche", "Yseult", "Billie Eilish",
                "H.E.R.", "Red Hot Chili Peppers", "Snoop Dogg", "Dr. Dre");
        for (String name : performers) {
            assertThat(sheet.findPerson(name)).as(name).get()
                    .satisfies(p -> assertThat(p.name()).isEqualTo(name))
                    .satisfies(p -> assertThat(p.roles()).contains(Role.PERFORMER));
        }
        assertThat(sheet.findPerson("Phonenix").orElseThrow().name()).isEqualTo("Phoenix");
        assertThat(sheet.findPerson("AIR").orElseThrow().name()).isEqualTo("Air");
        assertThat(sheet.findPerson("Angele").orElseThrow().name()).isEqualTo("Angèle");
        assertThat(sheet.findPerson("Alaine Roche").orElseThrow().name()).isEqualTo("Alain Roche");
        assertThat(sheet.findPerson("Phoenix").orElseThrow())
                .satisfies(p -> assertThat(p.kind()).isEqualTo(NameKind.GROUP))
                .satisfies(p -> assertThat(p.sources()).containsExactly(Seeds.REUTERS, Seeds.AP))
                .satisfies(p -> assertThat(p.photos()).extracting(PhotoRef::photographer).containsExactly("Kin Cheung"));
        assertThat(sheet.findPerson("Alain Roche").orElseThrow().roleEvidence()).extracting(RoleFact::cue)
                .contains("pianist", "Artist", "performed");
        assertThat(sheet.findPerson("Red Hot Chili Peppers").orElseThrow().kind()).isEqualTo(NameKind.GROUP);
        assertThat(sheet.findPerson("Angèle").orElseThrow().kind()).isEqualTo(NameKind.PERSON);
    }

    @Test
    void tomCruiseIsTheActorOfTheStuntAndTheFlag() {
        PersonEntry cruise = sheet.findPerson("Tom Cruise").orElseThrow();
        assertThat(cruise.roles()).containsExactly(Role.ACTOR);
        assertThat(cruise.roleEvidence()).extracting(RoleFact::cue).containsExactly("Actor");
        assertThat(cruise.sources()).containsExactly(Seeds.REUTERS, Seeds.AP);
        assertThat(cruise.moments()).containsExactly("stunt", "flag");
        assertThat(cruise.photos()).extracting(PhotoRef::agency, PhotoRef::photographer).containsExactly(
                tuple("Reuters", "Phil Noble"), tuple("AP", "Matthias Schrader"), tuple("AP", "Natacha Pisarenko"),
                tuple("AP", "Martin Meissner"));
        Highlight stunt = sheet.highlights().stream().filter(h -> h.moment().equals("stunt")).findFirst().orElseThrow();
        assertThat(stunt.people()).containsExactly("Tom Cruise");
        assertThat(stunt.sources()).containsExactly(Seeds.REUTERS, Seeds.AP);
    }

    @Test
    void officialsAndAthletesHaveTheirRoles() {
        assertThat(sheet.findPerson("Tony Estanguet").orElseThrow().roles()).containsExactly(Role.OFFICIAL);
        assertThat(sheet.findPerson("Emmanuel Macron").orElseThrow().roles()).containsExactly(Role.OFFICIAL);
        assertThat(sheet.findPerson("Thomas Bach").orElseThrow().roles()).containsExactly(Role.OFFICIAL);
        assertThat(sheet.findPerson("Thomas Jolly").orElseThrow().roles()).containsExactly(Role.ORGANISER);
        assertThat(sheet.findPerson("Leon Marchand").orElseThrow().roles()).containsExactly(Role.ATHLETE);
        assertThat(sheet.people()).extracting(PersonEntry::name).doesNotContain("Mission Impossible", "Stade de France",
                "Phil Noble", "Martin Meissner");
    }

    @Test
    void photographersOfBothOutletsAreListed() {
        assertThat(sheet.photographers()).extracting(Photographer::agency, Photographer::name).containsExactly(
                tuple("AP", "Ashley Landis"), tuple("AP", "David Goldman"), tuple("AP", "Dita Alangkara"),
                tuple("AP", "Kin Cheung"), tuple("AP", "Martin Meissner"), tuple("AP", "Matthias Schrader"),
                tuple("AP", "Natacha Pisarenko"), tuple("AP", "Petr David Josek"), tuple("AP", "Rebecca Blackwell"),
                tuple("AP", "Vadim Ghirda"), tuple("Reuters", "Phil Noble"));
        assertThat(sheet.photographers()).filteredOn(p -> p.agency().equals("AP")).extracting(Photographer::photos)
                .containsExactly(3, 2, 3, 2, 2, 1, 4, 2, 3, 2);
    }

    @Test
    void referenceNamesFeedTheCaptionChecks() {
        assertThat(sheet.referenceNames()).contains(
                new NameEntry("Phoenix", List.of("Phonenix"), NameKind.GROUP),
                new NameEntry("Angèle", List.of("Angele"), NameKind.PERSON),
                new NameEntry("Alain Roche", List.of("Alaine Roche"), NameKind.PERSON),
                new NameEntry("Stade de France", List.of("State de France"), NameKind.PLACE));
    }

    @Test
    void everyItemPointsToItsSentence() {
        SourceAssert.allPointToSources(sheet, articles);
    }

    @Test
    void sheetIsDeterministicAndSerialisable() throws Exception {
        Event reversed = new Event(event.id(), event.name(), articles.reversed(), List.of());
        assertThat(new EventSheets().sheetOf(reversed)).isEqualTo(sheet);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String text = json.writeValueAsString(sheet);
        assertThat(json.readValue(text, EventSheet.class)).isEqualTo(sheet);
        assertThat(text).contains("\"date\":\"2024-08-11\"").doesNotContain("referenceNames");
    }
}
