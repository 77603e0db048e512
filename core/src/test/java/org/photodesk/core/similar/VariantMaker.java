package org.photodesk.core.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Makes the changed copies of a photograph that the measurement needs with libvips' command-line tools, the way a
 * picture desk would meet them: re-encoded, resized, cropped, with a logo or a caption strip, brighter or darker;
 * and pairs of overlapping frames as a stand-in for a burst. Files already made are kept (a rerun only hashes).
 */
final class VariantMaker {

    /** Longest side of the working copy the variants are cut from, like an agency's transmitted size. */
    static final int MASTER_SIZE = 1600;
    /** Longest side of the thumbnail every file is hashed from, like the desk's thumbnail rendition. */
    static final int THUMBNAIL_SIZE = 400;
    /** Width and height of a burst stand-in frame, as a share of the picture. */
    static final double BURST_WINDOW = 0.80;

    /** One kind of duplicate: a name and how to make it from the working copy. */
    enum Kind {
        JPEG_Q50, JPEG_Q70, JPEG_Q95, RESIZE_50, RESIZE_25,
        CROP_2, CROP_5, CROP_8, CROP_10, CROP_10_ONE_CORNER,
        LOGO, CAPTION_STRIP, BRIGHTER, DARKER, CROP_5_RESIZE_50_Q70
    }

    private final Path logo;

    VariantMaker(Path logo) {
        this.logo = logo;
    }

    /** The working copy: the photograph shrunk to {@link #MASTER_SIZE} (never enlarged), JPEG quality 95. */
    Path master(Path photo, Path dir) {
        Path out = dir.resolve("master.jpg");
        if (!Files.exists(out)) {
            run("vipsthumbnail", photo.toString(), "-s", MASTER_SIZE + "x" + MASTER_SIZE + ">",
                    "-o", tmp(out) + "[Q=95]");
            publish(out);
        }
        return out;
    }

    Path variant(Path master, Kind kind, Path dir, long seed) {
        Path out = dir.resolve(kind.name().toLowerCase() + ".jpg");
        if (Files.exists(out)) {
            return out;
        }
        int w = header(master, "width");
        int h = header(master, "height");
        String m = master.toString();
        String t = tmp(out).toString();
        Random random = new Random(seed);
        switch (kind) {
            case JPEG_Q50 -> run("vips", "copy", m, t + "[Q=50]");
            case JPEG_Q70 -> run("vips", "copy", m, t + "[Q=70]");
            case JPEG_Q95 -> run("vips", "copy", m, t + "[Q=95]");
            case RESIZE_50 -> run("vips", "resize", m, t + "[Q=85]", "0.5");
            case RESIZE_25 -> run("vips", "resize", m, t + "[Q=85]", "0.25");
            case CROP_2 -> crop(m, t + "[Q=90]", w, h, 0.02, random.nextDouble(), random.nextDouble());
            case CROP_5 -> crop(m, t + "[Q=90]", w, h, 0.05, random.nextDouble(), random.nextDouble());
            case CROP_8 -> crop(m, t + "[Q=90]", w, h, 0.08, random.nextDouble(), random.nextDouble());
            case CROP_10 -> crop(m, t + "[Q=90]", w, h, 0.10, random.nextDouble(), random.nextDouble());
            case CROP_10_ONE_CORNER -> crop(m, t + "[Q=90]", w, h, 0.10, 1, 1);
            case LOGO -> logo(m, t, w, dir);
            case CAPTION_STRIP -> captionStrip(m, t, w, h, dir);
            case BRIGHTER -> run("vips", "linear", m, t + "[Q=90]", "1", "20", "--uchar");
            case DARKER -> run("vips", "linear", m, t + "[Q=90]", "0.85", "0", "--uchar");
            case CROP_5_RESIZE_50_Q70 -> {
                Path cropped = dir.resolve("chain.v");
                crop(m, cropped.toString(), w, h, 0.05, random.nextDouble(), random.nextDouble());
                run("vips", "resize", cropped.toString(), t + "[Q=70]", "0.5");
                delete(cropped);
            }
        }
        publish(out);
        return out;
    }

    /** Two frames of {@link #BURST_WINDOW} of the picture, the second panned right by {@code shift} of its width. */
    List<Path> burst(Path master, double shift, Path dir) {
        int w = header(master, "width");
        int h = header(master, "height");
        int fw = (int) Math.round(w * BURST_WINDOW);
        int fh = (int) Math.round(h * BURST_WINDOW);
        int top = (h - fh) / 2;
        List<Path> frames = new ArrayList<>();
        int[] lefts = {0, (int) Math.round(w * shift)};
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("burst-" + Math.round(shift * 100) + "-" + i + ".jpg");
            if (!Files.exists(out)) {
                run("vips", "crop", master.toString(), tmp(out) + "[Q=90]", String.valueOf(lefts[i]),
                        String.valueOf(top), String.valueOf(fw), String.valueOf(fh));
                publish(out);
            }
            frames.add(out);
        }
        return frames;
    }

    /** The desk-like thumbnail of any file: {@link #THUMBNAIL_SIZE} on the longest side, JPEG quality 85. */
    Path thumbnail(Path file, Path out) {
        if (!Files.exists(out)) {
            run("vipsthumbnail", file.toString(), "-s", THUMBNAIL_SIZE + "x" + THUMBNAIL_SIZE,
                    "-o", tmp(out) + "[Q=85]");
            publish(out);
        }
        return out;
    }

    /** Removes {@code share} of the width and of the height, {@code left} and {@code top} of it on those sides. */
    private static void crop(String in, String out, int w, int h, double share, double left, double top) {
        int cutW = (int) Math.round(w * share);
        int cutH = (int) Math.round(h * share);
        int x = (int) Math.round(cutW * left);
        int y = (int) Math.round(cutH * top);
        run("vips", "crop", in, out, String.valueOf(x), String.valueOf(y), String.valueOf(w - cutW),
                String.valueOf(h - cutH));
    }

    /** The Debian swirl, 15 % of the width, near the top left corner, like an agency's or a broadcaster's bug. */
    private void logo(String in, String out, int w, Path dir) {
        Path scaled = dir.resolve("logo.v");
        Path withAlpha = dir.resolve("alpha.v");
        Path composed = dir.resolve("composed.v");
        run("vips", "resize", logo.toString(), scaled.toString(), String.valueOf(0.15 * w / 256));
        run("vips", "bandjoin_const", in, withAlpha.toString(), "255");
        run("vips", "composite2", withAlpha.toString(), scaled.toString(), composed.toString(), "over",
                "--x", String.valueOf(w * 3 / 100), "--y", String.valueOf(w * 3 / 100));
        run("vips", "flatten", composed.toString(), out + "[Q=90]");
        delete(scaled);
        delete(withAlpha);
        delete(composed);
    }

    /** A black strip over the bottom tenth with a white credit and caption line, as some sites burn them in. */
    private static void captionStrip(String in, String out, int w, int h, Path dir) {
        int strip = Math.max(8, h / 10);
        Path text = dir.resolve("text.v");
        Path band = dir.resolve("band.v");
        Path rgb = dir.resolve("rgb.v");
        run("vips", "text", text.toString(), "PHOTO: AGENCY / Jane Doe - Crowds gather in the square on Sunday",
                "--width", String.valueOf(w * 9 / 10), "--dpi", String.valueOf(Math.max(30, w / 12)));
        int textH = Math.min(header(text, "height"), strip);
        run("vips", "embed", text.toString(), band.toString(), String.valueOf(w / 30),
                String.valueOf(Math.max(0, (strip - textH) / 2)), String.valueOf(w), String.valueOf(strip));
        run("vips", "bandjoin", band + " " + band + " " + band, rgb.toString());
        run("vips", "insert", in, rgb.toString(), out + "[Q=90]", "0", String.valueOf(h - strip));
        delete(text);
        delete(band);
        delete(rgb);
    }

    static int header(Path file, String field) {
        return Integer.parseInt(run("vipsheader", "-f", field, file.toString()).strip());
    }

    private static Path tmp(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling(name.substring(0, dot) + ".part" + name.substring(dot));
    }

    private static void publish(Path out) {
        try {
            Files.move(tmp(out), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("failed (" + p.exitValue() + "): " + String.join(" ", command)
                        + "\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
