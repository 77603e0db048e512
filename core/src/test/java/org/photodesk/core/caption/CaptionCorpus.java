package org.photodesk.core.caption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;

/** The labelled caption corpus in test resources, one JSON object a line: caption, optional iptc, expected, clean. */
public final class CaptionCorpus {

    /** One labelled caption. */
    public record Entry(int line, String caption, PhotoMetadata iptc, JsonNode expected, boolean clean) {}

    private CaptionCorpus() {}

    /** Every entry, in file order. */
    public static List<Entry> load() {
        ObjectMapper json = new ObjectMapper();
        List<Entry> out = new ArrayList<>();
        try (InputStream in = CaptionCorpus.class.getResourceAsStream("/org/photodesk/core/caption/corpus.jsonl")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(lines[i]);
                out.add(new Entry(i + 1, n.get("caption").asText(), iptc(n.get("iptc")), n.get("expected"),
                        n.path("clean").asBoolean(false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static PhotoMetadata iptc(JsonNode n) {
        if (n == null || n.isNull()) {
            return PhotoMetadata.EMPTY;
        }
        var b = PhotoMetadata.builder();
        b.credit(text(n, "credit")).city(text(n, "city")).country(text(n, "country"));
        String by = text(n, "byline");
        if (by != null) {
            b.byline(List.of(by));
        }
        String date = text(n, "dateCreated");
        if (date != null) {
            b.dateCreated(DateCreated.parse(date).orElse(null));
        }
        return b.build();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
