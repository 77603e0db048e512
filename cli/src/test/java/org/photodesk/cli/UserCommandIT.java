package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.account.Accounts;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;

/** {@code photodesk user ...} and {@code photodesk audit}: the desk's account rules and audit log from the command line. */
class UserCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    /** One run with {@code stdin} as standard input and {@code env} as the environment. */
    private CliRun run(String stdin, Map<String, String> env, String... args) {
        var factory = new CliFactory(org.photodesk.scale.testing.TestBackends.chooser(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env::get);
        var cli = Main.commandLine(factory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data",
                data.toString())).toArray(String[]::new);
        return new CliRun(cli.execute(all), out.toString(), err.toString());
    }

    private CliRun run(String... args) {
        return run("", Map.of(), args);
    }

    private boolean logsIn(String name, String password) {
        try (Library library = org.photodesk.scale.testing.TestBackends.chooser().choose(org.photodesk.core.library.LibraryAddress.embedded(data))
                .open(LibraryOptions.DEFAULT)) {
            return new Accounts(library.accounts(), Clock.systemUTC()).verify(name, password).isPresent();
        }
    }

    @Test
    void accountsAreAddedWithAPasswordFromStandardInputOrTheEnvironment() throws IOException {
        CliRun ana = run("first admin secret\n", Map.of(), "user", "add", "ana", "--role", "admin", "--password-stdin");
        CliRun maria = run("", Map.of("MARIA_PW", "maria's own secret"), "user", "add", "maria", "--role", "editor",
                "--password-env", "MARIA_PW", "--json");
        CliRun list = run("user", "list");
        CliRun listJson = run("user", "list", "--json");

        assertThat(ana.exitCode()).as(ana.err()).isZero();
        assertThat(ana.out()).isEqualTo("Created ana, an admin.\n");
        assertThat(JSON.readTree(maria.out()).get("role").asText()).isEqualTo("EDITOR");
        assertThat(logsIn("ana", "first admin secret")).isTrue();
        assertThat(logsIn("maria", "maria's own secret")).isTrue();
        assertThat(list.out().lines()).containsExactly("ana    admin   enabled", "maria  editor  enabled");
        JsonNode users = JSON.readTree(listJson.out());
        assertThat(users).hasSize(2);
        assertThat(users.get(1).get("username").asText()).isEqualTo("maria");
        assertThat(users.get(1).get("enabled").asBoolean()).isTrue();
        assertThat(ana.out() + maria.out() + list.out()).doesNotContain("secret");
    }

    @Test
    void aPasswordIsNeverTakenFromTheArguments() {
        CliRun asArgument = run("user", "add", "maria", "--password", "in the process list");
        CliRun none = run("user", "add", "maria");
        CliRun unset = run("", Map.of(), "user", "add", "maria", "--password-env", "NOT_SET");

        assertThat(asArgument.exitCode()).isEqualTo(2);
        assertThat(asArgument.err()).contains("Unknown options: '--password'", "--password-stdin, --password-env");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("--password-stdin", "--password-env VAR", "never taken from the command line");
        assertThat(unset.err()).contains("NOT_SET is not set");
    }

    @Test
    void rolesDisablingAndPasswordsFollowTheDesksRules() throws IOException {
        run("admin secret 1\n", Map.of(), "user", "add", "ana", "--role", "admin", "--password-stdin");
        run("editor secret 1\n", Map.of(), "user", "add", "maria", "--role", "editor", "--password-stdin");

        CliRun demote = run("user", "role", "ana", "viewer");
        CliRun disableLast = run("user", "disable", "ana", "--json");
        CliRun promote = run("user", "role", "maria", "admin");
        CliRun disable = run("user", "disable", "maria", "--json");
        boolean disabledLogsIn = logsIn("maria", "editor secret 1");
        CliRun enable = run("user", "enable", "maria");
        CliRun reset = run("a new secret for maria\n", Map.of(), "user", "reset-password", "maria", "--password-stdin");
        CliRun unknown = run("user", "disable", "nobody");

        assertThat(demote.exitCode()).isEqualTo(1);
        assertThat(demote.err()).contains("last enabled admin", "Make another user admin first");
        assertThat(JSON.readTree(disableLast.out()).get("error").asText()).contains("last enabled admin");
        assertThat(promote.out()).isEqualTo("maria is now an admin.\n");
        assertThat(JSON.readTree(disable.out()).get("enabled").asBoolean()).isFalse();
        assertThat(disabledLogsIn).isFalse();
        assertThat(enable.out()).isEqualTo("maria is enabled again.\n");
        assertThat(reset.out()).isEqualTo("maria has a new password and is logged out everywhere.\n");
        assertThat(logsIn("maria", "editor secret 1")).isFalse();
        assertThat(logsIn("maria", "a new secret for maria")).isTrue();
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no user 'nobody'");
    }

    @Test
    void endingSessionsLogsAUserOutOfTheDesk() throws IOException {
        run("editor secret 1\n", Map.of(), "user", "add", "maria", "--role", "editor", "--password-stdin");
        String token;
        try (Library library = org.photodesk.scale.testing.TestBackends.open(data)) {
            var accounts = new Accounts(library.accounts(), Clock.systemUTC());
            token = accounts.startSession(accounts.find("maria").orElseThrow()).token();
            accounts.startSession(accounts.find("maria").orElseThrow());
        }

        CliRun ended = run("user", "end-sessions", "MARIA", "--json");

        assertThat(JSON.readTree(ended.out()).get("ended").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(ended.out()).get("username").asText()).isEqualTo("maria");
        try (Library library = org.photodesk.scale.testing.TestBackends.open(data)) {
            assertThat(new Accounts(library.accounts(), Clock.systemUTC()).findSession(token)).isEmpty();
        }
    }

    @Test
    void theAuditLogShowsTheChangesSinceATimeAndByTarget() throws IOException {
        run("editor secret 1\n", Map.of(), "user", "add", "maria", "--role", "editor", "--password-stdin");
        run("user", "role", "maria", "viewer");
        run("user", "disable", "maria");
        try (Library library = org.photodesk.scale.testing.TestBackends.open(data)) {
            library.audit().record("(anonymous)", "login.failed", "user/\u001b[2Jmaria", "reason", null,
                    "unknown user from 10.0.0.7");
        }

        CliRun all = run("audit", "--since", "1h");
        CliRun maria = run("audit", "--target", "user/maria", "--json");
        CliRun future = run("audit", "--since", "2999-01-01");
        CliRun bad = run("audit", "--since", "last tuesday");

        String actor = "cli:" + System.getProperty("user.name");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out().lines()).hasSize(4);
        assertThat(all.out().lines().toList().get(1)).endsWith("  " + actor + "  user.disable  user/maria  enabled: true -> false");
        assertThat(all.out().lines().toList().get(2)).endsWith("  user.role  user/maria  role: editor -> viewer");
        assertThat(all.out()).contains("user/\\u001b[2Jmaria").doesNotContain("\u001b").doesNotContain("secret");
        JsonNode entries = JSON.readTree(maria.out());
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).get("action").asText()).isEqualTo("user.disable");
        assertThat(entries.get(2).get("action").asText()).isEqualTo("user.create");
        assertThat(entries.get(2).get("username").asText()).isEqualTo(actor);
        assertThat(future.out()).isEmpty();
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("such as 90m, 1h, 2d, 1w");
    }
}
