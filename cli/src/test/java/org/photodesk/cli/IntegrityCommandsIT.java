package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.testing.FaultyDisks;
import org.photodesk.core.testing.TestImages;
import org.photodesk.embedded.lock.FileLocks;
import picocli.CommandLine;

/**
 * The integrity commands and the command line under faults: {@code verify}, repair by re-ingest, a damaged index,
 * a read-only folder, a full disk, captions that try to drive the terminal, a publish waiting for another, backups.
 */
class IntegrityCommandsIT {

    private static final String ESC = "\u001b";

    @TempDir
    Path tmp;

    private Path data;
    private Path in;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void library() throws IOException {
        data = tmp.resolve("data");
        in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 1; i <= 3; i++) {
            TestImages.taggedJpeg(in.resolve("p" + i + ".jpg"), i, "-IPTC:Caption-Abstract=Flooded street " + i
                    + " in Valencia, Spain, on Oct. 30, 2024.", "-IPTC:By-line=Ana Ruiz", "-IPTC:Credit=AP",
                    "-IPTC:City=Valencia");
        }
        assertOk(run("ingest", in.toString()));
    }

    private CliRun run(String... args) {
        return runOn(data, args);
    }

    private static CliRun runOn(Path library, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(library.toString());
        return CliRun.of(all.toArray(String[]::new));
    }

    private static CliRun assertOk(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        return run;
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err() + run.out()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private String sha(long id) throws IOException {
        return json.readTree(assertOk(run("show", String.valueOf(id), "--json")).out()).get("sha256").asText();
    }

    private Path blob(String sha) {
        return data.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    @Test
    void verifyListsEachDamagedPhotoAndReIngestingTheGoodFilesRepairsThem() throws IOException {
        assertThat(assertOk(run("verify")).out()).contains("The library is sound.");
        Path flipped = blob(sha(1));
        byte[] bytes = Files.readAllBytes(flipped);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(flipped, bytes);
        Files.delete(blob(sha(2)));
        Path thumb = data.resolve("blobs/renditions/thumb").resolve(sha(3).substring(0, 2)).resolve(sha(3) + ".jpg");
        Files.write(thumb, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});

        CliRun verify = run("verify");
        JsonNode report = json.readTree(run("verify", "--json").out());

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("damaged photo 1", "original damaged", "damaged photo 2",
                "original missing", "damaged photo 3", "thumb rendition unreadable");
        assertThat(report.get("sound").asBoolean()).isFalse();
        assertThat(report.get("damaged").findValuesAsText("id")).containsExactly("1", "2", "3");
        assertThat(report.get("originals").get("damaged").asInt()).isEqualTo(1);
        assertThat(report.get("originals").get("missing").asInt()).isEqualTo(1);

        CliRun publish = run("gallery", "create", "--title", "Floods", "--slug", "floods");
        assertOk(publish);
        assertOk(run("gallery", "add", "floods", "1"));
        CliRun refused = run("gallery", "publish", "floods", "--force");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("damaged", "photo 1", "re-ingest");
        assertThat(data.resolve("published/floods")).doesNotExist();

        CliRun repair = run("verify", "--repair");
        assertThat(repair.exitCode()).as("originals cannot be made again by a repair").isEqualTo(1);
        assertThat(repair.out()).contains("renditions made again").doesNotContain("thumb rendition unreadable");

        CliRun reingest = assertOk(run("ingest", in.toString()));
        assertThat(reingest.out()).contains("3 duplicates").contains("2 damaged or missing originals restored");
        assertThat(assertOk(run("verify")).out()).contains("The library is sound.");
        assertOk(run("gallery", "publish", "floods", "--force"));
    }

    @Test
    void aDamagedIndexIsNamedInOneLineAndReindexRepairsIt() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x55;
                bytes[bytes.length - 3] ^= 0x55;
                Files.write(f, bytes);
            }
        }

        CliRun search = run("search", "valencia");
        CliRun show = run("show", "1");

        assertThat(search.exitCode()).isEqualTo(1);
        assertThat(search.err().strip().lines()).singleElement().asString().contains("search index")
                .contains("damaged").contains("photodesk reindex");
        assertNoStackTrace(search);
        assertThat(show.exitCode()).isZero();
        assertThat(show.err()).contains("damaged").contains("photodesk reindex");
        assertThat(show.out()).contains("Flooded street");

        assertThat(assertOk(run("reindex")).out()).contains("Reindexed 3 photos");
        assertThat(assertOk(run("search", "valencia")).out()).contains("3 photos");
        assertThat(run("show", "1").err()).doesNotContain("damaged");
    }

    @Test
    void reindexWaitsForTheProcessHoldingTheIndexInsteadOfPretendingToRebuild() {
        try (var holder = org.photodesk.embedded.EmbeddedBackends.open(data)) {
            CliRun held = run("reindex", "--wait", "1");

            assertThat(held.exitCode()).isEqualTo(1);
            assertThat(held.err()).contains("waiting").contains("still held by another process");
            assertThat(held.out()).doesNotContain("Reindexed");
        }
        assertThat(assertOk(run("reindex")).out()).contains("Reindexed 3 photos");
    }

    @Test
    void readingCommandsWorkOnAReadOnlyLibrary() throws IOException {
        assertOk(run("gallery", "create", "--title", "Floods", "--slug", "floods"));
        Path captions = Files.writeString(tmp.resolve("captions.txt"), "Flooded street in Valencia, Spain.\n");
        try (FaultyDisks.Mounted ro = FaultyDisks.readOnly(data, tmp.resolve("ro"))) {
            Path lib = ro.path();
            for (String[] command : List.of(new String[] {"show", "1"}, new String[] {"search", "valencia"},
                    new String[] {"events"}, new String[] {"gallery", "list"}, new String[] {"gallery", "show", "floods"},
                    new String[] {"roster", "list"}, new String[] {"verify"},
                    new String[] {"captions", captions.toString()}, new String[] {"search", "--json", "flooded"})) {
                CliRun r = runOn(lib, command);
                assertThat(r.exitCode()).as(String.join(" ", command) + ": " + r.err()).isZero();
                assertNoStackTrace(r);
            }
            CliRun check = runOn(lib, "check");
            assertThat(check.exitCode()).as(check.err()).isIn(0, 1);
            assertNoStackTrace(check);
            assertThat(runOn(lib, "search", "valencia").out()).contains("3 photos");
            CliRun write = runOn(lib, "gallery", "create", "--title", "X", "--slug", "x");
            assertThat(write.exitCode()).isEqualTo(1);
            assertNoStackTrace(write);
        }
    }

    @Test
    void onAFullDiskReadingWorksAndWritingSaysNoSpaceLeftEvenInJson() throws IOException {
        try (FaultyDisks.Mounted disk = FaultyDisks.smallDisk(tmp.resolve("disk"), 24)) {
            Path lib = disk.path().resolve("data");
            assertOk(runOn(lib, "ingest", in.toString()));
            assertOk(runOn(lib, "gallery", "create", "--title", "Floods", "--slug", "floods"));
            TestImages.taggedJpeg(tmp.resolve("new.jpg"), 9, "-IPTC:Caption-Abstract=A new photo.");
            FaultyDisks.fill(disk.path());

            for (String[] command : List.of(new String[] {"show", "1"}, new String[] {"search", "valencia"},
                    new String[] {"events"}, new String[] {"gallery", "list"}, new String[] {"verify"},
                    new String[] {"show", "2", "--json"})) {
                CliRun r = runOn(lib, command);
                assertThat(r.exitCode()).as(String.join(" ", command) + ": " + r.err()).isZero();
                assertNoStackTrace(r);
            }
            CliRun ingest = runOn(lib, "ingest", tmp.resolve("new.jpg").toString(), "--json");
            assertThat(ingest.exitCode()).isEqualTo(1);
            assertThat(ingest.out().strip().lines()).as(ingest.out()).hasSize(1);
            JsonNode summary = json.readTree(ingest.out());
            assertThat(summary.get("added").asInt()).isZero();
            assertThat(summary.toString().toLowerCase()).contains("no space left");
            assertNoStackTrace(ingest);

            CliRun create = runOn(lib, "gallery", "create", "--title", "More", "--slug", "more");
            assertThat(create.exitCode()).isEqualTo(1);
            assertThat(create.err().toLowerCase()).contains("no space left");
            assertNoStackTrace(create);
        }
    }

    @Test
    void captionsCannotDriveTheTerminal() throws IOException {
        String hostile = "Hostile " + ESC + "[31mred" + ESC + "[0m " + ESC + "]0;pwned\u0007 \u009b2J \u202Eevil";
        TestImages.taggedJpeg(in.resolve("hostile.jpg"), 7, "-IPTC:Caption-Abstract=" + hostile,
                "-IPTC:City=Valencia" + ESC + "[2J");
        assertOk(run("ingest", in.resolve("hostile.jpg").toString()));
        Path captions = Files.writeString(tmp.resolve("captions.txt"), hostile + "\n");

        List<CliRun> outputs = List.of(run("show", "4"), run("search", "hostile"), run("check"), run("events"),
                CliRun.of("captions", captions.toString()));

        for (CliRun r : outputs) {
            assertThat(r.out()).doesNotContain(ESC).doesNotContain("\u009b").doesNotContain("\u202E")
                    .doesNotContain("\u0007");
        }
        assertThat(outputs.get(0).out()).contains("\\u001b[31mred");
        assertThat(outputs.get(1).out()).contains("\\u001b");
        assertThat(json.readTree(run("show", "4", "--json").out()).get("caption").asText()).contains(ESC + "[31m");
    }

    @Test
    void aPublishWaitsForAnotherPublishOfTheSameGalleryAndSaysSo() throws Exception {
        assertOk(run("gallery", "create", "--title", "Floods", "--slug", "floods"));
        assertOk(run("gallery", "add", "floods", "1", "2"));
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> publish;
        try (Locks.Held held = new FileLocks(data.resolve("locks")).acquire("publish:floods", Duration.ofSeconds(5))) {
            publish = CompletableFuture.supplyAsync(() -> {
                CommandLine cli = Main.commandLine(org.photodesk.embedded.EmbeddedBackends.chooser());
                cli.setOut(new PrintWriter(out, true));
                cli.setErr(new PrintWriter(err, true));
                return cli.execute("gallery", "publish", "floods", "--force", "--data", data.toString());
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!err.toString().contains("waiting") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(err.toString()).contains("another publish of this gallery is running").contains("waiting");
            assertThat(publish).isNotDone();
        }
        assertThat(publish.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("published 'floods'");
    }

    @Test
    void aBackupRestoresIntoANewLibraryThatVerifies() throws IOException {
        assertOk(run("gallery", "create", "--title", "Floods", "--slug", "floods"));
        assertOk(run("gallery", "add", "floods", "1", "2"));
        assertOk(run("gallery", "publish", "floods", "--force"));
        Path backup = tmp.resolve("backup");

        JsonNode manifest = json.readTree(assertOk(run("backup", backup.toString(), "--json")).out());
        Path restored = tmp.resolve("restored");
        CliRun restore = assertOk(runOn(restored, "restore", backup.toString()));

        assertThat(manifest.get("photos").asInt()).isEqualTo(3);
        assertThat(manifest.get("galleries").asInt()).isEqualTo(1);
        assertThat(restore.out()).contains("3 photos");
        assertThat(assertOk(runOn(restored, "verify")).out()).contains("The library is sound.");
        assertThat(assertOk(runOn(restored, "search", "valencia")).out()).contains("3 photos");
        assertThat(assertOk(runOn(restored, "gallery", "list")).out()).contains("floods", "published");
        assertThat(Files.readString(restored.resolve("published/floods/index.html")))
                .isEqualTo(Files.readString(data.resolve("published/floods/index.html")));
        assertThat(runOn(restored, "restore", backup.toString()).err()).contains("already");
    }
}
