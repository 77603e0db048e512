package org.photodesk.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.ingest.IngestOutcome.Added;
import org.photodesk.core.ingest.IngestOutcome.Duplicate;
import org.photodesk.core.ingest.IngestOutcome.Rejected;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySearchIndex;
import org.photodesk.core.testing.TestImages;

/**
 * Hostile files on the file-system routes (a folder ingest, the hot folder): links, FIFOs, devices and sockets are
 * refused by their type before they are opened, and no reason quotes a file's content.
 */
class HostileFilesTest {

    /** What a secret file might start with; no rejection reason may ever show it. */
    private static final String SECRET = "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::";

    @TempDir
    Path dir;

    private InMemoryPhotoStore store;
    private InMemoryBlobStore blobs;
    private Ingestor ingestor;

    @BeforeEach
    void setUp() {
        store = new InMemoryPhotoStore(Clock.fixed(Instant.parse("2024-08-11T21:00:00Z"), ZoneOffset.UTC));
        blobs = new InMemoryBlobStore();
        ingestor = new Ingestor(store, blobs, new InMemorySearchIndex(), new MetadataReader(), MetadataEnricher.NONE,
                RenditionMaker.DEFERRED, new IngestLimits(10_000_000, 100));
    }

    private String reason(IngestOutcome outcome) {
        assertThat(outcome).isInstanceOf(Rejected.class);
        return ((Rejected) outcome).reason();
    }

    @Test
    void aTextFileIsRefusedWithoutQuotingIt() throws IOException {
        Path text = Files.writeString(dir.resolve("shadow.jpg"), SECRET + "\n");

        String reason = reason(ingestor.ingest(text));

        assertThat(reason).contains("not an image").contains("text").doesNotContain("root").doesNotContain("$6$");
    }

    @Test
    void aSymbolicLinkIsNotFollowedUnlessAsked() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path photo = Files.write(dir.resolve("photo.jpg"), TestImages.jpeg(64, 48, 1));
        Path toSecret = Files.createSymbolicLink(dir.resolve("x.jpg"), secret);
        Path toPhoto = Files.createSymbolicLink(dir.resolve("y.jpg"), photo);

        assertThat(reason(ingestor.ingest(toSecret))).contains("symbolic link").contains("not followed")
                .doesNotContain("root");
        assertThat(reason(ingestor.ingest(toPhoto))).contains("symbolic link");
        assertThat(ingestor.finish(ingestor.store(ingestor.prepare(toPhoto, true)))).isInstanceOf(Added.class);
        assertThat(reason(ingestor.finish(ingestor.store(ingestor.prepare(toSecret, true))))).doesNotContain("root");
    }

    @Test
    void aFifoIsRefusedByItsTypeInsteadOfBlockingTheBatch() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe.jpg"));

        IngestOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ingestor.ingest(fifo));

        assertThat(reason(outcome)).contains("not a regular file").contains("FIFO");
    }

    @Test
    void aLinkToADeviceIsRefusedByItsTypeInsteadOfBeingReadWithoutEnd() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        Path link = Files.createSymbolicLink(dir.resolve("zero.jpg"), zero);

        IngestOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ingestor.store(ingestor.prepare(link, true)));

        assertThat(reason(outcome)).contains("not a regular file").contains("character device");
    }

    @Test
    void aSocketIsRefusedByItsType() throws IOException {
        Path path = dir.resolve("sock.jpg");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(path));

            assertThat(reason(ingestor.ingest(path))).contains("not a regular file").contains("socket");
        }
    }

    @Test
    void reIngestingTheGoodFileRestoresADamagedOrLostOriginal() throws IOException {
        Path a = Files.write(dir.resolve("a.jpg"), TestImages.jpeg(64, 48, 2));
        Path b = Files.write(dir.resolve("b.jpg"), TestImages.jpeg(64, 48, 3));
        var first = (Added) ingestor.ingest(a);
        var second = (Added) ingestor.ingest(b);
        blobs.damage(first.photo().sha256());
        blobs.lose(second.photo().sha256());

        IngestOutcome again = ingestor.ingest(a);
        IngestOutcome againB = ingestor.ingest(b);

        assertThat(again).isEqualTo(new Duplicate(a.toString(), first.photo().id(), true));
        assertThat(againB).isEqualTo(new Duplicate(b.toString(), second.photo().id(), true));
        assertThat(blobs.check(first.photo().sha256()).intact()).isTrue();
        assertThat(blobs.check(second.photo().sha256()).intact()).isTrue();
        assertThat(ingestor.ingest(a)).isEqualTo(new Duplicate(a.toString(), first.photo().id(), false));
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void theHotFolderNeverFollowsALinkAndKeepsItsReasonsPrivate() throws Exception {
        Path hot = Files.createDirectories(dir.resolve("hot"));
        Path secret = Files.writeString(dir.resolve("shadow"), SECRET);
        Files.createSymbolicLink(hot.resolve("x.jpg"), secret);
        Files.writeString(hot.resolve("notes.jpg"), SECRET);
        mkfifo(hot.resolve("pipe.jpg"));
        Files.write(hot.resolve("good.jpg"), TestImages.jpeg(64, 48, 4));
        var clock = new MutableClock();
        var folder = new HotFolder(hot, ingestor, Duration.ofSeconds(1), clock);
        List<IngestOutcome> outcomes = new ArrayList<>();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            folder.scan(outcomes::add);
            clock.advance(Duration.ofSeconds(2));
            folder.scan(outcomes::add);
        });

        assertThat(outcomes).hasSize(4);
        assertThat(outcomes).filteredOn(Added.class::isInstance).hasSize(1);
        Path failed = hot.resolve("failed");
        for (String name : List.of("x.jpg", "notes.jpg", "pipe.jpg")) {
            Path reason = failed.resolve(name + ".reason.txt");
            assertThat(Files.readString(reason)).doesNotContain("root").doesNotContain("$6$");
            assertThat(Files.getPosixFilePermissions(reason)).doesNotContain(PosixFilePermission.OTHERS_READ,
                    PosixFilePermission.OTHERS_WRITE, PosixFilePermission.GROUP_WRITE);
        }
        assertThat(Files.readString(failed.resolve("x.jpg.reason.txt"))).contains("symbolic link");
        assertThat(Files.readString(failed.resolve("pipe.jpg.reason.txt"))).contains("FIFO");
        assertThat(Files.isSymbolicLink(failed.resolve("x.jpg"))).isTrue();
        assertThat(Files.readString(secret)).isEqualTo(SECRET);
    }

    private static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assumeTrue(p.waitFor() == 0, "needs mkfifo");
        return path;
    }

    /** A clock the test moves on by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2024-08-11T21:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
