package org.photodesk.core.render;

import java.util.Objects;
import org.photodesk.core.photo.Problem;

/** Thrown when an original cannot be rendered; carries the reason as a {@link Problem} the caller can record. */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public RenderException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").message());
        this.problem = problem;
    }

    public RenderException(Problem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").message(), cause);
        this.problem = problem;
    }

    /** Why rendering failed: code {@code render.too-large}, {@code render.unsupported} or {@code render.unreadable}. */
    public Problem problem() {
        return problem;
    }

    public static RenderException tooLarge(String file, int width, int height, RenderLimits limits) {
        return new RenderException(Problem.of("render.too-large", String.format(java.util.Locale.ROOT,
                "%s is %dx%d (%.1f MP), above the %.1f MP limit for renditions: resize the original or raise the limit",
                file, width, height, (double) width * height / 1e6, limits.maxMegapixels())));
    }

    public static RenderException unsupported(String file) {
        return new RenderException(Problem.of("render.unsupported",
                file + " is not an image this renderer can read: send a JPEG, PNG, TIFF, WebP, HEIC or AVIF"));
    }

    public static RenderException unreadable(String file, String why, Throwable cause) {
        return new RenderException(Problem.of("render.unreadable",
                file + " could not be decoded (" + why + "): the file may be truncated or damaged; re-send it"), cause);
    }
}
