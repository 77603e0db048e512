package org.photodesk.embedded.render;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The eight EXIF orientations (TIFF tag 0x0112): how the stored pixels must be turned or mirrored to be upright.
 */
enum Orientation {
    /** 1: stored upright. */
    NORMAL,
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL,
    /** 3: turned half a turn. */
    ROTATE_180,
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL,
    /** 5: mirrored along the top-left to bottom-right diagonal. */
    TRANSPOSE,
    /** 6: must be turned a quarter turn clockwise. */
    ROTATE_90_CW,
    /** 7: mirrored along the top-right to bottom-left diagonal. */
    TRANSVERSE,
    /** 8: must be turned a quarter turn counter-clockwise. */
    ROTATE_90_CCW;

    /** The orientation for an EXIF value; values outside 1 to 8 (seen in broken files) count as upright. */
    static Orientation ofExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** The orientation the file's EXIF claims, upright when it has none or its metadata cannot be read. */
    static Orientation read(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                Integer value = dir.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
                if (value != null) {
                    return ofExif(value);
                }
            }
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return NORMAL;
        }
        return NORMAL;
    }

    /** Whether upright width and height are the stored height and width. */
    boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** {@code image} (of type {@code TYPE_INT_RGB}) turned upright; the same image when already upright. */
    BufferedImage apply(BufferedImage image) {
        if (this == NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int outW = swapsSides() ? h : w;
        BufferedImage out = new BufferedImage(outW, swapsSides() ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                dst[target(x, y, w, h, outW)] = src[y * w + x];
            }
        }
        return out;
    }

    /** Where stored pixel (x, y) lands in the upright image, as an index into its rows of width {@code outW}. */
    private int target(int x, int y, int w, int h, int outW) {
        return switch (this) {
            case NORMAL -> y * outW + x;
            case MIRROR_HORIZONTAL -> y * outW + (w - 1 - x);
            case ROTATE_180 -> (h - 1 - y) * outW + (w - 1 - x);
            case MIRROR_VERTICAL -> (h - 1 - y) * outW + x;
            case TRANSPOSE -> x * outW + y;
            case ROTATE_90_CW -> x * outW + (h - 1 - y);
            case TRANSVERSE -> (w - 1 - x) * outW + (h - 1 - y);
            case ROTATE_90_CCW -> (w - 1 - x) * outW + y;
        };
    }
}
