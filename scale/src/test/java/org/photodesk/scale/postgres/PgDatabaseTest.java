package org.photodesk.scale.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The PostgreSQL address parsing and the migrations' bookkeeping, without a server. */
class PgDatabaseTest {

    @Test
    void newestNamesTheNewestMigration() throws IOException, URISyntaxException {
        Path dir = Path.of(PgDatabase.class.getResource("/db/postgresql").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertThat(PgDatabase.NEWEST).isEqualTo(newest);
        }
    }

    @Test
    void anAddressTakesItsCredentialsFromTheUrlOrTheEnvironmentAndNeverShowsThePassword() {
        var a = PostgresAddress.parse("postgresql://desk:s%40cret@db.example:6543/news?schema=photos&sslmode=require",
                name -> null);
        assertThat(a.user()).isEqualTo("desk");
        assertThat(a.password()).isEqualTo("s@cret");
        assertThat(a.schema()).isEqualTo("photos");
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/news?sslmode=require");
        assertThat(a.describe()).doesNotContain("cret").contains("desk@db.example:6543/news");
        assertThat(a.toString()).doesNotContain("cret");

        var fromEnv = PostgresAddress.parse("postgres://db/news", Map.of("PGUSER", "env", "PGPASSWORD", "pw")::get);
        assertThat(fromEnv.user()).isEqualTo("env");
        assertThat(fromEnv.password()).isEqualTo("pw");
        assertThat(fromEnv.port()).isEqualTo(5432);
        assertThat(fromEnv.schema()).isEqualTo("public");
    }

    @Test
    void aBadAddressSaysHowToWriteOneWithoutQuotingThePassword() {
        assertThatThrownBy(() -> PostgresAddress.parse("mysql://u:secret@h/d", n -> null))
                .hasMessageContaining("postgresql://USER:PASSWORD@HOST:PORT/DATABASE").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://u:secret@h", n -> null))
                .hasMessageContaining("no database").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://h/d?schema=Bad-Name", n -> null))
                .hasMessageContaining("schema 'Bad-Name'");
    }
}
