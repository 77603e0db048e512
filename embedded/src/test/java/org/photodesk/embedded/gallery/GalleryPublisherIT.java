package org.photodesk.embedded.gallery;

import org.photodesk.core.publish.TestJpegs;
import org.photodesk.core.publish.BlobRenditionSource;
import org.photodesk.core.publish.PublishOutcome;
import org.photodesk.core.publish.JpegImages;
import org.photodesk.core.publish.GalleryPublisher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.ImportedCaption;
import org.photodesk.core.gallery.TestGalleries;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.w3c.dom.NodeList;

class GalleryPublisherIT {

    private static final Instant NOW = Instant.parse("2024-08-11T20:00:00Z");
    private static final String BASE = "https://news.example/galleries/";

    @TempDir
    Path data;

    private final Map<Long, Photo> photos = new HashMap<>();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private SqliteGalleryRepository repo;
    private GalleryPublisher publisher;

    @BeforeEach
    void setUp() throws IOException {
        repo = SqliteGalleryRepository.openMigrated(data.resolve("photodesk.db"));
        byte[] first = withC2paStore(TestJpegs.withTags(TestJpegs.jpeg(2000, 1333, Color.ORANGE, Color.BLUE), data,
                "-IPTC:Keywords=marathon", "-IPTC:City=Zürich", "-IPTC:Caption-Abstract=Agency caption to replace",
                "-EXIF:GPSLatitude=47.3769", "-EXIF:GPSLatitudeRef=N", "-EXIF:GPSLongitude=8.5417",
                "-EXIF:GPSLongitudeRef=E", "-EXIF:SerialNumber=CAM-0042-SECRET", "-EXIF:LensSerialNumber=LENS-77",
                "-EXIF:OwnerName=Private Owner", "-EXIF:ImageDescription=Agency caption to replace",
                "-EXIF:Make=Canon", "-IPTC:SpecialInstructions=EMBARGOED UNTIL 0001 GMT AUG 11, 2024. CALL THE DESK",
                "-XMP-photoshop:Instructions=EMBARGOED UNTIL 0001 GMT AUG 11, 2024. CALL THE DESK"));
        add(21, first, 2000, 1333, PhotoMetadata.builder()
                .caption("Angèle Roux of France wins the Zürich marathon in Zürich, Switzerland.")
                .byline(List.of("Jonas Keller")).credit("AP").copyright("© 2024 AP").city("Zürich")
                .country("Switzerland").countryCode("CHE").keywords(List.of("marathon"))
                .people(List.of("Angèle Roux")).locationsShown(List.of("Lake Zürich"))
                .dateCreated(org.photodesk.core.photo.DateCreated.ofDate(LocalDate.of(2024, 8, 11)))
                .digitalSourceType("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture")
                .instructions("EMBARGOED UNTIL 0001 GMT AUG 11, 2024. CALL THE DESK").build(), "AP");
        add(22, TestJpegs.jpeg(800, 600, Color.GREEN, Color.WHITE), 800, 600, PhotoMetadata.builder()
                .caption("Runners pass the lake in Zürich.").byline(List.of("Mara Lindqvist")).credit("Reuters")
                .build(), "Reuters");
        add(23, TestJpegs.jpeg(600, 900, Color.RED, Color.BLACK), 600, 900, PhotoMetadata.builder()
                .caption("A volunteer hands out water.").byline(List.of("Élodie Brun")).credit("AFP").build(), "AFP");
        publisher = new GalleryPublisher(new FolderSite(data.resolve("published")), new org.photodesk.embedded.lock.FileLocks(data.resolve("locks")), repo, id -> Optional.ofNullable(photos.get(id)),
                new BlobRenditionSource(blobs), CreditLineFormatter.DEFAULT, CaptionChecker.NONE,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        repo.close();
    }

    private void add(long id, byte[] jpeg, int w, int h, PhotoMetadata m, String agency) {
        String sha = org.photodesk.core.photo.Sha256.hex(jpeg);
        photos.put(id, TestGalleries.photo(id, sha, w, h, m, agency));
        blobs.put(sha, jpeg);
    }

    private Gallery createGallery() {
        Gallery g = Gallery.draft("zurich-marathon", "Zürich Marathon", "Angèle Roux wins in Zürich.",
                "Zürich Marathon 2024", LocalDate.of(2024, 8, 11), NOW.minusSeconds(3600))
                .addPhoto(21).addPhoto(22).addPhoto(23);
        g = g.move(g.findItemByPhoto(23).orElseThrow().id(), 1);
        g = g.overrideCaption(g.findItemByPhoto(22).orElseThrow().id(),
                "Läufer passieren den See in Zürich, Angèle Roux führt.");
        return repo.create(g);
    }

    private static JsonNode exif(Path file, String... extra) throws IOException {
        var args = new ArrayList<>(List.of("-json", "-G1", "-a", "-charset", "iptc=UTF8"));
        args.addAll(List.of(extra));
        args.add(file.toString());
        return new ObjectMapper().readTree(TestJpegs.exiftool(args)).get(0);
    }

    @Test
    void anOriginalThatNoLongerMatchesItsHashIsRefusedAndNothingIsPublished() throws Exception {
        createGallery();
        blobs.damage(photos.get(21L).sha256());

        assertThatThrownBy(() -> publisher.publish("zurich-marathon", BASE, true))
                .isInstanceOf(IOException.class).hasMessageContaining("damaged").hasMessageContaining("photo 21")
                .hasMessageContaining("re-ingest");

        assertThat(data.resolve("published").resolve("zurich-marathon")).doesNotExist();
        assertThat(repo.findBySlug("zurich-marathon").orElseThrow().publishedAt()).isNull();
    }

    @Test
    void publishesImagesThatCarryTheGalleryCaptionAndCreditInIptcAndXmp() throws Exception {
        createGallery();
        var outcome = publisher.publish("zurich-marathon", BASE, false);
        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        Path live = Path.of(((PublishOutcome.Published) outcome).location());
        assertThat(live).isEqualTo(data.resolve("published/zurich-marathon"));
        assertThat(live.resolve("index.html")).exists();
        assertThat(live.resolve("gallery.json")).exists();
        assertThat(live.resolve("feed.xml")).exists();

        Map<Long, String[]> expected = Map.of(
                21L, new String[] {"Angèle Roux of France wins the Zürich marathon in Zürich, Switzerland.",
                        "Jonas Keller/AP"},
                22L, new String[] {"Läufer passieren den See in Zürich, Angèle Roux führt.",
                        "Mara Lindqvist/Reuters"},
                23L, new String[] {"A volunteer hands out water.", "Élodie Brun/AFP"});
        for (var e : expected.entrySet()) {
            for (String name : List.of("thumbnail", "preview", "original")) {
                Path file = live.resolve("images/" + e.getKey() + "-" + name + ".jpg");
                JsonNode tags = exif(file);
                String where = file.getFileName().toString();
                assertThat(tags.path("IPTC:Caption-Abstract").asText()).as(where).isEqualTo(e.getValue()[0]);
                assertThat(tags.path("XMP-dc:Description").asText()).as(where).isEqualTo(e.getValue()[0]);
                assertThat(tags.path("IPTC:Credit").asText()).as(where).isEqualTo(e.getValue()[1]);
                assertThat(tags.path("XMP-photoshop:Credit").asText()).as(where).isEqualTo(e.getValue()[1]);
                assertThat(tags.path("IPTC:CodedCharacterSet").asText()).as(where).isEqualTo("UTF8");
            }
        }
        JsonNode original21 = exif(live.resolve("images/21-original.jpg"));
        assertThat(original21.path("IPTC:Keywords").asText()).as("IIM from the photo's metadata").isEqualTo("marathon");
        assertThat(original21.path("IPTC:City").asText()).isEqualTo("Zürich");
        assertThat(original21.path("IPTC:By-line").asText()).isEqualTo("Jonas Keller");
        assertThat(original21.path("XMP-dc:Creator").asText()).isEqualTo("Jonas Keller");
        assertThat(original21.path("File:ImageWidth").asInt()).isEqualTo(2000);
        JsonNode thumb21 = exif(live.resolve("images/21-thumbnail.jpg"));
        assertThat(thumb21.path("File:ImageWidth").asInt()).isEqualTo(400);
    }

    @Test
    void keepsGalleryOrderInHtmlNinjsAndRss() throws Exception {
        createGallery();
        publisher.publish("zurich-marathon", BASE, false);
        Path live = data.resolve("published/zurich-marathon");
        String html = Files.readString(live.resolve("index.html"));
        assertThat(html.indexOf("id=\"photo-23\"")).isPositive().isLessThan(html.indexOf("id=\"photo-21\""));
        assertThat(html.indexOf("id=\"photo-21\"")).isLessThan(html.indexOf("id=\"photo-22\""));
        assertThat(html).contains("srcset=\"images/21-thumbnail.jpg 400w, images/21-preview.jpg 1600w, "
                + "images/21-original.jpg 2000w\"");

        JsonNode ninjs = new ObjectMapper().readTree(live.resolve("gallery.json").toFile());
        var order = new ArrayList<String>();
        ninjs.path("associations").forEach(a -> order.add(a.path("altIds").get(0).path("value").asText()));
        assertThat(order).containsExactly("23", "21", "22");
        assertThat(ninjs.path("versionCreated").asText()).isEqualTo("2024-08-11T20:00:00Z");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(live.resolve("feed.xml").toFile());
        NodeList contents = doc.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "content");
        var urls = new ArrayList<String>();
        for (int i = 0; i < contents.getLength(); i++) {
            urls.add(((org.w3c.dom.Element) contents.item(i)).getAttribute("url"));
        }
        assertThat(urls).containsExactly(BASE + "zurich-marathon/images/23-preview.jpg",
                BASE + "zurich-marathon/images/21-preview.jpg", BASE + "zurich-marathon/images/22-preview.jpg");
        String preview22 = ((org.w3c.dom.Element) contents.item(2)).getAttribute("width");
        assertThat(preview22).as("measured, not upscaled").isEqualTo("800");
    }

    @Test
    void republishingSwitchesToTheNewReleaseAndRemovesTheOld() throws Exception {
        createGallery();
        publisher.publish("zurich-marathon", BASE, false);
        Gallery g = repo.findBySlug("zurich-marathon").orElseThrow();
        repo.update(g.remove(g.findItemByPhoto(23).orElseThrow().id()));
        var second = (PublishOutcome.Published) publisher.publish("zurich-marathon", BASE, false);
        assertThat(second.gallery().revision()).isEqualTo(2);
        Path live = data.resolve("published/zurich-marathon");
        assertThat(Files.readString(live.resolve("index.html"))).doesNotContain("photo-23");
        assertThat(live.resolve("images/23-preview.jpg")).doesNotExist();
        assertThat(releases()).as("the new release and the one it replaced, for readers mid-page").hasSize(2);
        publisher.publish("zurich-marathon", BASE, false);
        assertThat(releases()).as("older ones are deleted").hasSize(2)
                .contains(Files.readSymbolicLink(live).getFileName().toString());
        try (Stream<Path> top = Files.list(data.resolve("published"))) {
            assertThat(top.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(".releases", "zurich-marathon");
        }
        assertThat(repo.findBySlug("zurich-marathon").orElseThrow().publishedAt()).isEqualTo(NOW);
    }

    private List<String> releases() throws IOException {
        try (Stream<Path> all = Files.list(data.resolve("published/.releases"))) {
            return all.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void refusesAGalleryWithProblemsUnlessForced() throws Exception {
        Gallery g = createGallery();
        repo.update(g.addPlaceholder(new ImportedCaption("Fans in the rain.", "Keystone", null)));
        var refused = publisher.publish("zurich-marathon", BASE, false);
        assertThat(refused).isInstanceOfSatisfying(PublishOutcome.Refused.class, r ->
                assertThat(r.report().lines()).anyMatch(l -> l.contains("gallery.placeholder")));
        assertThat(data.resolve("published/zurich-marathon")).doesNotExist();

        var forced = publisher.publish("zurich-marathon", BASE, true);
        assertThat(forced).isInstanceOfSatisfying(PublishOutcome.Published.class, p -> {
            assertThat(p.photos()).isEqualTo(3);
            assertThat(p.report().passed()).isFalse();
        });
        assertThat(publisher.publish("nope", BASE, false)).isEqualTo(new PublishOutcome.NotFound("nope"));
    }

    @Test
    void twoPublishesOfOneSlugAtOnceBothFinishAndLeaveOneCompleteConsistentFolder() throws Exception {
        createGallery();
        // A second publisher over the same folder, as a second desk thread or the CLI would have.
        var other = new GalleryPublisher(new FolderSite(data.resolve("published")), new org.photodesk.embedded.lock.FileLocks(data.resolve("locks")), repo, id -> Optional.ofNullable(photos.get(id)),
                new BlobRenditionSource(blobs), CreditLineFormatter.DEFAULT, CaptionChecker.NONE,
                Clock.fixed(NOW, ZoneOffset.UTC));
        int rounds = 3;
        for (int round = 0; round < rounds; round++) {
            var start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
                List<Future<PublishOutcome>> runs = new ArrayList<>();
                for (GalleryPublisher p : List.of(publisher, publisher, other)) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return p.publish("zurich-marathon", BASE, false);
                    }));
                }
                start.countDown();
                for (Future<PublishOutcome> run : runs) {
                    assertThat(run.get(2, TimeUnit.MINUTES)).isInstanceOf(PublishOutcome.Published.class);
                }
            }
        }
        Gallery stored = repo.findBySlug("zurich-marathon").orElseThrow();
        assertThat(stored.revision()).as("each publish counted once").isEqualTo(3 * rounds);
        Path live = data.resolve("published/zurich-marathon");
        assertThat(Files.isSymbolicLink(live)).isTrue();
        assertThat(Files.readSymbolicLink(live).getFileName().toString())
                .startsWith("zurich-marathon.r" + stored.revision() + ".");
        for (String file : List.of("index.html", "gallery.json", "feed.xml")) {
            assertThat(live.resolve(file)).isNotEmptyFile();
        }
        for (long id : List.of(21L, 22L, 23L)) {
            for (String name : List.of("thumbnail", "preview", "original")) {
                Path image = live.resolve("images/" + id + "-" + name + ".jpg");
                assertThat(image).isNotEmptyFile();
                assertThat(JpegImages.size(Files.readAllBytes(image)).width).as(image.toString()).isPositive();
            }
        }
        JsonNode ninjs = new ObjectMapper().readTree(live.resolve("gallery.json").toFile());
        assertThat(ninjs.get("version").asText()).as("the live folder is the last publish, whole")
                .isEqualTo(Integer.toString(stored.revision()));
        assertThat(releases()).hasSize(2);
    }

    @Test
    void aPublishOfARevisionSinceChangedIsRefusedAndWritesNothing() throws Exception {
        Gallery seen = createGallery();
        Gallery changed = repo.update(seen.remove(seen.findItemByPhoto(23).orElseThrow().id()));

        assertThatThrownBy(() -> publisher.publish("zurich-marathon", BASE, report -> true, OptionalLong.of(seen.editRevision())))
                .isInstanceOf(GalleryChangedException.class)
                .hasMessageContaining("changed by someone else since you opened it");

        assertThat(data.resolve("published/zurich-marathon")).doesNotExist();
        assertThat(repo.findBySlug("zurich-marathon").orElseThrow()).isEqualTo(changed);
        assertThat(publisher.publish("zurich-marathon", BASE, report -> false, OptionalLong.of(changed.editRevision())))
                .isInstanceOf(PublishOutcome.Published.class);
    }

    @Test
    void publishedFilesCarryNothingPrivateAndOneCaptionInIimXmpAndExif() throws Exception {
        createGallery();
        Gallery g = repo.findBySlug("zurich-marathon").orElseThrow();
        repo.update(g.overrideCaption(g.findItemByPhoto(21).orElseThrow().id(), "Angèle Roux crosses the line."));
        publisher.publish("zurich-marathon", BASE, false);
        Path live = data.resolve("published/zurich-marathon");

        for (String name : List.of("thumbnail", "preview", "original")) {
            Path file = live.resolve("images/21-" + name + ".jpg");
            JsonNode tags = exif(file, "-use", "MWG", "-all", "-MWG:Description", "-IPTCDigest", "-CurrentIPTCDigest");
            String where = file.getFileName().toString();
            var keys = new ArrayList<String>();
            tags.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(where).noneMatch(k -> k.contains("GPS")).noneMatch(k -> k.contains("Serial"))
                    .noneMatch(k -> k.contains("Owner")).noneMatch(k -> k.contains("Instructions"))
                    .noneMatch(k -> k.startsWith("JUMBF"));
            assertThat(tags.toString()).as(where).doesNotContain("EMBARGOED", "CALL THE DESK", "SECRET",
                    "Agency caption to replace");
            for (String key : List.of("IPTC:Caption-Abstract", "XMP-dc:Description", "IFD0:ImageDescription",
                    "MWG:Description")) {
                assertThat(tags.path(key).asText()).as(where + " " + key).isEqualTo("Angèle Roux crosses the line.");
            }
            assertThat(tags.path("Photoshop:IPTCDigest").asText()).as(where).isNotBlank()
                    .isEqualTo(tags.path("File:CurrentIPTCDigest").asText());
            assertThat(tags.path("XMP-iptcExt:PersonInImage").toString()).as(where).contains("Angèle Roux");
            assertThat(tags.path("XMP-iptcExt:LocationShownLocationName").toString()).as(where)
                    .contains("Lake Zürich");
            assertThat(tags.path("XMP-iptcExt:LocationCreatedCity").toString()).as(where).contains("Zürich");
            assertThat(tags.path("XMP-dc:Subject").toString()).as(where).contains("marathon");
            assertThat(tags.path("XMP-photoshop:DateCreated").asText()).as(where).startsWith("2024:08:11");
            assertThat(tags.path("XMP-iptcExt:DigitalSourceType").asText()).as(where).endsWith("digitalCapture");
        }
        assertThat(exif(live.resolve("images/21-original.jpg")).path("IFD0:Make").asText()).isEqualTo("Canon");
        JsonNode ninjs = new ObjectMapper().readTree(live.resolve("gallery.json").toFile());
        String all = ninjs.toString();
        assertThat(all).doesNotContain("EMBARGOED").doesNotContain("CALL THE DESK");
        JsonNode pic21 = null;
        for (JsonNode a : ninjs.path("associations")) {
            if (a.path("altIds").get(0).path("value").asText().equals("21")) {
                pic21 = a;
            }
        }
        assertThat(pic21.path("descriptions").toString()).as("the removed C2PA store is noted")
                .contains("provenance");
        assertThat(pic21.path("embargoedUntil").asText()).isEqualTo("2024-08-11T00:01:00Z");
        assertThat(Files.readString(live.resolve("index.html"))).doesNotContain("EMBARGOED", "CALL THE DESK");
        assertThat(Files.readString(live.resolve("feed.xml"))).doesNotContain("EMBARGOED", "CALL THE DESK");
    }

    @Test
    void releaseFoldersAreReadableByAllAndFilesTooWhateverTheTemporaryFolderDefault() throws Exception {
        createGallery();
        publisher.publish("zurich-marathon", BASE, false);
        Path live = data.resolve("published/zurich-marathon").toRealPath();

        try (Stream<Path> all = Files.walk(live)) {
            for (Path p : all.toList()) {
                String mode = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--");
            }
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("published/.releases")))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aGalleryWithAPictureUnderEmbargoIsNotPublishedEvenWithForce() throws Exception {
        Gallery g = createGallery();
        photos.put(22L, TestGalleries.photo(22, 800, 600, PhotoMetadata.builder().caption("Runners pass the lake.")
                .byline(List.of("Mara Lindqvist")).credit("Reuters")
                .instructions("EMBARGOED UNTIL 0001 GMT AUG 13, 2024").build(), "Reuters"));

        var forced = publisher.publish("zurich-marathon", BASE, true);

        assertThat(forced).isInstanceOfSatisfying(PublishOutcome.Blocked.class, b ->
                assertThat(b.report().blocking()).singleElement().asString().contains("rights.embargoed"));
        assertThat(data.resolve("published/zurich-marathon")).doesNotExist();
        assertThat(repo.findBySlug("zurich-marathon").orElseThrow().publishedAt()).isNull();
    }

    @Test
    void anUnpublishedGalleryIsOffTheSiteAndADeletedOneIsGone() throws Exception {
        createGallery();
        publisher.publish("zurich-marathon", BASE, false);

        assertThat(publisher.unpublish("zurich-marathon")).isPresent();
        assertThat(data.resolve("published/zurich-marathon")).doesNotExist();
        assertThat(repo.findBySlug("zurich-marathon").orElseThrow().wasUnpublished()).isTrue();

        publisher.publish("zurich-marathon", BASE, false);
        assertThat(publisher.delete("zurich-marathon")).isTrue();
        assertThat(data.resolve("published/zurich-marathon")).doesNotExist();
        assertThat(repo.findBySlug("zurich-marathon")).isEmpty();
    }

    /** {@code jpeg} with the first box of a C2PA manifest store in an APP11 segment (C2PA 2.x, JPEG). */
    private static byte[] withC2paStore(byte[] jpeg) throws IOException {
        var jumd = new java.io.ByteArrayOutputStream();
        jumd.write(java.util.HexFormat.of().parseHex("6332706100110010800000AA00389B71"));
        jumd.write(3);
        jumd.write("c2pa\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] store = box("jumb", box("jumd", jumd.toByteArray()));
        var out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = store.length + 8 + 2;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) (length >> 8), (byte) length, 'J', 'P', 0, 1, 0, 0, 0, 1});
        out.write(store);
        out.write(jpeg, 2, jpeg.length - 2);
        byte[] signed = out.toByteArray();
        assertThat(org.photodesk.core.provenance.C2paStripper.carriesManifest(signed)).isTrue();
        return signed;
    }

    private static byte[] box(String type, byte[] payload) {
        var out = new java.io.ByteArrayOutputStream();
        int length = 8 + payload.length;
        out.writeBytes(new byte[] {(byte) (length >> 24), (byte) (length >> 16), (byte) (length >> 8), (byte) length});
        out.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        return out.toByteArray();
    }
}
