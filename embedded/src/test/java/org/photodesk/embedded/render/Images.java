package org.photodesk.embedded.render;

import org.photodesk.core.render.Rendition;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pixel measurements for tests: decoding, mean colour, coarse luminance grids and EXIF turns done by Java2D. */
final class Images {

    private Images() {}

    /** The rendition decoded, after checking it is a 3-band sRGB JPEG. */
    static BufferedImage decodeJpeg(Rendition rendition) throws IOException {
        byte[] jpeg = rendition.jpeg();
        assertThat(jpeg).as("JPEG SOI marker").startsWith((byte) 0xFF, (byte) 0xD8);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(image).as("ImageIO can read the rendition").isNotNull();
        assertThat(image.getRaster().getNumBands()).as("bands").isEqualTo(3);
        assertThat(image.getColorModel().getColorSpace().isCS_sRGB()).as("sRGB").isTrue();
        assertThat(image.getWidth()).isEqualTo(rendition.width());
        assertThat(image.getHeight()).isEqualTo(rendition.height());
        return image;
    }

    /** The file decoded by ImageIO (TwelveMonkeys colour-manages it to sRGB) and composited on white. */
    static BufferedImage readOnWhite(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("ImageIO can read %s", file).isNotNull();
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, Color.WHITE, null);
        g.dispose();
        return out;
    }

    /** Mean red, green and blue, 0 to 255. */
    static double[] meanRgb(BufferedImage image) {
        double[] sum = new double[3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                sum[0] += (rgb >> 16) & 0xff;
                sum[1] += (rgb >> 8) & 0xff;
                sum[2] += rgb & 0xff;
            }
        }
        double n = (double) image.getWidth() * image.getHeight();
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }

    /** The largest difference between two colours' channels. */
    static double distance(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < 3; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** Mean luminance of each cell of a {@code cells} x {@code cells} grid laid over the image. */
    static double[][] grid(BufferedImage image, int cells) {
        double[][] sum = new double[cells][cells];
        int[][] count = new int[cells][cells];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                int cy = y * cells / image.getHeight();
                int cx = x * cells / image.getWidth();
                sum[cy][cx] += luma;
                count[cy][cx]++;
            }
        }
        for (int cy = 0; cy < cells; cy++) {
            for (int cx = 0; cx < cells; cx++) {
                sum[cy][cx] /= count[cy][cx];
            }
        }
        return sum;
    }

    /** The mean absolute difference of two grids of the same shape. */
    static double gridDifference(double[][] a, double[][] b) {
        double total = 0;
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a.length; x++) {
                total += Math.abs(a[y][x] - b[y][x]);
            }
        }
        return total / (a.length * a.length);
    }

    /**
     * The upright form of an image stored with EXIF orientation {@code exif}, per the TIFF 6.0 / EXIF 2.3
     * definition (which stored row and column become the visual top and left), done with an affine transform.
     */
    static BufferedImage upright(BufferedImage stored, int exif) {
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swap = exif >= 5;
        AffineTransform t = switch (exif) {
            case 1 -> new AffineTransform();
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> throw new IllegalArgumentException("EXIF orientation " + exif);
        };
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(stored, t, null);
        g.dispose();
        return out;
    }
}
