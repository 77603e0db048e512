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
 * The commands that change one photo ({@code edit}, {@code undo}, {@code fix}, {@code rate}, {@code label}) and
 * {@code gallery caption}, on the embedded library with JPEGs written by exiftool: what they change, what search and
 * show then see, the audit log, their JSON and their exit codes.
 */
class PhotoChangeCommandsIT {

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();
    private long id;

    private String data() {
        return tmp.resolve("data").toString();
    }

    private CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = data();
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
        // 11 August 2024 was a Sunday: the weekday is wrong on purpose, for the checks to suggest a fix.
        TestImages.taggedJpeg(in.resolve("rowers.jpg"), 1, "-IPTC:Caption-Abstract=Rowers train on the river in "
                + "Paris, France, Saturday, Aug. 11, 2024. (AP Photo/Laura Benning)", "-IPTC:By-line=Laura Benning",
                "-IPTC:Credit=AP", "-IPTC:City=Paris", "-IPTC:Country-PrimaryLocationName=France",
                "-IPTC:DateCreated=2024:08:11", "-IPTC:Headline=Rowers at dawn");
        ok("ingest", in.toString());
        JsonNode found = json.readTree(ok("search", "rowers", "--json").out());
        id = found.path("results").get(0).path("id").asLong();
    }

    @Test
    void editSetsSeveralFieldsSearchFindsThemAndTheAuditNamesTheCli() throws IOException {
        CliRun edit = ok("edit", Long.toString(id), "--city", "Lyon", "--headline", "Rowers on the Saone", "--json");

        JsonNode answer = json.readTree(edit.out());
        assertThat(answer.path("photo").path("city").asText()).isEqualTo("Lyon");
        assertThat(answer.path("changes")).hasSize(2);
        assertThat(answer.path("changes").findValuesAsText("field")).containsExactlyInAnyOrder("city", "headline");
        assertThat(json.readTree(ok("search", "city:lyon", "--json").out()).path("results")).hasSize(1);
        JsonNode audit = json.readTree(ok("audit", "--target", "photo/" + id, "--json").out());
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).path("username").asText()).isEqualTo("cli:" + System.getProperty("user.name"));
        assertThat(audit.findValuesAsText("action")).containsOnly("edit");
    }

    @Test
    void editWithAStaleVersionIsRefusedAndChangesNothing() throws IOException {
        int version = show(id).path("version").asInt();
        ok("edit", Long.toString(id), "--caption", "Rowers train at dawn.", "--as-version", Integer.toString(version));

        CliRun stale = run("edit", Long.toString(id), "--city", "Lyon", "--as-version", Integer.toString(version),
                "--json");

        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.err()).contains("not " + version, "show " + id).hasLineCount(1);
        assertThat(json.readTree(stale.out()).path("error").asText()).contains("someone changed it");
        assertThat(show(id).path("city").asText()).isEqualTo("Paris");
    }

    @Test
    void editNeedsAFieldAndEveryEditableFieldHasAnOption() {
        assertThat(run("edit", Long.toString(id)).exitCode()).isEqualTo(2);
        assertThat(run("edit", Long.toString(id), "--colour", "red").exitCode()).isEqualTo(2);
        assertThat(EditCommand.fields()).contains("caption", "city", "country", "usageTerms", "rating", "labels");
        String help = run("edit", "--help").out();
        EditCommand.fields().forEach(f -> assertThat(help).contains(EditCommand.option(f) + "="));
        assertThat(help).contains("--usage-terms=", "--as-version=");
    }

    @Test
    void undoPutsBackTheTextBeforeTheEditShowLists() throws IOException {
        ok("edit", Long.toString(id), "--city", "Lyon");
        JsonNode edits = show(id).path("edits");
        assertThat(edits).hasSize(1);
        long edit = edits.get(0).path("id").asLong();
        assertThat(ok("show", Long.toString(id)).out()).contains("edit " + edit, "city by cli:");

        CliRun undo = ok("undo", Long.toString(id), Long.toString(edit), "--json");

        assertThat(json.readTree(undo.out()).path("photo").path("city").asText()).isEqualTo("Paris");
        assertThat(show(id).path("edits")).hasSize(2);
        CliRun missing = run("undo", Long.toString(id), "999999");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("has no edit 999999", "show " + id);
    }

    @Test
    void fixAppliesTheSuggestedFixOfTheNumberedProblem() throws IOException {
        JsonNode problems = show(id).path("problems");
        int n = 0;
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).has("fix") && problems.get(i).path("message").asText().contains("Saturday")) {
                n = i + 1;
            }
        }
        assertThat(n).as("a weekday problem with a fix in %s", problems).isPositive();
        assertThat(ok("show", Long.toString(id)).out()).contains("photodesk fix " + id + " " + n);

        CliRun fix = ok("fix", Long.toString(id), Integer.toString(n));

        assertThat(fix.out()).contains("fixed problem " + n);
        JsonNode after = show(id);
        assertThat(after.path("caption").asText()).contains("Sunday, Aug. 11, 2024").doesNotContain("Saturday");
        assertThat(after.path("problems").toString()).doesNotContain("Saturday");
        assertThat(run("fix", Long.toString(id), "99").exitCode()).isEqualTo(1);
        assertThat(run("fix", Long.toString(id), "0").exitCode()).isEqualTo(2);
    }

    @Test
    void rateAndLabelAreKeptAndAudited() throws IOException {
        CliRun rate = ok("rate", Long.toString(id), "4", "--json");
        assertThat(json.readTree(rate.out()).path("photo").path("rating").asInt()).isEqualTo(4);
        assertThat(run("rate", Long.toString(id), "6").exitCode()).isEqualTo(2);
        assertThat(run("rate", "424242", "3").exitCode()).isEqualTo(1);

        ok("label", Long.toString(id), "select", "red");
        assertThat(show(id).path("labels")).extracting(JsonNode::asText).containsExactly("select", "red");
        CliRun removed = ok("label", Long.toString(id), "red", "--remove");
        assertThat(removed.out()).contains("labels select");
        assertThat(show(id).path("labels")).extracting(JsonNode::asText).containsExactly("select");
        assertThat(run("label", Long.toString(id), "a,b").exitCode()).isEqualTo(2);
        JsonNode audit = json.readTree(ok("audit", "--target", "photo/" + id, "--json").out());
        assertThat(audit.findValuesAsText("field")).containsExactly("labels", "labels", "rating");
    }

    @Test
    void galleryCaptionOverridesAndResetsAnItemsCaption() throws IOException {
        ok("gallery", "create", "--title", "Rowing", "--slug", "rowing");
        ok("gallery", "add", "rowing", Long.toString(id));

        CliRun set = ok("gallery", "caption", "rowing", Long.toString(id), "Rowers on the Seine.", "--json");

        assertThat(json.readTree(set.out()).path("override").asText()).isEqualTo("Rowers on the Seine.");
        JsonNode shown = json.readTree(ok("gallery", "show", "rowing", "--json").out());
        assertThat(shown.path("items").get(0).path("caption").asText()).isEqualTo("Rowers on the Seine.");
        assertThat(show(id).path("caption").asText()).startsWith("Rowers train on the river");
        JsonNode audit = json.readTree(ok("audit", "--json").out());
        assertThat(audit.findValuesAsText("action")).contains("gallery.caption");

        CliRun reset = ok("gallery", "caption", "rowing", Long.toString(id), "--reset", "--json");
        assertThat(json.readTree(reset.out()).path("override").isNull()).isTrue();
        assertThat(json.readTree(reset.out()).path("caption").asText()).startsWith("Rowers train on the river");

        assertThat(run("gallery", "caption", "rowing", Long.toString(id)).exitCode()).isEqualTo(2);
        assertThat(run("gallery", "caption", "rowing", Long.toString(id), "x", "--reset").exitCode()).isEqualTo(2);
        CliRun absent = run("gallery", "caption", "rowing", "424242", "Text", "--json");
        assertThat(absent.exitCode()).isEqualTo(1);
        assertThat(json.readTree(absent.out()).path("error").asText()).contains("424242");
    }

    @Test
    void galleryTakesTheSameDefaultLibraryAsEveryOtherCommand() {
        picocli.CommandLine cli = Main.commandLine(org.photodesk.embedded.EmbeddedBackends.chooser());
        String expected = cli.getSubcommands().get("show").getCommandSpec().findOption("--data").defaultValue();
        assertThat(expected).contains("photodesk-data");
        cli.getSubcommands().get("gallery").getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                assertThat(sub.getCommandSpec().findOption("--data").defaultValue()).as(name).isEqualTo(expected);
            }
        });
        for (String name : java.util.List.of("edit", "undo", "fix", "rate", "label", "user", "audit")) {
            var option = cli.getSubcommands().get(name).getCommandSpec().findOption("--data");
            if (option != null) {
                assertThat(option.defaultValue()).as(name).isEqualTo(expected);
            }
        }
    }
}
