package org.photodesk.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    /** The versions of the migration files, in order (helpers' branches may leave gaps until they are merged). */
    private static java.util.List<Integer> versions() throws IOException, URISyntaxException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(Path.of(MigrationsTest.class.getResource("/db/migration").toURI()))) {
            return files.map(p -> version.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        }
    }

    @Test
    void theNewestVersionIsTheHighestMigrationFile() throws IOException, URISyntaxException {
        int highest = versions().getLast();

        assertThat(Migrations.NEWEST).as("Migrations.NEWEST must name the newest file in db/migration")
                .isEqualTo(highest);
    }

    @Test
    void aNewDatabaseIsNotCurrentUntilMigrated() {
        Path db = dir.resolve("new.db");
        String url = "jdbc:sqlite:" + db;

        assertThat(Migrations.isCurrent(url)).isFalse();
        Migrations.migrate(db);
        assertThat(Migrations.isCurrent(url)).isTrue();
    }

    @Test
    void aDatabaseOneVersionBehindIsMigratedToTheNewest() throws SQLException, IOException, URISyntaxException {
        Path db = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + db;
        java.util.List<Integer> versions = versions();
        Flyway.configure().dataSource(url, null, null).locations(Migrations.LOCATION)
                .target(String.valueOf(versions.get(versions.size() - 2))).load().migrate();
        assertThat(Migrations.isCurrent(url)).isFalse();

        Migrations.migrate(db);

        assertThat(Migrations.isCurrent(url)).isTrue();
        try (var c = DriverManager.getConnection(url); var s = c.createStatement();
                var r = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1")) {
            assertThat(r.getInt(1)).isEqualTo(versions.size());
        }
    }

    @Test
    void aLibraryMadeByANewerPhotodeskIsRefusedWithAMessageThatSaysSo() throws SQLException {
        Path db = dir.resolve("newer.db");
        Migrations.migrate(db);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET version = '99' WHERE version = '" + Migrations.NEWEST + "'");
        }

        assertThatThrownBy(() -> Migrations.migrate(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer Photodesk").hasMessageContaining("99");
    }

    @Test
    void somethingThatIsNotADatabaseIsNeverCurrent() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.db"), "this is not an SQLite file");

        assertThat(Migrations.isCurrent("jdbc:sqlite:" + junk)).isFalse();
    }
}
