package org.photodesk.app.render;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A renderer on libvips through Java's FFM API: {@code vips_thumbnail} decodes with shrink-on-load, turns the image
 * upright and converts CMYK to sRGB; embedded RGB profiles are converted to sRGB, grey is widened to sRGB, and
 * transparency is flattened on white when saving.
 */
public final class VipsRenderer implements Renderer {

    /** The shared-object name of libvips 8.x on Debian and most Linux distributions. */
    public static final String LIBRARY = "libvips.so.42";

    private static final Logger LOG = LoggerFactory.getLogger(VipsRenderer.class);

    private final Vips vips;
    private final RenderLimits limits;
    private final String name;

    private VipsRenderer(Vips vips, RenderLimits limits) {
        this.vips = vips;
        this.limits = limits;
        String[] version = vips.version().split("\\.");
        this.name = "libvips " + version[0] + "." + (version.length > 1 ? version[1] : "?") + " via FFM";
    }

    /** The libvips renderer, or empty (with the reason logged) when libvips or native access is missing. */
    public static Optional<VipsRenderer> load(RenderLimits limits) {
        return load(LIBRARY, limits);
    }

    /** As {@link #load(RenderLimits)}, binding the named or absolute-path {@code library}. */
    public static Optional<VipsRenderer> load(String library, RenderLimits limits) {
        Objects.requireNonNull(limits, "limits");
        if (!VipsRenderer.class.getModule().isNativeAccessEnabled()) {
            LOG.info("libvips renderer off: native access is not granted; start java with "
                    + "--enable-native-access=ALL-UNNAMED to use it");
            return Optional.empty();
        }
        try {
            return Optional.of(new VipsRenderer(new Vips(library), limits));
        } catch (IllegalArgumentException | IllegalStateException | UnsatisfiedLinkError e) {
            LOG.info("libvips renderer off: {} could not be loaded ({}); install libvips42 to use it",
                    library, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Rendition> renderAll(Path original, int... longSides) throws RenderException {
        int[] sides = Renderer.checkSizes(longSides);
        String file = original.getFileName().toString();
        try (Arena arena = Arena.ofConfined()) {
            // "[]" ends the name with an empty option list, so a '[' inside the path is never read as options.
            MemorySegment filename = arena.allocateFrom(original.toAbsolutePath() + "[]");
            boolean convertProfile = checkHeader(filename, file, arena);
            return render(filename, file, convertProfile, sides, arena);
        }
    }

    /** Refuses oversized or unreadable files; says whether an embedded RGB profile must be converted to sRGB. */
    private boolean checkHeader(MemorySegment filename, String file, Arena arena) throws RenderException {
        MemorySegment header = vips.openHeader(filename);
        if (header.equals(MemorySegment.NULL)) {
            throw failure(file);
        }
        try {
            int width = vips.width(header);
            int height = vips.height(header);
            if (!limits.allows(width, height)) {
                throw RenderException.tooLarge(file, width, height, limits);
            }
            // vips_thumbnail converts CMYK itself; asking it to export to sRGB from an image without a profile
            // shifts colours, so only images with an embedded RGB profile are asked.
            return vips.hasIccProfile(header, arena) && vips.bands(header) >= 3
                    && vips.interpretation(header) != vips.interpretationCmyk;
        } finally {
            vips.unref(header);
        }
    }

    private List<Rendition> render(MemorySegment filename, String file, boolean convertProfile, int[] sides,
            Arena arena) throws RenderException {
        int largest = Arrays.stream(sides).max().orElseThrow();
        MemorySegment decoded = srgb(check(vips.thumbnail(filename, largest, convertProfile, arena), file), file,
                arena);
        try {
            if (sides.length > 1) {
                MemorySegment inMemory = check(vips.copyMemory(decoded), file);
                vips.unref(decoded);
                decoded = inMemory;
            }
            List<Rendition> out = new ArrayList<>(sides.length);
            for (int side : sides) {
                out.add(side == largest ? save(decoded, file, arena) : smaller(decoded, side, file, arena));
            }
            return List.copyOf(out);
        } finally {
            vips.unref(decoded);
        }
    }

    /** The image as 8-bit sRGB (grey, 16-bit and other interpretations are converted); consumes {@code image}. */
    private MemorySegment srgb(MemorySegment image, String file, Arena arena) throws RenderException {
        if (vips.interpretation(image) == vips.interpretationSrgb && vips.bands(image) >= 3) {
            return image;
        }
        MemorySegment converted = vips.colourspace(image, vips.interpretationSrgb, arena);
        vips.unref(image);
        return check(converted, file);
    }

    private Rendition smaller(MemorySegment decoded, int side, String file, Arena arena) throws RenderException {
        MemorySegment image = check(vips.thumbnailImage(decoded, side, arena), file);
        try {
            return save(image, file, arena);
        } finally {
            vips.unref(image);
        }
    }

    private Rendition save(MemorySegment image, String file, Arena arena) throws RenderException {
        byte[] jpeg = vips.writeToBuffer(image,
                ".jpg[Q=" + limits.jpegQuality() + ",strip,background=255,optimize_coding]", arena);
        if (jpeg == null) {
            throw failure(file);
        }
        return new Rendition(vips.width(image), vips.height(image), jpeg);
    }

    private MemorySegment check(MemorySegment image, String file) throws RenderException {
        if (image.equals(MemorySegment.NULL)) {
            throw failure(file);
        }
        return image;
    }

    private RenderException failure(String file) {
        String error = vips.takeError();
        return error.contains("not a known file format") || error.contains("is not a known")
                ? RenderException.unsupported(file)
                : RenderException.unreadable(file, error.replace('\n', ' '), null);
    }
}
