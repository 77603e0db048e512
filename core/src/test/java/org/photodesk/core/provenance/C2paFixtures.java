package org.photodesk.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Real pictures from Debian packages, small generated ones, exiftool, and byte surgery for the provenance tests. */
final class C2paFixtures {

    /** A 900x506 progressive JPEG photograph-like login background (Debian {@code desktop-base}). */
    static final Path JPEG = Path.of("/usr/share/desktop-base/joy-theme/login/sddm-preview.jpg");
    /** A 2560x1600 photograph of a ladybird (Debian {@code mate-backgrounds}). */
    static final Path PHOTO = Path.of("/usr/share/backgrounds/mate/nature/LadyBird.jpg");
    static final String EXIFTOOL = "/usr/bin/exiftool";

    private C2paFixtures() {}

    /** The bytes of a fixture picture, with a message naming the Debian package when it is missing. */
    static byte[] read(Path file) {
        String pkg = file.startsWith("/usr/share/backgrounds/mate") ? "mate-backgrounds" : "desktop-base";
        assertThat(file).as("fixture picture; install it with: apt-get install " + pkg).isRegularFile();
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small generated picture in {@code format} ("png" or "jpeg"). */
    static byte[] small(String format, int w, int h) {
        var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 5 & 0xFF) << 16 | (y * 7 & 0xFF) << 8 | ((x + y) * 3 & 0xFF));
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A copy of {@code bytes} with byte {@code at} inverted. */
    static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) ~copy[at];
        return copy;
    }

    /** Where {@code needle} first occurs in {@code haystack}, or -1. */
    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Where the entropy-coded data of the first scan starts in {@code jpeg}. */
    static int scanStart(byte[] jpeg) {
        int pos = 2;
        while (true) {
            int marker = jpeg[pos + 1] & 0xFF;
            int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
            pos += 2 + length;
            if (marker == 0xDA) {
                return pos;
            }
        }
    }

    /** Runs exiftool with {@code args}; returns its standard output, failing the test when it fails. */
    static String exiftool(String... args) {
        var command = new ArrayList<String>(List.of(EXIFTOOL));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exiftool finished").isTrue();
            assertThat(p.exitValue()).as("exiftool " + command + ": " + out).isZero();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
