package org.photodesk.embedded.render;

import org.photodesk.core.render.RenderException;
import org.photodesk.core.render.RenderLimits;
import org.photodesk.core.render.Rendition;
import org.photodesk.core.render.Renderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A pure-Java renderer: ImageIO with the TwelveMonkeys plugins (CMYK and YCCK JPEGs, ICC profiles converted to
 * sRGB, TIFF, WebP). It decodes once with source subsampling sized for the largest rendition, then derives the
 * smaller ones from the larger.
 */
public final class JavaRenderer implements Renderer {

    /** The decoded image keeps at least this many times the largest rendition's long side, for a clean downscale. */
    private static final int OVERSAMPLING = 2;

    private final RenderLimits limits;

    public JavaRenderer(RenderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        ImageIO.scanForPlugins();
    }

    @Override
    public String name() {
        return "Java ImageIO";
    }

    @Override
    public List<Rendition> renderAll(Path original, int... longSides) throws RenderException {
        int[] sides = Renderer.checkSizes(longSides);
        int largest = Arrays.stream(sides).max().orElseThrow();
        Decoded decoded = decode(original, largest);
        Orientation orientation = Orientation.read(original);
        return encodeAll(decoded, orientation, sides, original);
    }

    /** The stored (not yet upright) pixels, subsampled, and the original's stored size. */
    private record Decoded(BufferedImage image, PixelSize stored) {}

    private Decoded decode(Path original, int largest) throws RenderException {
        String file = original.getFileName().toString();
        try (ImageInputStream in = new FileImageInputStream(original.toFile())) {
            ImageReader reader = readerFor(in, file);
            try {
                reader.setInput(in, true, false);
                PixelSize stored = new PixelSize(reader.getWidth(0), reader.getHeight(0));
                if (!limits.allows(stored.width(), stored.height())) {
                    throw RenderException.tooLarge(file, stored.width(), stored.height(), limits);
                }
                return new Decoded(reader.read(0, subsampled(reader, stored, largest)), stored);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw RenderException.unreadable(file, String.valueOf(e.getMessage()), e);
        }
    }

    private static ImageReader readerFor(ImageInputStream in, String file) throws RenderException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw RenderException.unsupported(file);
        }
        return readers.next();
    }

    private static ImageReadParam subsampled(ImageReader reader, PixelSize stored, int largest) {
        ImageReadParam param = reader.getDefaultReadParam();
        int factor = Math.max(1, stored.longSide() / (OVERSAMPLING * largest));
        if (factor > 1) {
            param.setSourceSubsampling(factor, factor, 0, 0);
        }
        return param;
    }

    private List<Rendition> encodeAll(Decoded decoded, Orientation orientation, int[] sides, Path original)
            throws RenderException {
        Integer[] order = largestFirst(sides);
        Rendition[] out = new Rendition[sides.length];
        BufferedImage source = decoded.image();
        for (int i : order) {
            BufferedImage scaled = Downscaler.scale(source, decoded.stored().fit(sides[i]));
            BufferedImage upright = orientation.apply(scaled);
            out[i] = new Rendition(upright.getWidth(), upright.getHeight(), jpeg(upright, original));
            source = scaled;
        }
        return List.of(out);
    }

    private static Integer[] largestFirst(int[] sides) {
        Integer[] order = new Integer[sides.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(sides[b], sides[a]));
        return order;
    }

    private byte[] jpeg(BufferedImage image, Path original) throws RenderException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(limits.jpegQuality() / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw RenderException.unreadable(original.getFileName().toString(), "JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
