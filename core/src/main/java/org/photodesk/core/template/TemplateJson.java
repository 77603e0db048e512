package org.photodesk.core.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * The JSON form in which the store adapters keep a template's rules in one text column:
 * {@code [{"field":"caption","mode":"append","text":"..."}]}.
 */
public final class TemplateJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {};

    private TemplateJson() {}

    /** The rules as JSON. */
    public static String write(List<FieldRule> rules) {
        List<Map<String, String>> rows = rules.stream()
                .map(r -> Map.of("field", r.field(), "mode", r.mode().word(), "text", r.text())).toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write template rules: " + e.getMessage(), e);
        }
    }

    /** The rules {@link #write} wrote. */
    public static List<FieldRule> read(String json) {
        try {
            return JSON.readValue(json, ROWS).stream()
                    .map(m -> new FieldRule(m.get("field"), FillMode.of(m.get("mode")), m.get("text"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored template rules are not valid JSON: " + e.getMessage(), e);
        }
    }
}
