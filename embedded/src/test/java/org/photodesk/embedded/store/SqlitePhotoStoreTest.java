package org.photodesk.embedded.store;

import org.photodesk.core.testing.StoreFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.photodesk.core.testing.StoreFixtures.record;
import static org.photodesk.core.testing.StoreFixtures.resend;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.RawMetadata;

class SqlitePhotoStoreTest {

    private static final Instant T0 = Instant.parse("2024-06-03T12:00:00.123456Z");

    @TempDir
    Path dir;

    private Path databaseFile;
    private final TickingClock clock = new TickingClock();
    private SqlitePhotoStore store;
    private PhotoEditor editor;

    @BeforeEach
    void open() {
        databaseFile = dir.resolve("db").resolve("photodesk.sqlite");
        store = new SqlitePhotoStore(databaseFile, clock);
        editor = new PhotoEditor(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyStoreHasNoPhotosAndNoChanges() {
        assertThat(store.count()).isZero();
        assertThat(store.lastChange()).isZero();
        assertThat(store.changedSince(0)).isEmpty();
        assertThat(store.page(0, 10)).isEmpty();
        assertThat(store.findById(1)).isEmpty();
    }

    @Test
    void anAddedPhotoRoundTripsThroughEveryFinder() {
        PhotoRecord record = record("passau-1", "Residents wade through a flooded street.");

        Photo added = store.add(record);

        assertThat(added.id()).isPositive();
        assertThat(added.version()).isEqualTo(1);
        assertThat(added.ingestedAt()).isEqualTo(T0);
        Photo found = store.findById(added.id()).orElseThrow();
        assertThat(found).isEqualTo(added);
        assertThat(found.embedded()).isEqualTo(record.metadata());
        assertThat(found.metadata()).isEqualTo(record.metadata());
        assertThat(found.raw()).isEqualTo(record.raw());
        assertThat(found.problems()).isEqualTo(record.problems());
        assertThat(found.width()).isEqualTo(4000);
        assertThat(found.agency()).isEqualTo("EP");
        assertThat(store.findBySha256(record.sha256())).contains(added);
        assertThat(store.findByPixelHash(record.pixelHash())).contains(added);
        assertThat(store.findByTransmissionReference(record.metadata().transmissionReference())).contains(added);
        assertThat(store.findBySha256(StoreFixtures.sha256("other"))).isEmpty();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void addingTheSameBytesTwiceIsRefusedAndChangesNothing() {
        PhotoRecord record = record("passau-1", "Caption.");
        Photo first = store.add(record);
        long lastChange = store.lastChange();

        assertThatThrownBy(() -> store.add(record))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(record.sha256())
                .hasMessageContaining("photo " + first.id());
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.lastChange()).isEqualTo(lastChange);
    }

    @Test
    void replaceKeepsTheOldVersionInTheHistory() {
        PhotoRecord original = record("passau-1", "Residents wade through a street.");
        Photo added = store.add(original);
        PhotoRecord corrected = resend(original, "Residents wade through a flooded street in Passau.");

        Photo replaced = editor.resend(added.id(), corrected);

        assertThat(replaced.id()).isEqualTo(added.id());
        assertThat(replaced.version()).isEqualTo(2);
        assertThat(replaced.sha256()).isEqualTo(corrected.sha256());
        assertThat(replaced.embedded()).isEqualTo(corrected.metadata());
        assertThat(replaced.metadata()).isEqualTo(corrected.metadata());
        assertThat(replaced.ingestedAt()).isEqualTo(added.ingestedAt());
        assertThat(replaced.updatedAt()).isAfter(added.updatedAt());
        assertThat(replaced.problems()).isEmpty();
        List<PhotoVersion> history = store.history(added.id());
        assertThat(history).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.sha256()).isEqualTo(original.sha256());
            assertThat(v.embedded()).isEqualTo(original.metadata());
            assertThat(v.reason()).isEqualTo("resend");
            assertThat(v.replacedAt()).isEqualTo(replaced.updatedAt());
        });
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void findBySha256FindsThePhotoByAnOldVersionsBytes() {
        PhotoRecord original = record("passau-1", "First caption.");
        Photo added = store.add(original);
        editor.resend(added.id(), resend(original, "Second caption."));

        assertThat(store.findBySha256(original.sha256())).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(added.id());
            assertThat(p.version()).isEqualTo(2);
        });
        assertThatThrownBy(() -> store.add(original)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void replaceWithAnotherPhotosBytesIsRefused() {
        Photo first = store.add(record("a", "A."));
        PhotoRecord second = record("b", "B.");
        store.add(second);

        assertThatThrownBy(() -> editor.resend(first.id(), second))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(second.sha256());
        assertThat(store.findById(first.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(store.history(first.id())).isEmpty();
    }

    @Test
    void replaceOfAMissingPhotoSaysSo() {
        assertThatThrownBy(() -> editor.resend(99, record("a", "A.")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no photo with id 99");
        assertThat(store.lastChange()).isZero();
    }

    @Test
    void anEditChangesTheDeskMetadataButNotTheEmbedded() {
        PhotoRecord record = record("passau-1", "Residents wade through a street.");
        Photo added = store.add(record);

        Photo edited = editor.edit(added.id(), "caption", "Residents of Passau wade through a flooded street.", "maria");

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.metadata().caption()).isEqualTo("Residents of Passau wade through a flooded street.");
        assertThat(edited.metadata()).isEqualTo(record.metadata().toBuilder()
                .caption("Residents of Passau wade through a flooded street.").build());
        assertThat(edited.embedded()).isEqualTo(record.metadata());
        assertThat(store.findById(added.id())).contains(edited);
        assertThat(store.edits(added.id())).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("caption");
            assertThat(e.before()).isEqualTo("Residents wade through a street.");
            assertThat(e.after()).isEqualTo("Residents of Passau wade through a flooded street.");
            assertThat(e.user()).isEqualTo("maria");
            assertThat(e.at()).isEqualTo(edited.updatedAt());
        });
        assertThat(store.history(added.id())).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo("edit"));
        assertThat(store.changedSince(0)).containsExactly(added.id());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        Photo added = store.add(record("passau-1", "Same."));
        long lastChange = store.lastChange();

        Photo same = editor.edit(added.id(), "caption", "Same.", "maria");

        assertThat(same).isEqualTo(added);
        assertThat(store.edits(added.id())).isEmpty();
        assertThat(store.lastChange()).isEqualTo(lastChange);
    }

    @Test
    void invalidEditsAreRefusedWithAReason() {
        Photo added = store.add(record("passau-1", "Caption."));

        assertThatThrownBy(() -> editor.edit(added.id(), "captoin", "x", "maria"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("captoin");
        assertThatThrownBy(() -> editor.edit(added.id(), "dateCreated", "last Monday", "maria"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last Monday");
        assertThatThrownBy(() -> editor.edit(added.id(), "city", "Linz", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
        assertThatThrownBy(() -> editor.edit(12345, "city", "Linz", "maria"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12345");
        assertThat(store.edits(added.id())).isEmpty();
        assertThat(store.findById(added.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aResendKeepsTheLatestEditOfEachField() {
        PhotoRecord original = record("passau-1", "Residents wade through a street.");
        Photo added = store.add(original);
        editor.edit(added.id(), "caption", "First edit.", "maria");
        editor.edit(added.id(), "city", "Deggendorf", "tom");
        editor.edit(added.id(), "caption", "Second edit.", "maria");
        editor.edit(added.id(), "keywords", "flood, Danube", "tom");
        PhotoRecord corrected = resend(original, "Agency's corrected caption.");
        corrected = new PhotoRecord(corrected.sha256(), corrected.pixelHash(), corrected.fileName(),
                corrected.image(), corrected.sizeBytes(),
                corrected.metadata().toBuilder().headline("Agency's new headline").build(),
                corrected.agency(), corrected.raw(), corrected.problems());

        Photo replaced = editor.resend(added.id(), corrected);

        assertThat(replaced.version()).isEqualTo(6);
        assertThat(replaced.embedded()).isEqualTo(corrected.metadata());
        assertThat(replaced.metadata()).isEqualTo(corrected.metadata().toBuilder()
                .caption("Second edit.").city("Deggendorf").keywords(List.of("flood", "Danube")).build());
        assertThat(store.history(added.id())).extracting(PhotoVersion::reason)
                .containsExactly("edit", "edit", "edit", "edit", "resend");
        assertThat(store.history(added.id())).extracting(PhotoVersion::version).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void changedSinceListsEachChangedPhotoOnceInTheOrderOfItsLatestChange() {
        Photo a = store.add(record("a", "A."));
        Photo b = store.add(record("b", "B."));
        long afterAdds = store.lastChange();
        Photo c = store.add(record("c", "C."));
        editor.edit(a.id(), "city", "Linz", "maria");
        editor.edit(a.id(), "city", "Wels", "maria");

        assertThat(afterAdds).isEqualTo(2);
        assertThat(store.lastChange()).isEqualTo(5);
        assertThat(store.changedSince(0)).containsExactly(b.id(), c.id(), a.id());
        assertThat(store.changedSince(afterAdds)).containsExactly(c.id(), a.id());
        assertThat(store.changedSince(store.lastChange())).isEmpty();
    }

    @Test
    void pageWalksPhotosInIdOrder() {
        List<Photo> added = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            added.add(store.add(record("p" + i, "Caption " + i + ".")));
        }

        List<Photo> first = store.page(0, 3);
        List<Photo> second = store.page(first.getLast().id(), 3);
        List<Photo> third = store.page(second.getLast().id(), 3);

        assertThat(first).containsExactlyElementsOf(added.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(added.subList(3, 6));
        assertThat(third).containsExactly(added.get(6));
        assertThat(store.page(added.getLast().id(), 3)).isEmpty();
    }

    @Test
    void aFailingTransactionStoresNothing() {
        PhotoRecord a = record("a", "A.");
        List<PhotoRecord> batch = List.of(a, record("b", "B."), a);

        assertThatThrownBy(() -> store.addAll(batch)).isInstanceOf(IllegalStateException.class);

        assertThat(store.count()).isZero();
        assertThat(store.lastChange()).isZero();
        assertThat(store.addAll(batch.subList(0, 2))).hasSize(2);
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void inTransactionMakesAFindThenAddAtomic() {
        PhotoRecord record = record("a", "A.");

        Photo stored = store.inTransaction(() -> store.findBySha256(record.sha256()).orElseGet(() -> store.add(record)));
        Photo again = store.inTransaction(() -> store.findBySha256(record.sha256()).orElseGet(() -> store.add(record)));

        assertThat(again).isEqualTo(stored);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void virtualThreadsCanAddConcurrently() throws Exception {
        int threads = 8;
        int perThread = 40;
        List<Future<List<Long>>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(executor.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        PhotoRecord record = record("t" + thread + "-" + i, "Caption.");
                        ids.add(store.add(record).id());
                        assertThat(store.findBySha256(record.sha256())).isPresent();
                    }
                    return ids;
                }));
            }
        }
        var ids = new HashSet<Long>();
        for (Future<List<Long>> future : futures) {
            ids.addAll(future.get());
        }

        assertThat(ids).hasSize(threads * perThread);
        assertThat(store.count()).isEqualTo(threads * perThread);
        assertThat(store.lastChange()).isEqualTo(threads * perThread);
        assertThat(store.changedSince(0)).hasSize(threads * perThread);
    }

    @Test
    void reopeningMigratesNothingAndKeepsTheData() throws SQLException {
        Photo added = store.add(record("a", "A."));
        store.close();

        store = new SqlitePhotoStore(databaseFile, clock);

        editor = new PhotoEditor(store, clock);
        var result = Flyway.configure().dataSource("jdbc:sqlite:" + databaseFile, null, null).load().migrate();

        assertThat(result.migrationsExecuted).isZero();
        assertThat(store.findById(added.id())).contains(added);
        assertThat(store.lastChange()).isEqualTo(1);
        assertThat(queryString("SELECT count(*) FROM flyway_schema_history WHERE success = 0")).isEqualTo("0");
        assertThat(queryString("SELECT min(version) FROM flyway_schema_history")).isEqualTo("1");
    }

    @Test
    void theDatabaseIsInWalModeWithTheSchema() throws SQLException {
        assertThat(queryString("PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(queryString("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                + "WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'flyway%' ORDER BY name)")
                .split(",")).contains("change_log", "photo", "photo_edit", "photo_sha", "photo_version");
    }

    @Test
    void ratingAndLabelsAreTheDesksOwnFieldsWithHistory() {
        Photo added = store.add(record("r", "Rated."));

        Photo rated = editor.edit(added.id(), "rating", "4", "editor");
        Photo labelled = editor.edit(added.id(), "labels", "front page, select, front page", "editor");

        assertThat(rated.rating()).isEqualTo(4);
        assertThat(labelled.labels()).containsExactly("front page", "select");
        assertThat(labelled.metadata()).isEqualTo(added.metadata());
        assertThat(store.edits(added.id())).extracting(PhotoEdit::field, PhotoEdit::before, PhotoEdit::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rating", "0", "4"),
                        org.assertj.core.groups.Tuple.tuple("labels", "", "front page, select"));
        assertThat(store.lastChange()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editor.edit(added.id(), "rating", "6", "editor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 5");
    }

    @Test
    void aRatingChangedWithinTheSameInstantIsNotHiddenByTheCache() {
        var still = java.time.Clock.fixed(java.time.Instant.parse("2024-08-11T20:00:00Z"), java.time.ZoneOffset.UTC);
        store.close();
        store = new SqlitePhotoStore(databaseFile, still);
        editor = new PhotoEditor(store, still);
        Photo added = store.add(record("s", "Starred."));
        assertThat(store.findListed(List.of(added.id()))).extracting(Photo::rating).containsExactly(0);

        editor.edit(added.id(), "rating", "5", "editor");
        editor.edit(added.id(), "labels", "select", "editor");

        assertThat(store.findListed(List.of(added.id()))).singleElement()
                .satisfies(p -> assertThat(p.rating()).isEqualTo(5))
                .satisfies(p -> assertThat(p.labels()).containsExactly("select"));
        assertThat(store.findById(added.id()).orElseThrow().rating()).isEqualTo(5);
    }

    private String queryString(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A clock that moves one second forward each time it is read, so that every change has its own time. */
    private static final class TickingClock extends Clock {
        private Instant now = T0.minusSeconds(1);

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the test clock is in UTC");
        }
    }

    @Test
    void findByIdsReadsEveryPhotoAskedForInThatOrder() {
        Photo a = store.add(record("a", "First."));
        Photo b = store.add(record("b", "Second."));
        Photo c = store.add(record("c", "Third."));
        Photo edited = editor.edit(b.id(), "caption", "Second, edited.", "maria");
        store.close();
        store = new SqlitePhotoStore(databaseFile, clock);
        editor = new PhotoEditor(store, clock);

        List<Long> asked = List.of(c.id(), 999L, a.id(), b.id(), a.id());
        List<Photo> expected = List.of(store.findById(c.id()).orElseThrow(), a, edited, a);

        assertThat(store.findByIds(asked)).containsExactlyElementsOf(expected);
        assertThat(store.findByIds(asked)).as("again, from the parsed photos").containsExactlyElementsOf(expected);
        assertThat(store.findByIds(List.of())).isEmpty();
        assertThat(a.raw().iim()).as("the fixture has raw tags").isNotEmpty();
        assertThat(store.findByIds(List.of(a.id())).getFirst().raw()).isEqualTo(a.raw());
    }

    @Test
    void findListedIsFindByIdsWithoutTheRawTags() {
        Photo a = store.add(record("a", "First."));
        Photo b = store.add(record("b", "Second."));
        store.close();
        store = new SqlitePhotoStore(databaseFile, clock);
        editor = new PhotoEditor(store, clock);

        List<Photo> listed = store.findListed(List.of(b.id(), 999L, a.id()));

        assertThat(listed).containsExactly(withoutRaw(b), withoutRaw(a));
        assertThat(store.findListed(List.of(b.id(), a.id()))).as("again, from the listed photos")
                .containsExactly(withoutRaw(b), withoutRaw(a));
        assertThat(store.findById(a.id())).as("a full read still has the tags").contains(a);
        assertThat(store.findListed(List.of(a.id()))).as("a full photo parsed recently will do").containsExactly(a);
    }

    @Test
    void findListedSeesEveryChangeAtOnce() {
        Photo a = store.add(record("a", "First."));
        assertThat(store.findListed(List.of(a.id()))).singleElement()
                .satisfies(p -> assertThat(p.metadata().caption()).isEqualTo("First."));

        Photo edited = editor.edit(a.id(), "caption", "First, edited.", "maria");
        assertThat(store.findListed(List.of(a.id()))).containsExactly(edited);
        Photo rated = editor.edit(a.id(), "rating", "4", "maria");
        assertThat(store.findListed(List.of(a.id()))).containsExactly(rated);
        assertThat(store.findByIds(List.of(a.id()))).containsExactly(rated);

        Photo resent = editor.resend(a.id(), resend(record("a", "First."), "First, re-sent."));
        assertThat(store.findListed(List.of(a.id()))).containsExactly(resent);
        assertThat(store.findByIds(List.of(a.id()))).containsExactly(resent);
    }

    @Test
    void editedFieldsListsTheFieldsEditorsChangedPerPhoto() {
        Photo a = store.add(record("a", "First."));
        Photo b = store.add(record("b", "Second."));
        Photo c = store.add(record("c", "Third."));
        editor.edit(a.id(), "caption", "First, edited.", "maria");
        editor.edit(a.id(), "caption", "First, edited twice.", "maria");
        editor.edit(a.id(), "city", "Regensburg", "maria");
        editor.edit(c.id(), "rating", "3", "maria");

        assertThat(store.editedFields(List.of(a.id(), b.id(), c.id(), 999L)))
                .containsOnly(Map.entry(a.id(), Set.of("caption", "city")), Map.entry(c.id(), Set.of("rating")));
        assertThat(store.editedFields(List.of())).isEmpty();
    }

    private static Photo withoutRaw(Photo p) {
        return new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), RawMetadata.EMPTY, p.problems(), p.ingestedAt(), p.updatedAt(),
                p.version(), p.rating(), p.labels());
    }
}
