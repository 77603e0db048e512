package org.photodesk.embedded.event;

import org.photodesk.core.event.RosterName;
import org.photodesk.core.event.EventDecision;
import org.photodesk.core.event.ArticleImporter;
import org.photodesk.core.event.EventBook;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.embedded.gallery.SqliteGalleryRepository;
import org.photodesk.core.publish.TestJpegs;
import org.photodesk.core.event.Event;
import org.photodesk.core.event.NameEntry;
import org.photodesk.core.event.NameKind;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.photo.Photo;

/** Events built from the seed articles and a real ingested photo; decisions and roster names persisted in SQLite. */
class EventBookIT {

    private static final String EVENT = "ev-000-37131db28e5b8f27-txt";
    private static final String EVENT_NAME = "Ceremonies - Paris 2024 Closing Ceremony";

    @TempDir
    Path data;

    @TempDir
    Path tmp;

    private Library library;
    private SqliteGalleryRepository galleries;
    private SqliteEventStore store;

    @BeforeEach
    void open() throws IOException {
        library = org.photodesk.embedded.EmbeddedBackends.open(data);
        galleries = SqliteGalleryRepository.open(data.resolve("photodesk.db"));
        store = SqliteEventStore.open(data.resolve("photodesk.db"));
        var importer = new ArticleImporter(store, galleries, Clock.systemUTC());
        for (String seed : List.of(SeedFiles.REUTERS, SeedFiles.AP)) {
            importer.importFile(seed, Files.readAllBytes(SeedFiles.path(seed)));
        }
    }

    @AfterEach
    void close() {
        store.close();
        galleries.close();
        library.close();
    }

    private EventBook book() {
        return new EventBook(store, library.store(), Clock.systemUTC());
    }

    /** A photo of the ceremony whose caption misspells the actor's name. */
    private Photo cruisePhoto() throws IOException {
        byte[] jpeg = TestJpegs.jpeg(64, 48, Color.ORANGE, Color.BLUE);
        byte[] tagged = TestJpegs.withTags(jpeg, tmp,
                "-IPTC:Caption-Abstract=Actor Tom Cruse waves the Olympic flag at the Stade de France in Saint-Denis,"
                        + " France, on Sunday, Aug. 11, 2024.",
                "-IPTC:Headline=Cruise with the flag", "-IPTC:By-line=Jane Roe", "-IPTC:City=Saint-Denis",
                "-IPTC:Country-PrimaryLocationName=France", "-IPTC:DateCreated=2024:08:11");
        IngestOutcome outcome = library.ingestor().ingest("cruise.jpg", tagged);
        assertThat(outcome).isInstanceOf(IngestOutcome.Added.class);
        return ((IngestOutcome.Added) outcome).photo();
    }

    @Test
    void theEventsAreGroupedOnceUntilAPhotoAnArticleOrADecisionChanges() throws IOException {
        EventBook book = book();
        List<Event> first = book.events();
        assertThat(book.events()).as("nothing changed: the grouping is reused").isSameAs(first);

        Photo cruise = cruisePhoto();
        List<Event> withPhoto = book.events();
        assertThat(withPhoto).isNotSameAs(first);
        assertThat(withPhoto.stream().flatMap(e -> e.photos().stream()).map(Photo::id)).contains(cruise.id());

        book.rename(withPhoto.getFirst().id(), "Renamed ceremony");
        assertThat(book.events()).isNotSameAs(withPhoto);
        assertThat(book.events().getFirst().name()).isEqualTo("Renamed ceremony");
    }

    private static NameEntry entry(List<NameEntry> names, String name) {
        return names.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + names.stream().map(NameEntry::name).toList()));
    }

    @Test
    void aPhotoOfTheCeremonyJoinsTheSeedsEventWhoseIdStaysTheSame() throws IOException {
        Photo photo = cruisePhoto();

        List<Event> events = book().events();

        assertThat(events).hasSize(1);
        assertThat(events.getFirst().id()).isEqualTo(EVENT);
        assertThat(events.getFirst().memberIds()).containsExactly(SeedFiles.REUTERS, SeedFiles.AP,
                Event.memberId(photo));
    }

    @Test
    void referenceNamesAreTheSheetsPeopleAndPlacesWithTheRosterFirst() {
        store.put(new RosterName(EVENT_NAME, "Angèle", List.of("Angèle Van Laeken")));
        store.put(new RosterName(EVENT, "Thomas Jolly", List.of()));

        List<NameEntry> names = book().referenceNames(EVENT);

        assertThat(names.getFirst().name()).isEqualTo("Angèle");
        assertThat(names.getFirst().variants()).as("roster aliases are accepted, not variants").containsExactly("Angele");
        assertThat(book().roster(EVENT)).extracting(RosterName::name).containsExactly("Angèle", "Thomas Jolly");
        assertThat(book().roster(EVENT).getFirst().aliases()).containsExactly("Angèle Van Laeken");
        assertThat(names.getFirst().kind()).isEqualTo(NameKind.PERSON);
        assertThat(names.get(1).name()).isEqualTo("Thomas Jolly");
        assertThat(entry(names, "Tom Cruise").kind()).isEqualTo(NameKind.PERSON);
        assertThat(entry(names, "Phoenix").variants()).contains("Phonenix");
        assertThat(entry(names, "Stade de France").variants()).containsExactly("State de France");
        assertThat(entry(names, "Saint-Denis").kind()).isEqualTo(NameKind.PLACE);
        assertThat(names.stream().map(NameEntry::name).filter("Angèle"::equals)).hasSize(1);
    }

    @Test
    void aRosterAliasIsNeverReportedAsAVariant() {
        store.put(new RosterName(EVENT_NAME, "Phoenix", List.of("Phonenix")));

        assertThat(entry(book().referenceNames(EVENT), "Phoenix").variants()).doesNotContain("Phonenix");
    }

    @Test
    void aPhotosReferenceNamesComeFromTheOtherSourcesSoItsOwnMisspellingIsNotOne() throws IOException {
        Photo photo = cruisePhoto();

        List<NameEntry> forPhoto = book().referenceNamesFor(photo);
        List<NameEntry> forEvent = book().referenceNames(EVENT);

        assertThat(entry(forPhoto, "Tom Cruise").variants()).doesNotContain("Tom Cruse");
        assertThat(entry(forEvent, "Tom Cruise").variants()).contains("Tom Cruse");
        assertThat(entry(forPhoto, "Stade de France")).isNotNull();
    }

    @Test
    void splittingAPhotoOutIsKeptByANewBookAndMergingBringsItBack() throws IOException {
        Photo photo = cruisePhoto();
        String member = Event.memberId(photo);

        Event moved = book().split(EVENT, List.of(member), null);

        assertThat(moved.id()).isEqualTo("ev-photo-" + photo.id());
        assertThat(moved.name()).isEqualTo("Cruise with the flag");
        List<Event> rebuilt = book().events();
        assertThat(rebuilt).extracting(Event::id).containsExactly(EVENT, moved.id());
        assertThat(rebuilt.getFirst().memberIds()).doesNotContain(member);

        Event merged = book().merge(EVENT, moved.id());

        assertThat(merged.id()).isEqualTo(EVENT);
        assertThat(merged.name()).isEqualTo(EVENT_NAME);
        assertThat(book().events()).singleElement().satisfies(e -> assertThat(e.memberIds()).contains(member));
        assertThat(store.decisions()).hasSize(2).first().isInstanceOf(EventDecision.Split.class);
    }

    @Test
    void renamingKeepsTheIdAndOutlivesANewArticle() throws IOException {
        Event renamed = book().rename(EVENT, "Paris 2024 closing ceremony");
        new ArticleImporter(store, galleries, Clock.systemUTC()).importFile("late.txt", """
                date 2024-08-13 Looking back at the closing night. The Stade de France in Saint-Denis said goodbye to
                the Games on Sunday, August 11, 2024, and Tom Cruise carried the flag.
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        List<Event> events = book().events();

        assertThat(renamed.id()).isEqualTo(EVENT);
        assertThat(events).extracting(Event::id).contains(EVENT);
        assertThat(events.getFirst().id()).isEqualTo(EVENT);
        assertThat(events.getFirst().name()).isEqualTo("Paris 2024 closing ceremony");
        assertThat(events.stream().flatMap(e -> e.memberIds().stream())).contains("late.txt");
    }
}
