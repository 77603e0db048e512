package org.photodesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.app.Library;
import org.photodesk.app.LibraryOptions;
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
        int kills = 0;
        for (int round = 0; round < 6; round++) {
            Process p = ingest(in, data);
            boolean finished = p.waitFor(150 + random.nextInt(1500), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
                kills++;
            }
        }
        Process last = ingest(in, data);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(kills).as("at least one ingest was killed mid-way").isPositive();

        try (Library library = Library.open(data, LibraryOptions.DEFAULT)) {
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
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", Main.class.getName(), "ingest", in.toString(),
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
