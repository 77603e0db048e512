package org.photodesk.desk;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small JPEGs drawn on the spot for tests, each with a colour and a spot placed by a seed, so that no two seeds give the same pixels. */
final class TestImages {

    private TestImages() {}

    static byte[] jpeg(int seed) {
        var img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.getHSBColor((seed * 0.618034f) % 1f, 0.6f, 0.45f + (seed % 5) * 0.1f));
        g.fillRect(0, 0, 160, 120);
        g.setColor(Color.WHITE);
        g.fillOval(10 + Math.floorMod(seed * 37, 90), 20 + Math.floorMod(seed * 23, 40), 60, 60);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
