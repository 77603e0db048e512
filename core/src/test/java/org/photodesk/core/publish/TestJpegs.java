package org.photodesk.core.publish;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real JPEG bytes made with Java ImageIO, and exiftool to write or read their metadata. */
public final class TestJpegs {

    private TestJpegs() {}

    /** A {@code width} x {@code height} gradient JPEG. */
    public static byte[] jpeg(int width, int height, Color from, Color to) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, from, width, height, to));
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            return JpegImages.encode(img);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code /usr/bin/exiftool} with {@code args} and returns its standard output. */
    public static String exiftool(List<String> args) {
        var command = new ArrayList<String>();
        command.add("/usr/bin/exiftool");
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("exiftool " + args + " failed: "
                        + new String(p.getErrorStream().readAllBytes()));
            }
            return new String(out, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code jpeg} after exiftool wrote {@code tags} (such as {@code -IPTC:Keywords=x}) into it. */
    public static byte[] withTags(byte[] jpeg, Path tmp, String... tags) throws IOException {
        Path file = Files.createTempFile(tmp, "fixture", ".jpg");
        Files.write(file, jpeg);
        var args = new ArrayList<>(List.of("-q", "-overwrite_original", "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8"));
        args.addAll(List.of(tags));
        args.add(file.toString());
        exiftool(args);
        return Files.readAllBytes(file);
    }
}
