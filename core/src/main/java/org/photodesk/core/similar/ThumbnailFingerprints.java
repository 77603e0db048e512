package org.photodesk.core.similar;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.photodesk.core.ingest.PerceptualHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The perceptual hasher the pipeline uses: decodes the thumbnail the renderer made (a JPEG of a few hundred pixels)
 * with ImageIO and takes its {@link PictureHash}, whose whole-frame hash is the photo's 64-bit perceptual hash.
 * Bad bytes give no fingerprint, never an exception.
 */
public final class ThumbnailFingerprints implements PerceptualHasher {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailFingerprints.class);

    /** Thumbnails larger than this many pixels are refused (the renderer makes 400-pixel ones). */
    private static final long MAX_PIXELS = 4_000_000;

    @Override
    public OptionalLong hash(byte[] thumbnailJpeg) {
        return fingerprint(thumbnailJpeg).map(h -> OptionalLong.of(h.frame())).orElse(OptionalLong.empty());
    }

    @Override
    public Optional<PictureHash> fingerprint(byte[] thumbnailJpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnailJpeg));
            if (image == null || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
                return Optional.empty();
            }
            int w = image.getWidth();
            int h = image.getHeight();
            int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
            return Optional.of(PictureHash.of(GreyImage.fromRgb(w, h, rgb)));
        } catch (IOException | RuntimeException e) {
            LOG.debug("no fingerprint: the thumbnail could not be decoded ({})", e.toString());
            return Optional.empty();
        }
    }
}
