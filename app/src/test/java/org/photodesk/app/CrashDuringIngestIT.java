package org.photodesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.testing.TestImages;

/**
 * Kills {@code photodesk ingest} with SIGKILL at random moments, ingests again to the end, and checks that nothing
 * was lost or doubled: one record per distinct photo, every original intact, search results equal to the store.
 */
class CrashDuringIngestIT {

    private static final int DISTINCT = 300;
    private static final int COPIES = 30;

    @TempDir
    Path tmp;

    @Test
    void killingIngestAtRandomMomentsLosesAndDoublesNothing() throws Exception {
        Path in = corpus();
        Path data = tmp.resolve("data");
        Random random = new Random(20240811);
        int midwayKills = 0;
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            long before = storedPhotos(data);
            long target = before + 1 + random.nextInt(DISTINCT / 8);
            Process p = ingest(in, data);
            while (p.isAlive() && storedPhotos(data) < target) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(40));
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
                long after = storedPhotos(data);
                if (after > before && after < DISTINCT) {
                    midwayKills++;
                }
                rounds.add(before + "->" + after + " killed");
            } else {
                rounds.add(before + "->" + storedPhotos(data) + " finished");
            }
        }
        Process last = ingest(in, data);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(midwayKills).as("ingests killed after storing some photos but not all").isPositive();

        System.out.println("kill -9 rounds (photos stored before -> after): " + rounds + "; killed mid-way: "
                + midwayKills + "; final ingest exit " + last.exitValue());
        try (Library library = org.photodesk.embedded.EmbeddedBackends.open(data)) {
            var verified = new org.photodesk.core.integrity.LibraryVerifier(library.store(), library.blobs(),
                    library.index()).verify();
            assertThat(verified.sound()).as("verify after the kills: %s", verified).isTrue();
            System.out.println("verify after the kills: " + verified.originals() + ", orphans " + verified.orphans());
            assertThat(library.store().count()).isEqualTo(DISTINCT);
            List<Photo> all = library.store().page(0, DISTINCT * 2);
            for (Photo photo : all) {
                try (InputStream original = library.blobs().open(photo.sha256())) {
                    assertThat(sha256(original)).isEqualTo(photo.sha256());
                }
            }
            var result = library.index().search(new SearchRequest(new Query.All(), SearchRequest.Sort.INGESTED, 0,
                    DISTINCT * 2));
            assertThat(result.total()).isEqualTo(DISTINCT);
            assertThat(result.ids()).containsExactlyInAnyOrderElementsOf(all.stream().map(Photo::id).toList());
        }
    }

    /** Photos in the store so far, read straight from SQLite (plain JDBC: no migration, no start-up repair). */
    private static long storedPhotos(Path data) {
        Path db = data.resolve("photodesk.db");
        if (!Files.exists(db)) {
            return 0;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from photo")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            files.add(Files.write(in.resolve(String.format("photo-%03d.jpg", i)), TestImages.jpeg(320, 240, i)));
        }
        Path copies = Files.createDirectories(in.resolve("copies"));
        for (int i = 0; i < COPIES; i++) {
            Files.copy(files.get(i * 7), copies.resolve("copy-" + i + ".jpg"));
        }
        return in;
    }

    private static Process ingest(Path in, Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", org.photodesk.app.Photodesk.class.getName(), "ingest", in.toString(),
                "--json", "--data", data.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
