package org.photodesk.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.photodesk.core.photo.Problem;

/**
 * Reads the assertions the desk shows: {@code c2pa.actions} (and {@code .v2}), {@code stds.schema-org.CreativeWork}
 * authors and the training-and-mining entries; each leniently, skipping what is malformed with a problem.
 */
final class Assertions {

    /** Most actions, authors or entries read from one assertion. */
    static final int MAX_ITEMS = 1_000;

    private Assertions() {}

    /** The label without an instance suffix ({@code __2}) or version ({@code .v2}): {@code c2pa.actions}. */
    static String baseLabel(String label) {
        String base = label;
        int instance = base.indexOf("__");
        if (instance > 0) {
            base = base.substring(0, instance);
        }
        return base.matches(".*\\.v\\d+") ? base.substring(0, base.lastIndexOf(".v")) : base;
    }

    /** The actions of a {@code c2pa.actions} assertion. */
    static List<C2paAction> actions(JsonNode node, List<Problem> problems) {
        JsonNode list = node.get("actions");
        if (list == null || !list.isArray()) {
            problems.add(Problem.of("c2pa.actions.malformed", "the c2pa.actions assertion has no list of actions"));
            return List.of();
        }
        var actions = new ArrayList<C2paAction>();
        for (JsonNode item : list) {
            if (actions.size() >= MAX_ITEMS) {
                break;
            }
            String name = Cbor.text(item, "action");
            if (name == null) {
                problems.add(Problem.of("c2pa.actions.malformed", "an action in c2pa.actions has no name; skipped"));
                continue;
            }
            actions.add(new C2paAction(name, sourceType(item), agent(item.get("softwareAgent")),
                    Cbor.text(item, "when"), Cbor.text(item, "description")));
        }
        return actions;
    }

    private static String sourceType(JsonNode action) {
        String direct = Cbor.text(action, "digitalSourceType");
        return direct != null ? direct : Cbor.text(action.get("parameters"), "digitalSourceType");
    }

    private static String agent(JsonNode agent) {
        if (agent == null) {
            return null;
        }
        if (agent.isTextual()) {
            return agent.asText();
        }
        String name = Cbor.text(agent, "name");
        String version = Cbor.text(agent, "version");
        return name == null || version == null ? name : name + " " + version;
    }

    /** The author names of a schema.org CreativeWork assertion ({@code author}: a name, a Person, or a list). */
    static List<String> authors(JsonNode node) {
        JsonNode author = node.get("author");
        var names = new ArrayList<String>();
        if (author == null) {
            return names;
        }
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = one.isTextual() ? one.asText() : Cbor.text(one, "name");
            if (name != null && !name.isBlank() && names.size() < MAX_ITEMS) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** The entries of a training-and-mining assertion ({@code c2pa.training-mining}, {@code cawg.training-mining}). */
    static List<TrainingPermission> training(JsonNode node, List<Problem> problems) {
        JsonNode entries = node.get("entries");
        if (entries == null || !entries.isObject()) {
            problems.add(Problem.of("c2pa.training.malformed", "the training-and-mining assertion has no entries"));
            return List.of();
        }
        var result = new ArrayList<TrainingPermission>();
        for (Map.Entry<String, JsonNode> e : entries.properties()) {
            String use = Cbor.text(e.getValue(), "use");
            if (use != null && result.size() < MAX_ITEMS) {
                result.add(new TrainingPermission(e.getKey(), use, Cbor.text(e.getValue(), "constraint_info")));
            }
        }
        return result;
    }
}
