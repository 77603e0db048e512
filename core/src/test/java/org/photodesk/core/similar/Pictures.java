package org.photodesk.core.similar;

import java.util.SplittableRandom;

/** Synthetic grey pictures for the unit tests: smooth shapes and gradients, made from a seed, cut and shrunk. */
final class Pictures {

    private Pictures() {}

    /** A picture of some overlapping soft discs on a gradient, different for every seed. */
    static GreyImage scene(long seed, int width, int height) {
        SplittableRandom random = new SplittableRandom(seed);
        int discs = 6 + random.nextInt(6);
        double[][] d = new double[discs][4];
        for (double[] disc : d) {
            disc[0] = random.nextDouble() * width;
            disc[1] = random.nextDouble() * height;
            disc[2] = (0.05 + random.nextDouble() * 0.25) * Math.max(width, height);
            disc[3] = random.nextDouble() * 160 - 80;
        }
        double gx = random.nextDouble() * 100 - 50;
        double gy = random.nextDouble() * 100 - 50;
        byte[] luma = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 128 + gx * x / width + gy * y / height;
                for (double[] disc : d) {
                    double r = Math.hypot(x - disc[0], y - disc[1]) / disc[2];
                    v += disc[3] * Math.max(0, 1 - r * r);
                }
                luma[y * width + x] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
        return new GreyImage(width, height, luma);
    }

    /** The part of the picture from (x, y) of the given size. */
    static GreyImage crop(GreyImage image, int x, int y, int width, int height) {
        byte[] luma = new byte[width * height];
        for (int row = 0; row < height; row++) {
            System.arraycopy(image.luma(), (y + row) * image.width() + x, luma, row * width, width);
        }
        return new GreyImage(width, height, luma);
    }

    /** The picture shrunk by an integer factor, each pixel the mean of a block. */
    static GreyImage shrink(GreyImage image, int factor) {
        int w = image.width() / factor;
        int h = image.height() / factor;
        byte[] luma = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    for (int dx = 0; dx < factor; dx++) {
                        sum += image.at(x * factor + dx, y * factor + dy);
                    }
                }
                luma[y * w + x] = (byte) Math.round((double) sum / (factor * factor));
            }
        }
        return new GreyImage(w, h, luma);
    }

    /** The picture with every pixel's luma moved by {@code delta}, clipped to 0 to 255. */
    static GreyImage brighter(GreyImage image, int delta) {
        byte[] luma = new byte[image.luma().length];
        for (int i = 0; i < luma.length; i++) {
            luma[i] = (byte) Math.max(0, Math.min(255, (image.luma()[i] & 0xFF) + delta));
        }
        return new GreyImage(image.width(), image.height(), luma);
    }

    /** One flat grey level. */
    static GreyImage flat(int width, int height, int level) {
        byte[] luma = new byte[width * height];
        java.util.Arrays.fill(luma, (byte) level);
        return new GreyImage(width, height, luma);
    }
}
