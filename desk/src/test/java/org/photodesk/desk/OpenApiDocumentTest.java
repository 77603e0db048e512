package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {

    @TempDir
    Path dir;

    @Test
    void everyApiRouteIsDocumentedAndNothingElse() {
        try (var desk = new DeskHarness(dir)) {
            var anon = new HttpSession(desk.base);
            var r = anon.getJson("/api/openapi.json");
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode doc = HttpSession.tree(r);
            assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
            var documented = new ArrayList<String>();
            doc.get("paths").properties().forEach(p -> p.getValue().fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
            var registered = desk.server.routes().stream().filter(x -> x.contains(" /api/")).toList();
            assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
        }
    }
}
