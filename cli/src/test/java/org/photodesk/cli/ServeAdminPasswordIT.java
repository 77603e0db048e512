package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code photodesk serve} on an empty library: the first admin's password is shown only when made up here. */
class ServeAdminPasswordIT {

    @TempDir
    Path data;

    private String serveOnce(Map<String, String> env, String loginPassword) throws Exception {
        var serve = new ServeCommand(org.photodesk.scale.testing.TestBackends.chooser(), env::get);
        serve.port = 0;
        serve.host = "127.0.0.1";
        serve.data = data;
        serve.maxUploadMb = 10;
        StringWriter printed = new StringWriter();
        try (var running = serve.start(serve.open(), new PrintWriter(printed, true))) {
            String password = loginPassword != null ? loginPassword
                    : printed.toString().replaceAll("(?s).*with password: (\\S+).*", "$1");
            var login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + running.server().port() + "/api/session")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(printed.toString()).isEqualTo(200);
        }
        return printed.toString();
    }

    @Test
    void aPasswordGivenInTheEnvironmentIsNeverPrinted() throws Exception {
        String printed = serveOnce(Map.of(ServeCommand.ADMIN_PASSWORD_ENV, "set-by-the-ops-team-42"),
                "set-by-the-ops-team-42");

        assertThat(printed).doesNotContain("set-by-the-ops-team-42")
                .contains("Created the first account 'admin' with the password in PHOTODESK_ADMIN_PASSWORD.");
    }

    @Test
    void aPasswordMadeUpHereIsShownOnceOnly() throws Exception {
        String first = serveOnce(Map.of(), null);
        String second = serveOnce(Map.of(), first.replaceAll("(?s).*with password: (\\S+).*", "$1"));

        assertThat(first).contains("Log in as 'admin' with password: ").contains("Shown once");
        assertThat(second).doesNotContain("password");
    }
}
