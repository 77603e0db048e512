package org.photodesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.testing.TestImages;
import org.photodesk.embedded.EmbeddedBackends;

/**
 * Several {@code photodesk} processes started at once on one library, new and then existing: none crashes (two
 * processes creating a library used to collide in Flyway with {@code SQLITE_BUSY}), and a photo that another process
 * stored first is a duplicate, never an error.
 */
class ConcurrentProcessesIT {

    private static final int SHARED = 40;
    private static final int OWN = 5;
    private static final int INGESTS = 4;

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void processesIngestingOverlappingFoldersIntoANewLibraryNeverFailAndNeverDouble() throws Exception {
        Path shared = folder("shared", 0, SHARED);
        List<Path> own = new ArrayList<>();
        for (int p = 0; p < INGESTS; p++) {
            own.add(folder("own-" + p, 1000 + p * OWN, OWN));
        }
        for (int round = 0; round < 3; round++) {
            Path data = tmp.resolve("data-" + round);
            List<Process> processes = new ArrayList<>();
            for (int p = 0; p < INGESTS; p++) {
                processes.add(photodesk(data, "ingest", shared.toString(), own.get(p).toString(), "--json",
                        "--no-renditions", "--workers", "2"));
            }
            processes.add(photodesk(data, "gallery", "create", "--title", "Round " + round, "--slug", "r" + round));
            processes.add(photodesk(data, "reindex"));

            int added = 0;
            int duplicates = 0;
            for (int p = 0; p < processes.size(); p++) {
                Process process = processes.get(p);
                assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.exitValue()).as("process %d of round %d: %s", p, round, out).isZero();
                assertThat(out).doesNotContain("Exception").doesNotContain("SQLITE_BUSY");
                if (p == processes.size() - 1) {
                    assertThat(out).as("reindex waited for the ingests instead of pretending").contains("Reindexed");
                }
                if (p < INGESTS) {
                    JsonNode summary = json.readTree(out.lines().filter(l -> l.startsWith("{")).findFirst()
                            .orElseThrow());
                    assertThat(summary.get("rejected")).as(out).isEmpty();
                    assertThat(summary.get("updated").asInt()).as(out).isZero();
                    added += summary.get("added").asInt();
                    duplicates += summary.get("duplicates").asInt();
                }
            }
            int distinct = SHARED + INGESTS * OWN;
            assertThat(added).isEqualTo(distinct);
            assertThat(added + duplicates).isEqualTo(INGESTS * (SHARED + OWN));
            try (Library library = EmbeddedBackends.open(data)) {
                assertThat(library.store().count()).isEqualTo(distinct);
                assertThat(library.galleries().findBySlug("r" + round)).isPresent();
                assertThat(library.index().search(new SearchRequest(new Query.All(), SearchRequest.Sort.INGESTED, 0,
                        distinct * 2)).total()).isEqualTo(distinct);
            }
        }
    }

    private Path folder(String name, int firstSeed, int n) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < n; i++) {
            Files.write(dir.resolve(String.format("photo-%04d.jpg", firstSeed + i)),
                    TestImages.jpeg(160, 120, firstSeed + i));
        }
        return dir;
    }

    private static Process photodesk(Path data, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                Photodesk.class.getName()));
        command.addAll(List.of(args));
        command.add("--data");
        command.add(data.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
