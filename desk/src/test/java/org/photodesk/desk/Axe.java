package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * axe-core (from npm, fetched once into {@code target/axe} with {@code npm pack}) run inside a page of a Playwright
 * test: a page passes when axe finds no serious or critical violation.
 */
final class Axe {

    static final String VERSION = "4.14.1";
    private static final Path DIR = Paths.get("target", "axe");

    private Axe() {}

    /** The axe-core script, fetched from the npm registry the first time. */
    static synchronized String script() {
        Path js = DIR.resolve("package").resolve("axe.min.js");
        try {
            if (!Files.exists(js)) {
                Files.createDirectories(DIR);
                run(List.of("npm", "pack", "axe-core@" + VERSION, "--pack-destination", DIR.toString()));
                run(List.of("tar", "xzf", DIR.resolve("axe-core-" + VERSION + ".tgz").toString(), "-C", DIR.toString()));
            }
            return Files.readString(js);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core could not be fetched with npm: install npm or put axe.min.js at " + js, e);
        }
    }

    private static void run(List<String> command) throws IOException {
        try {
            // Never inheritIO here: the test JVM's standard streams are the build's channel to Maven, and a child
            // that reads or writes them corrupts it ("std/in stream corrupted"). The child's output goes to a log.
            Files.createDirectories(DIR);
            Path log = DIR.resolve("command.log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            p.getOutputStream().close();
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit code " + p.exitValue()
                        + "; its output is in " + log.toAbsolutePath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * The serious and critical violations axe finds in {@code page} as it is now, as "rule: target" lines. The page's
     * context must bypass the Content-Security-Policy (which forbids the injected script).
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => !!window.axe"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        }
        Object found = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')));
                }""");
        return (List<String>) found;
    }

    /** Asserts that {@code page} has no serious or critical violation. */
    static void assertClean(Page page, String what) {
        assertThat(seriousViolations(page)).as("axe-core on " + what).isEmpty();
    }

}
