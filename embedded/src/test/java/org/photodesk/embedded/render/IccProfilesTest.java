package org.photodesk.embedded.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Profiles from Debian's ghostscript package and from files written by the vips command, read by exiftool. */
class IccProfilesTest {

    private static final Path GHOSTSCRIPT = Path.of("/usr/share/color/icc/ghostscript");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"srgb.icc", "default_rgb.icc"})
    void recognisesSrgbProfiles(String name) throws IOException {
        assertThat(IccProfiles.isSrgb(ghostscript(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a98.icc", "rommrgb.icc", "esrgb.icc", "scrgb.icc", "ps_rgb.icc", "sgray.icc",
        "default_cmyk.icc", "lab.icc"})
    void refusesOtherProfiles(String name) throws IOException {
        assertThat(IccProfiles.isSrgb(ghostscript(name))).isFalse();
    }

    @Test
    void recognisesTheVersion4SrgbProfileLibvipsEmbeds() throws IOException {
        Path jpeg = dir.resolve("srgb.jpg");
        Fixtures.run("vips", "icc_export", Fixtures.require(Fixtures.PHOTO).toString(), jpeg.toString(),
                "--output-profile", "srgb");
        Path profile = dir.resolve("srgb.icc");
        Fixtures.run("exiftool", "-q", "-icc_profile", "-b", "-w!", dir.resolve("%f.icc").toString(),
                jpeg.toString());

        byte[] bytes = Files.readAllBytes(profile);

        assertThat(bytes.length).isGreaterThan(128);
        assertThat(IccProfiles.isSrgb(bytes)).isTrue();
    }

    @Test
    void truncatedOrDamagedProfilesAreNotSrgb() throws IOException {
        byte[] srgb = ghostscript("srgb.icc");

        for (int length : new int[] {0, 20, 131, 200, srgb.length / 2, srgb.length - 1}) {
            assertThat(IccProfiles.isSrgb(Arrays.copyOf(srgb, length))).as("%d bytes", length).isFalse();
        }
        byte[] damaged = srgb.clone();
        Arrays.fill(damaged, 132, Math.min(damaged.length, 132 + 12 * 9), (byte) 0xff);
        assertThat(IccProfiles.isSrgb(damaged)).isFalse();
    }

    private static byte[] ghostscript(String name) throws IOException {
        Path profile = GHOSTSCRIPT.resolve(name);
        assertThat(profile).as("ICC profile; install it with: apt-get install libgs-common").isRegularFile();
        return Files.readAllBytes(profile);
    }
}
