package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSetTest {

    @TempDir
    Path dir;

    @Test
    void demoPhotosCarryTheirCaptionsAsExiftoolReadsThem() throws Exception {
        var files = DemoSet.files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(24);
        assertThat(files).extracting(DemoSet.DemoFile::caption).anyMatch(c -> c.contains("An artists perform"))
                .anyMatch(c -> c.contains("(AP Photo/")).anyMatch(c -> c.contains("REUTERS/"))
                .anyMatch(c -> c.contains("/ AFP)")).anyMatch(c -> c.contains("/Getty Images)")).anyMatch(c -> c.startsWith("epa"));
        var f = files.get(3);
        Path jpg = dir.resolve(f.name());
        Files.write(jpg, f.bytes());
        var p = new ProcessBuilder("exiftool", "-s3", "-charset", "iptc=UTF8", "-IPTC:Caption-Abstract", "-XMP-dc:Description", "-IPTC:City",
                jpg.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out.lines().toList()).containsExactly(f.caption(), f.caption(), "Paris");
    }
}
