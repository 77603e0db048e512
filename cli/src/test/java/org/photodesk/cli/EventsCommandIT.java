package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.embedded.event.SeedFiles;

/** {@code photodesk events} and {@code event show|rename|merge|split} over the two seed articles. */
class EventsCommandIT {

    private static final String REUTERS_EVENT = "ev-000-37131db28e5b8f27-txt";
    private static final String AP_EVENT = "ev-001-6499f0225b0dc24d-txt";

    @TempDir
    Path data;

    private final ObjectMapper mapper = new ObjectMapper();

    private EventCliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(data.toString());
        return EventCliRun.of(all.toArray(String[]::new));
    }

    private JsonNode json(String... args) throws IOException {
        EventCliRun r = run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return mapper.readTree(r.out());
    }

    private void importSeeds() {
        EventCliRun r = run("import", SeedFiles.path(SeedFiles.REUTERS).toString(), SeedFiles.path(SeedFiles.AP).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void aRegroupGivesTheListKeptAsTheArticlesCameIn() throws IOException {
        importSeeds();
        JsonNode kept = json("events", "--json");

        JsonNode regrouped = json("events", "--json", "--regroup");

        assertThat(regrouped).isEqualTo(kept);
        assertThat(json("events", "--json")).isEqualTo(kept);
    }

    @Test
    void bothSeedsAreOneEventAtTheStadeDeFranceOnAugustEleventh() throws IOException {
        importSeeds();

        JsonNode events = json("events", "--json");

        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("id").asText()).isEqualTo(REUTERS_EVENT);
        assertThat(e.get("name").asText()).isEqualTo("Ceremonies - Paris 2024 Closing Ceremony");
        assertThat(e.get("dates")).hasSize(1);
        assertThat(e.get("dates").get(0).asText()).isEqualTo("2024-08-11");
        assertThat(e.get("venue").asText()).isEqualTo("Stade de France");
        assertThat(e.get("city").asText()).isEqualTo("Saint-Denis");
        assertThat(e.get("country").asText()).isEqualTo("France");
        assertThat(e.get("articles").asInt()).isEqualTo(2);
        assertThat(e.get("photos").asInt()).isZero();
    }

    @Test
    void theSheetHasTheFiguresComparedThePerformersWithVariantsTomCruiseAndBothOutletsPhotographers()
            throws IOException {
        importSeeds();

        JsonNode sheet = json("event", "show", REUTERS_EVENT, "--json");

        assertThat(texts(sheet.get("figures"), "text")).contains("77,000-capacity stadium", "Over 70,000 spectators",
                "over 100 performers", "270 artists", "just over two hours");
        assertThat(texts(sheet.get("comparisons"), "verdict")).containsExactly("NOT_COMPARABLE", "DIFFER");
        JsonNode people = sheet.get("people");
        assertThat(texts(people, "name")).contains("Tom Cruise", "Angèle", "Phoenix", "Alain Roche", "Air");
        for (JsonNode p : people) {
            List<String> spellings = new ArrayList<>();
            p.get("spellings").forEach(s -> spellings.add(s.asText()));
            switch (p.get("name").asText()) {
                case "Angèle" -> assertThat(spellings).containsExactly("Angèle", "Angele");
                case "Phoenix" -> assertThat(spellings).contains("Phonenix");
                case "Alain Roche" -> assertThat(spellings).contains("Alaine Roche");
                case "Tom Cruise" -> assertThat(p.get("roles").get(0).asText()).isEqualTo("ACTOR");
                default -> { }
            }
        }
        List<String> photographers = new ArrayList<>();
        sheet.get("photographers").forEach(p -> photographers.add(p.get("name").asText() + "/" + p.get("agency").asText()));
        assertThat(photographers).contains("Phil Noble/Reuters", "Martin Meissner/AP", "Dita Alangkara/AP");
        assertThat(sheet.get("venue").get("variants").get(0).asText()).isEqualTo("State de France");
        assertThat(sheet.get("dates").get(0).get("date").asText()).isEqualTo("2024-08-11");
    }

    @Test
    void theTextSheetShowsPlaceDatePeopleFiguresSideBySideHighlightsAndPhotographers() {
        importSeeds();

        EventCliRun r = run("event", "show", REUTERS_EVENT);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("where:  Stade de France (also written State de France), Saint-Denis, France",
                "when:   2024-08-11", "Angèle (person, performer); also written Angele",
                "Tom Cruise (person, actor)", "77,000-capacity stadium [" + SeedFiles.REUTERS + "]  |  Over 70,000",
                "=> not comparable", "=> differ", "highlights:", "stunt:", "Phil Noble (Reuters): 1 photo",
                "Martin Meissner (AP)");
    }

    @Test
    void splitRenameAndMergeAreKeptAcrossRebuilds() throws IOException {
        importSeeds();

        EventCliRun split = run("event", "split", REUTERS_EVENT, SeedFiles.AP, "--name", "AP pictures");
        assertThat(split.exitCode()).as(split.err()).isZero();
        assertThat(split.out()).contains("new event " + AP_EVENT + " 'AP pictures'");
        assertThat(texts(json("events", "--json"), "id")).containsExactly(REUTERS_EVENT, AP_EVENT);

        assertThat(run("event", "rename", REUTERS_EVENT, "Closing", "ceremony", "(Reuters)").exitCode()).isZero();
        Path other = Files.writeString(data.resolve("other.txt"), """
                date 2024-02-10 Lantern night in the old town. Thousands walked the river banks.

                Lanterns float on the river in Hoi An, Vietnam, on Saturday. AP/Jane Roe
                """);
        assertThat(run("import", other.toString()).exitCode()).isZero();

        JsonNode events = json("events", "--json");
        assertThat(texts(events, "name")).containsExactly("Closing ceremony (Reuters)", "AP pictures",
                "Lantern night in the old town.");

        EventCliRun merge = run("event", "merge", REUTERS_EVENT, AP_EVENT);
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        events = json("events", "--json");
        assertThat(texts(events, "id")).containsExactly(REUTERS_EVENT, "ev-other-txt");
        assertThat(events.get(0).get("name").asText()).isEqualTo("Closing ceremony (Reuters)");
        assertThat(events.get(0).get("articles").asInt()).isEqualTo(2);
    }

    @Test
    void unknownEventsAndMembersAreRefusedWithTheWayOut() {
        importSeeds();

        EventCliRun show = run("event", "show", "ev-nope");
        EventCliRun split = run("event", "split", REUTERS_EVENT, "photo:99");
        EventCliRun all = run("event", "split", REUTERS_EVENT, SeedFiles.REUTERS, SeedFiles.AP);
        EventCliRun self = run("event", "merge", REUTERS_EVENT, REUTERS_EVENT);

        assertThat(show.exitCode()).isEqualTo(1);
        assertThat(show.err()).contains("no event 'ev-nope'", "photodesk events");
        assertThat(split.exitCode()).isEqualTo(1);
        assertThat(split.err()).contains("has no member [photo:99]", SeedFiles.AP);
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(all.err()).contains("empty");
        assertThat(self.exitCode()).isEqualTo(1);
        assertThat(self.err()).contains("with itself");
    }

    @Test
    void eventListIsTheSameAsEvents() {
        importSeeds();

        EventCliRun list = run("event", "list");
        EventCliRun events = run("events");

        assertThat(list.out()).isEqualTo(events.out()).contains(REUTERS_EVENT, "1 event", "2 articles, 0 photos");
    }
}
