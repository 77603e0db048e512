package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.cli.Main;

/**
 * {@code photodesk ingest} while the desk serves the same data folder: the server holds the Lucene write lock, so
 * the command stores the photos only, and the server's change feed indexes them and shows them.
 */
class IngestBesideServerTest {

    @TempDir
    Path dir;
    DeskHarness desk;

    @BeforeEach
    void start() {
        desk = new DeskHarness(dir);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void cliIngestStoresAndTheServerIndexes() throws Exception {
        var s = new HttpSession(desk.base);
        s.login("viewer", DeskHarness.PASSWORD);
        long before = HttpSession.tree(s.getJson("/api/changes?since=0")).get("lastChange").asLong();
        Path file = Files.write(dir.resolve("lighthouse.jpg"), desk.jpeg("The lighthouse keeper at dawn", "Jane Roe", "AP", "Brest"));

        var out = new StringWriter();
        var err = new StringWriter();
        var cli = org.photodesk.cli.Main.commandLine(org.photodesk.embedded.EmbeddedBackends.chooser());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("ingest", "--data", desk.data.toString(), file.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("in use by another process").contains("storing the photos only");
        assertThat(out.toString()).contains("1 added");
        long total = 0;
        for (int i = 0; i < 100 && total == 0; i++) {
            Thread.sleep(100);
            total = HttpSession.tree(s.getJson("/api/photos?q=lighthouse")).get("total").asLong();
        }
        assertThat(total).as("indexed by the server's change feed").isEqualTo(1);
        var changes = HttpSession.tree(s.getJson("/api/changes?since=" + before));
        assertThat(changes.get("ids")).hasSize(1);
    }
}
