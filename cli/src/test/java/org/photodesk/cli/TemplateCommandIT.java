package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.testing.TestImages;

/**
 * {@code photodesk template add|list|remove|apply} and roster codes in {@code edit}, on the embedded library with
 * JPEGs written by exiftool: the edits a template makes, their history and undo, and the refusals.
 */
class TemplateCommandIT {

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();
    private long rowers;
    private long crowd;

    private CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = tmp.resolve("data").toString();
        return CliRun.of(all);
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    private JsonNode show(long photo) throws IOException {
        return json.readTree(ok("show", Long.toString(photo), "--json").out());
    }

    @BeforeEach
    void ingest() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestImages.taggedJpeg(in.resolve("rowers.jpg"), 1, "-IPTC:Caption-Abstract=Rowers train on the river.",
                "-IPTC:By-line=Laura Benning", "-IPTC:Credit=AP", "-IPTC:City=Paris",
                "-IPTC:Country-PrimaryLocationName=France", "-IPTC:DateCreated=2024:08:11");
        TestImages.taggedJpeg(in.resolve("crowd.jpg"), 2, "-IPTC:Caption-Abstract=Fans wait.",
                "-IPTC:Headline=Crowd", "-IPTC:City=Lyon", "-IPTC:DateCreated=2025:09:05");
        ok("ingest", in.toString());
        rowers = json.readTree(ok("search", "rowers", "--json").out()).path("results").get(0).path("id").asLong();
        crowd = json.readTree(ok("search", "fans", "--json").out()).path("results").get(0).path("id").asLong();
    }

    @Test
    void aTemplateIsAddedListedAppliedAsUndoableEditsAndRemoved() throws IOException {
        ok("template", "add", "River", "--append", "caption={city}, {country} – {weekday}, {date}.",
                "--if-empty", "headline=On the water in {city}", "--append", "keywords=rowing, {city}");
        JsonNode list = json.readTree(ok("template", "list", "--json").out());
        assertThat(list.get(0).path("rules").findValuesAsText("mode")).containsExactly("if-empty", "append", "append");

        JsonNode applied = json.readTree(ok("template", "apply", "River", Long.toString(rowers), Long.toString(crowd),
                "--json").out());

        assertThat(applied.path("changed").asInt()).isEqualTo(2);
        assertThat(show(rowers).path("caption").asText())
                .isEqualTo("Rowers train on the river. Paris, France – Sunday, Aug. 11, 2024.");
        assertThat(show(rowers).path("headline").asText()).isEqualTo("On the water in Paris");
        JsonNode crowdNow = show(crowd);
        assertThat(crowdNow.path("caption").asText()).isEqualTo("Fans wait. Lyon – Friday, Sept. 5, 2025.");
        assertThat(crowdNow.path("headline").asText()).isEqualTo("Crowd");
        assertThat(applied.path("photos").get(1).path("warnings").get(0).asText())
                .contains("has no country for {country}");
        JsonNode history = show(rowers).path("edits");
        assertThat(history.findValuesAsText("field")).contains("caption", "headline", "keywords");

        ok("template", "remove", "River");
        assertThat(ok("template", "list").out()).isEmpty();
    }

    @Test
    void applyingAgainChangesNothingAndADryRunChangesNothing() throws IOException {
        ok("template", "add", "Credit", "--set", "credit={agency}", "--append", "caption=({byline})");
        CliRun dry = ok("template", "apply", "Credit", "--query", "rowers", "--dry-run");
        assertThat(dry.out()).contains("would change 1 of 1 photo");
        assertThat(show(rowers).path("caption").asText()).isEqualTo("Rowers train on the river.");

        ok("template", "apply", "Credit", "--query", "rowers");
        CliRun again = ok("template", "apply", "Credit", Long.toString(rowers));

        assertThat(again.out()).contains("changed 0 of 1 photo");
        assertThat(show(rowers).path("caption").asText()).isEqualTo("Rowers train on the river. (Laura Benning)");
    }

    @Test
    void unknownVariablesAndMissingTemplatesAreRefused() {
        CliRun bad = run("template", "add", "Bad", "--set", "caption={cty} at {date}");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("caption: unknown variable {cty} at character 1");

        CliRun missing = run("template", "apply", "Nope", Long.toString(rowers));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no template named 'Nope'");

        ok("template", "add", "T", "--set", "city=Paris");
        CliRun twice = run("template", "add", "T", "--set", "city=Lyon");
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("--replace");
    }

    @Test
    void rosterCodesExpandInEditsAndTemplates() throws IOException {
        Path roster = Files.writeString(tmp.resolve("roster.txt"), "lb=Laura Benning\tL. Benning\n");
        ok("roster", "add", roster.toString(), "--event", "Regatta");

        ok("edit", Long.toString(rowers), "--caption", "\\lb\\ rows; \\zz\\ and lb stay.");
        assertThat(show(rowers).path("caption").asText()).isEqualTo("Laura Benning rows; \\zz\\ and lb stay.");

        ok("template", "add", "Codes", "--set", "headline=\\LB\\ at dawn");
        ok("template", "apply", "Codes", Long.toString(crowd));
        assertThat(show(crowd).path("headline").asText()).isEqualTo("Laura Benning at dawn");
        assertThat(ok("roster", "list").out()).contains("Regatta\tLaura Benning\tL. Benning\t\\lb\\");
    }
}
