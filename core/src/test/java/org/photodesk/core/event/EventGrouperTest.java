package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.Seeds;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/** All sources together: the seeds, the three written events and a few photos fall into four events. */
class EventGrouperTest {

    private static Photo photo(long id, String event, String caption, String venue, String city, LocalDate date,
            List<String> people) {
        PhotoMetadata m = PhotoMetadata.builder().caption(caption).sublocation(venue).city(city).event(event)
                .dateCreated(date == null ? null : DateCreated.ofDate(date)).people(people)
                .byline(List.of("Ana Brito")).build();
        return new Photo(id, "sha" + id, "px" + id, id + ".jpg", "image/jpeg", 10, 10, m, null, "AP", null, null,
                null, null, 1, 0, null);
    }

    private final List<Photo> photos = List.of(
            photo(1, "Atlantic Cup final", "Marco Rossi heads the winning goal at the Estadio do Mar.",
                    "Estadio do Mar", "Lisbon", LocalDate.of(2025, 5, 24), List.of("Marco Rossi")),
            photo(2, "Atlantic Cup final", "Fans wait outside before kick-off.", null, null, LocalDate.of(2025, 5, 24),
                    List.of()),
            photo(3, "Lisbon Book Fair", "Visitors browse the stalls.", "Parque Eduardo VII", "Lisbon",
                    LocalDate.of(2025, 5, 24), List.of()));

    private List<Event> groupAll() {
        List<Article> articles = new ArrayList<>();
        articles.addAll(TestArticles.load(TestArticles.CUP_FINAL));
        articles.addAll(TestArticles.load(TestArticles.CONCERT));
        articles.addAll(TestArticles.load(TestArticles.BOOK_FAIR));
        articles.add(Seeds.article(Seeds.AP));
        articles.add(Seeds.article(Seeds.REUTERS));
        return new EventGrouper().group(articles.reversed(), photos.reversed());
    }

    @Test
    void sameCityAndDayIsNotEnoughButVenueNamesAndIptcEventAre() {
        List<Event> events = groupAll();
        assertThat(events).extracting(Event::name).containsExactly(
                "Ceremonies - Paris 2024 Closing Ceremony", "Nadia Lenz in concert", "Atlantic Cup final",
                "Lisbon Book Fair");
        assertThat(events).extracting(Event::memberIds).containsExactly(
                List.of(Seeds.REUTERS, Seeds.AP),
                List.of("concert_gallery.txt", "concert_review.txt"),
                List.of("cup_final_review.html", "cup_final_wire.txt", "urn:porto-daily:mariners-final", "photo:1",
                        "photo:2"),
                List.of("book_fair_city.txt", "book_fair_culture.html", "photo:3"));
        assertThat(events).extracting(Event::id).containsExactly(
                "2024-08-11-ceremonies-paris-2024-closing-ceremony", "2025-05-23-nadia-lenz-in-concert",
                "2025-05-24-atlantic-cup-final", "2025-05-24-lisbon-book-fair");
    }

    /**
     * A busy city's day, as agency captions put it (written here, modelled on the dateline-free form "at VENUE,
     * CITY, COUNTRY, DATE" and the "AGENCY/Name" credit): two matches at two grounds, shot by the same photographer.
     * The city, its country and the credit are in every caption, but neither the shared city nor the photographer
     * makes them one event.
     */
    @Test
    void aBusyCitysDayKeepsItsEventsApartThoughEveryCaptionNamesTheCityAndThePhotographer() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        Photo first = credited(11, "Tomas Berg of Northgate celebrates after scoring at Riverside Ground, Leeds, "
                + "Britain, March 1, 2025. AGENCY/Lena Holt", "Riverside Ground", day, "Tomas Berg");
        Photo second = credited(12, "Ravi Mensah of Eastfield heads clear at Hollow Lane, Leeds, Britain, March 1, "
                + "2025. AGENCY/Lena Holt", "Hollow Lane", day, "Ravi Mensah");
        Photo third = credited(13, "Tomas Berg of Northgate runs to the fans at Riverside Ground, Leeds, Britain, "
                + "March 1, 2025. AGENCY/Lena Holt", "Riverside Ground", day, "Tomas Berg");

        List<Photo> all = new ArrayList<>(List.of(first, second, third));
        for (int i = 0; i < 8; i++) {   // the rest of the library: Leeds and Britain are rare words in it
            all.add(photo(20 + i, null, "Visitors walk through the market.", null, "Town " + (char) ('A' + i),
                    day.plusDays(10 + 3L * i), List.of()));
        }

        List<Event> events = new EventGrouper().group(List.of(), all);

        assertThat(events).extracting(Event::memberIds).contains(List.of("photo:11", "photo:13"), List.of("photo:12"));
    }

    /**
     * Two venues of one name in two cities (every capital has its Olympic Stadium) on the same day: two events. And
     * Manchester is read as Manchester (the gazetteer also knows it as an old name of a part of Richmond, Virginia).
     */
    @Test
    void aVenueNameInTwoCitiesIsTwoVenuesAndACityKeepsItsOwnName() {
        LocalDate day = LocalDate.of(2025, 6, 14);
        Photo berlin = credited(31, "Runners start the final at Olympic Stadium, Berlin, Germany, June 14, 2025. "
                + "AGENCY/Lena Holt", "Olympic Stadium", "Berlin", day, "Mara Quist");
        Photo london = credited(32, "Fans wave flags at Olympic Stadium, London, Britain, June 14, 2025. "
                + "AGENCY/Omar Reyes", "Olympic Stadium", "London", day, "Ivo Brandt");
        Photo manchester = credited(33, "Ivo Brandt waves at Heaton Park, Manchester, Britain, June 14, 2025. "
                + "AGENCY/Omar Reyes", "Heaton Park", "Manchester", day, "Ivo Brandt");

        List<Event> events = new EventGrouper().group(List.of(), List.of(berlin, london, manchester));

        assertThat(events).extracting(Event::memberIds).doesNotContain(List.of("photo:31", "photo:32"));
        assertThat(EventGrouper.signatureOf(manchester).cities()).contains("manchester");
    }

    private static Photo credited(long id, String caption, String venue, LocalDate date, String person) {
        return credited(id, caption, venue, "Leeds", date, person);
    }

    private static Photo credited(long id, String caption, String venue, String city, LocalDate date,
            String person) {
        PhotoMetadata m = PhotoMetadata.builder().caption(caption).sublocation(venue).city(city)
                .country("United Kingdom").dateCreated(DateCreated.ofDate(date)).people(List.of(person))
                .byline(List.of("Lena Holt")).credit("AGENCY").build();
        return new Photo(id, "sha" + id, "px" + id, id + ".jpg", "image/jpeg", 10, 10, m, null, "AGENCY", null, null,
                null, null, 1, 0, null);
    }

    @Test
    void groupingIsDeterministic() {
        assertThat(groupAll()).isEqualTo(groupAll());
    }

    @Test
    void photosOfAnEventAddTheirPeopleAndPhotographer() {
        Event cup = groupAll().get(2);
        EventSheet sheet = new EventSheets().sheetOf(cup);
        PersonEntry rossi = sheet.findPerson("Marco Rossi").orElseThrow();
        assertThat(rossi.photos()).extracting(PhotoRef::photo).contains("photo:1");
        assertThat(rossi.sources()).contains("photo:1");
        assertThat(sheet.photographers()).extracting(Photographer::name, Photographer::photos)
                .contains(org.assertj.core.api.Assertions.tuple("Ana Brito", 4));
        assertThat(sheet.sources()).extracting(SourceSummary::kind).containsOnly("article", "photo");
    }

    @Test
    void nothingToGroupGivesNoEvents() {
        assertThat(new EventGrouper().group(List.of(), List.of())).isEmpty();
    }
}
