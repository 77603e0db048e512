package org.photodesk.embedded.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Good-quality downscaling with Java2D: halve with bilinear filtering (a 2x2 box average) while the image is at
 * least twice the target, then one bicubic step; transparent pixels are composited on white.
 */
final class Downscaler {

    private Downscaler() {}

    /** {@code image} scaled to {@code target}, as an opaque {@code TYPE_INT_RGB} image. */
    static BufferedImage scale(BufferedImage image, PixelSize target) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * target.width() && current.getHeight() >= 2 * target.height()) {
            current = draw(current, Math.max(target.width(), current.getWidth() / 2),
                    Math.max(target.height(), current.getHeight() / 2), RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getType() == BufferedImage.TYPE_INT_RGB
                && current.getWidth() == target.width() && current.getHeight() == target.height()) {
            return current;
        }
        return draw(current, target.width(), target.height(), RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
