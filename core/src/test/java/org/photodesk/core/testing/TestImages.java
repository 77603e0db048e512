package org.photodesk.core.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Test images: JPEGs drawn with Java2D, tagged by the real exiftool, and hand-made hostile headers. */
public final class TestImages {

    private TestImages() {}

    /** A JPEG of {@code width} x {@code height} whose pixels depend on {@code seed}. */
    public static byte[] jpeg(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB((seed % 360) / 360f, 0.6f, 0.8f)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(seed % width, (seed * 7) % height, width / 3, height / 3);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a JPEG to {@code file} and tags it with exiftool {@code tags} such as {@code -IPTC:Caption-Abstract=...}. */
    public static Path taggedJpeg(Path file, int seed, String... tags) throws IOException {
        Files.write(file, jpeg(64, 48, seed));
        exiftool(file, tags);
        return file;
    }

    /** Runs exiftool with {@code args} on {@code file}, overwriting it in place. */
    public static void exiftool(Path file, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("exiftool", "-q", "-overwrite_original", "-charset", "iptc=UTF8",
                "-codedcharacterset=utf8"));
        command.addAll(List.of(args));
        command.add(file.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("exiftool failed on " + file + ": " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A syntactically complete JPEG whose frame header claims {@code width} x {@code height} pixels. */
    public static byte[] jpegClaiming(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (height >> 8), (byte) height,
                (byte) (width >> 8), (byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0});
        out.writeBytes(new byte[64]);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }
}
