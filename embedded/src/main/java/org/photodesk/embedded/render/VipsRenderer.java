package org.photodesk.embedded.render;

import org.photodesk.core.render.RenderException;
import org.photodesk.core.render.RenderLimits;
import org.photodesk.core.render.Rendition;
import org.photodesk.core.render.Renderer;
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
 * A renderer on libvips through Java's FFM API. A plain JPEG (sRGB with no profile or an sRGB one, or grey) is
 * decoded once with libjpeg's shrink-on-load to at most twice the largest rendition, reduced the rest of the way
 * with a cubic kernel, held in memory and turned upright; the smaller renditions are made from it. Other images go
 * through {@code vips_thumbnail}, which also turns them upright and converts CMYK to sRGB; embedded RGB profiles are
 * converted to sRGB, grey is widened to sRGB, and transparency is flattened on white when saving.
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
        int largest = Arrays.stream(sides).max().orElseThrow();
        String file = original.getFileName().toString();
        try (Arena arena = Arena.ofConfined()) {
            String path = original.toAbsolutePath().toString();
            // "[]" ends the name with an empty option list, so a '[' inside the path is never read as options.
            Header header = checkHeader(arena.allocateFrom(path + "[]"), file, largest, arena);
            MemorySegment decoded = header.plainJpeg()
                    ? plainJpeg(path, header.jpegShrink(), largest, file, arena)
                    : thumbnail(path, header, largest, file, arena);
            try {
                List<Rendition> out = new ArrayList<>(sides.length);
                for (int side : sides) {
                    out.add(side == largest ? save(decoded, file, arena) : smaller(decoded, side, file, arena));
                }
                return List.copyOf(out);
            } finally {
                vips.unref(decoded);
            }
        }
    }

    /**
     * What the header tells before decoding.
     *
     * @param convertProfile whether an embedded RGB profile must be converted to sRGB
     * @param jpegShrink the JPEG shrink-on-load factor (1, 2, 4 or 8); 0 when the file is not a JPEG
     * @param plainJpeg whether the file is a JPEG in sRGB (no profile or an sRGB one) or grey (no profile), which
     *     {@link #plainJpeg} renders
     */
    private record Header(boolean convertProfile, int jpegShrink, boolean plainJpeg) {}

    /** Refuses oversized or unreadable files and reads what the decode needs to know. */
    private Header checkHeader(MemorySegment filename, String file, int largest, Arena arena)
            throws RenderException {
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
            int bands = vips.bands(header);
            int interpretation = vips.interpretation(header);
            boolean profile = vips.hasIccProfile(header, arena);
            // vips_thumbnail converts CMYK itself; asking it to export to sRGB from an image without a profile
            // shifts colours, so only images with an embedded RGB profile are asked.
            boolean convertProfile = profile && bands >= 3 && interpretation != vips.interpretationCmyk;
            if (!vips.string(header, "vips-loader", arena).equals("jpegload")) {
                return new Header(convertProfile, 0, false);
            }
            // An embedded sRGB profile (a fifth of agency JPEGs) needs no conversion, which would cost a colour
            // transform per pixel.
            boolean plain = bands == 3 && interpretation == vips.interpretationSrgb
                    && (!profile || IccProfiles.isSrgb(vips.iccProfile(header, arena)))
                    || bands == 1 && interpretation == vips.interpretationBw && !profile;
            return new Header(convertProfile, jpegShrink(Math.max(width, height), largest), plain);
        } finally {
            vips.unref(header);
        }
    }

    /**
     * The largest JPEG shrink-on-load factor that still leaves at least {@code largest} pixels on the long side.
     * libjpeg's scaled IDCT is a good low-pass filter, so unlike {@code vips_thumbnail} (which keeps a factor of
     * two for its lanczos3 resize) the whole reduction short of the last factor below two is done while decoding,
     * which roughly halves the cost of a preview.
     */
    static int jpegShrink(int longSide, int largest) {
        int shrink = 8;
        while (shrink > 1 && longSide < (long) largest * shrink) {
            shrink /= 2;
        }
        return shrink;
    }

    /**
     * A plain JPEG decoded with shrink-on-load, reduced the rest of the way (less than 2x) with a cubic kernel, then
     * held in memory, turned upright and widened to sRGB.
     */
    private MemorySegment plainJpeg(String path, int shrink, int largest, String file, Arena arena)
            throws RenderException {
        MemorySegment loaded = check(vips.openHeader(
                arena.allocateFrom(path + "[shrink=" + shrink + ",access=sequential]")), file);
        MemorySegment inMemory;
        try {
            double scale = (double) largest / Math.max(vips.width(loaded), vips.height(loaded));
            if (scale < 1) {
                MemorySegment resized = check(vips.resize(loaded, scale, arena), file);
                try {
                    inMemory = check(vips.copyMemory(resized), file);
                } finally {
                    vips.unref(resized);
                }
            } else {
                inMemory = check(vips.copyMemory(loaded), file);
            }
        } finally {
            vips.unref(loaded);
        }
        MemorySegment upright = vips.autorot(inMemory, arena);
        vips.unref(inMemory);
        return srgb(check(upright, file), file, arena);
    }

    /** Any other image through {@code vips_thumbnail}, shrunk on load when a JPEG, in sRGB and in memory. */
    private MemorySegment thumbnail(String path, Header header, int largest, String file, Arena arena)
            throws RenderException {
        MemorySegment decoded = srgb(check(decode(path, header, largest, arena), file), file, arena);
        try {
            return check(vips.copyMemory(decoded), file);
        } finally {
            vips.unref(decoded);
        }
    }

    /** The upright image fitted to {@code largest}, decoded with shrink-on-load; NULL on failure. */
    private MemorySegment decode(String path, Header header, int largest, Arena arena) {
        if (header.jpegShrink() <= 1) {
            return vips.thumbnail(arena.allocateFrom(path + "[]"), largest, header.convertProfile(), arena);
        }
        MemorySegment loaded = vips.openHeader(
                arena.allocateFrom(path + "[shrink=" + header.jpegShrink() + ",access=sequential]"));
        if (loaded.equals(MemorySegment.NULL)) {
            return loaded;
        }
        try {
            return vips.thumbnailImage(loaded, largest, header.convertProfile(), arena);
        } finally {
            vips.unref(loaded);
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

    /** A smaller rendition of the decoded (upright, sRGB, in-memory) image. */
    private Rendition smaller(MemorySegment decoded, int side, String file, Arena arena) throws RenderException {
        double scale = (double) side / Math.max(vips.width(decoded), vips.height(decoded));
        MemorySegment image = check(scale >= 1 ? vips.thumbnailImage(decoded, side, false, arena)
                : vips.bands(decoded) == 3 ? vips.resize(decoded, scale, arena)
                : vips.thumbnailImage(decoded, side, false, arena), file);
        try {
            return save(image, file, arena);
        } finally {
            vips.unref(image);
        }
    }

    private Rendition save(MemorySegment image, String file, Arena arena) throws RenderException {
        // Standard Huffman tables: optimize_coding would save ~5% of the bytes for a second pass costing ~5% of
        // the whole render.
        byte[] jpeg = vips.writeToBuffer(image, ".jpg[Q=" + limits.jpegQuality() + ",strip,background=255]", arena);
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
