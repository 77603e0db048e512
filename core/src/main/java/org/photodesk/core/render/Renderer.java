package org.photodesk.core.render;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes JPEG renditions of a stored original: sRGB, EXIF orientation applied, alpha composited on white, never
 * upscaled, and refused before decoding when the header claims too many pixels. Implementations are thread-safe.
 */
public interface Renderer {

    /** A short name for logs and the CLI, such as {@code libvips 8.14 via FFM} or {@code Java ImageIO}. */
    String name();

    /**
     * Renditions of {@code original} whose long sides are {@code longSides} (or the original's, when smaller), in
     * the order asked, all made from one decode.
     */
    List<Rendition> renderAll(Path original, int... longSides) throws RenderException;

    /** One rendition whose long side is {@code longSide}, or the original's when smaller. */
    default Rendition render(Path original, int longSide) throws RenderException {
        return renderAll(original, longSide).getFirst();
    }

    /** Checks the requested sizes: at least one, each positive. */
    static int[] checkSizes(int... longSides) {
        if (longSides.length == 0) {
            throw new IllegalArgumentException("ask for at least one rendition size");
        }
        for (int side : longSides) {
            if (side < 1) {
                throw new IllegalArgumentException("rendition long side must be positive, got " + side);
            }
        }
        return longSides.clone();
    }
}
