package org.photodesk.embedded.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real photographs from Debian packages, and fixtures derived from them by exiftool and the vips command. */
final class Fixtures {

    /** A 2560x1600 photograph of a ladybird, no ICC profile, no orientation tag (Debian {@code mate-backgrounds}). */
    static final Path PHOTO = Path.of("/usr/share/backgrounds/mate/nature/LadyBird.jpg");

    /** A 900x506 progressive JPEG, smaller than a preview (Debian {@code desktop-base}). */
    static final Path SMALL_JPEG = Path.of("/usr/share/desktop-base/joy-theme/login/sddm-preview.jpg");

    /** A 1689x1800 RGBA PNG logo whose corners are fully transparent (Debian {@code desktop-base}). */
    static final Path ALPHA_PNG =
            Path.of("/usr/share/desktop-base/emerald-theme/plymouth/logo+emerald.png");

    private Fixtures() {}

    /** The file, checked to exist, with a message naming the Debian package that ships it. */
    static Path require(Path file) {
        String pkg = file.startsWith("/usr/share/backgrounds/mate") ? "mate-backgrounds" : "desktop-base";
        assertThat(file).as("fixture photograph; install it with: apt-get install " + pkg).isRegularFile();
        return file;
    }

    /** A copy of {@code source} in {@code dir}, its EXIF orientation set to {@code orientation} by exiftool. */
    static Path withOrientation(Path source, Path dir, int orientation) throws IOException {
        Path out = dir.resolve("oriented-" + orientation + ".jpg");
        Files.copy(require(source), out);
        run("exiftool", "-q", "-overwrite_original", "-n", "-Orientation=" + orientation, out.toString());
        return out;
    }

    /** {@code source} converted by the vips command to CMYK with libvips' built-in CMYK profile embedded. */
    static Path cmyk(Path source, Path dir) throws IOException {
        Path out = dir.resolve("cmyk.jpg");
        run("vips", "icc_export", require(source).toString(), out.toString(), "--output-profile", "cmyk");
        return out;
    }

    /** {@code file} copied with its ICC profile removed by exiftool. */
    static Path withoutProfile(Path file, Path dir) throws IOException {
        Path out = dir.resolve("noprofile-" + file.getFileName());
        run("exiftool", "-q", "-icc_profile=", "-o", out.toString(), file.toString());
        return out;
    }

    /** {@code source} converted to a one-band greyscale JPEG by the vips command. */
    static Path grey(Path source, Path dir) throws IOException {
        Path out = dir.resolve("grey.jpg");
        run("vips", "colourspace", require(source).toString(), out.toString(), "b-w");
        return out;
    }

    /** {@code source} converted to Adobe RGB (1998) with that profile embedded, by the vips command. */
    static Path adobeRgb(Path source, Path dir) throws IOException {
        Path profile = Path.of("/usr/share/color/icc/ghostscript/a98.icc");
        assertThat(profile).as("Adobe RGB profile; install it with: apt-get install libgs-common").isRegularFile();
        Path out = dir.resolve("adobe-rgb.jpg");
        run("vips", "icc_export", require(source).toString(), out.toString(), "--output-profile", profile.toString());
        return out;
    }

    /** {@code source} saved by the vips command as {@code name}, whose suffix picks the format. */
    static Path converted(Path source, Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        run("vips", "copy", require(source).toString(), out.toString());
        return out;
    }

    /** Runs a command and asserts it succeeded. */
    static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            boolean done = process.waitFor(120, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(done).as("%s finished", List.of(command)).isTrue();
            assertThat(process.exitValue()).as("%s failed: %s", List.of(command), output).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + List.of(command), e);
        }
    }

    /** A PNG whose header claims {@code width} x {@code height} RGB pixels but which carries almost no data. */
    static byte[] pngClaiming(int width, int height) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        parts.add(chunk("IHDR", ihdr.array()));
        parts.add(chunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        parts.add(chunk("IEND", new byte[0]));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return java.nio.ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
