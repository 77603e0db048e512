package org.photodesk.core.metadata;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.xmp.XmpDirectory;
import com.drew.metadata.xmp.XmpReader;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.photodesk.core.metadata.ExifFields.ExifData;
import org.photodesk.core.metadata.IimReader.IimData;
import org.photodesk.core.metadata.MetadataMerger.Digest;
import org.photodesk.core.metadata.XmpFields.XmpData;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.ItemIdentity;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.RawMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a photo file's IPTC IIM, XMP and EXIF metadata and merges them into one {@link
 * org.photodesk.core.photo.PhotoMetadata} by the Metadata Working Group's precedence. Never throws on bad bytes:
 * problems come back as data.
 *
 * <p>JPEG, TIFF, PNG, WebP, HEIC and AVIF are read; no pixel is decoded. JPEG segments and PNG and WebP chunks are walked
 * here, checking each claimed length, and only their EXIF and XMP payloads go to metadata-extractor (TIFF goes
 * whole, through its bounds-checked random-access reader). The IIM block is read here from its raw bytes, so
 * that its character set is decided by dataset 1:90 and by UTF-8 validity rather than by a guess, and so that
 * Photoshop's IIM digest can be checked.
 */
public final class MetadataReader {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataReader.class);
    private static final List<JpegSegmentMetadataReader> JPEG_READERS = List.of(new ExifReader(), new XmpReader());

    /** Reads the whole file held in {@code bytes}. */
    public MetadataRead read(byte[] bytes) {
        byte[] b = bytes == null ? new byte[0] : bytes;
        ImageFormat format = ImageFormat.sniff(b);
        if (format == null) {
            return new MetadataRead(null, null, null, List.of(Problem.of("format.unknown", "not a JPEG, TIFF,"
                    + " PNG, WebP, HEIC or AVIF image: the file " + ImageFormat.describe(b)
                    + "; check that the right file was sent.")));
        }
        var problems = new ArrayList<Problem>();
        JpegSegments jpeg = format != ImageFormat.JPEG ? null : guarded("the JPEG structure",
                () -> jpegSegments(b, problems), new JpegSegments(List.of(), -1, null), problems);
        Containers chunks = guarded("the " + format + " chunks", () -> containers(format, b, problems),
                new Containers(null, null, null, null), problems);
        Metadata metadata = guarded("the " + format + " metadata", () -> extract(format, b, jpeg, chunks, problems),
                new Metadata(), problems);
        PhotoshopResources photoshop = guarded("the IPTC block", () -> photoshop(format, b, jpeg, problems),
                PhotoshopResources.NONE, problems);
        IimData iim = guarded("IPTC IIM", () -> IimReader.read(photoshop.iim()), IimData.EMPTY, problems);
        com.adobe.internal.xmp.XMPMeta xmpMeta = guarded("XMP", () -> xmpMeta(metadata, problems), null, problems);
        XmpData xmp = guarded("XMP", () -> XmpFields.read(xmpMeta), XmpData.EMPTY, problems);
        ExifData exif = guarded("EXIF", () -> ExifFields.read(metadata),
                new ExifData(java.util.Map.of(), 1, null, List.of()), problems);
        problems.addAll(iim.problems());
        problems.addAll(xmp.problems());
        problems.addAll(exif.problems());
        var sources = new MetadataMerger.Sources(xmp.values(), iim.values(), iim.full(), digest(photoshop),
                exif.values());
        MetadataMerger.Merged merged = guarded("the merge", () -> MetadataMerger.merge(sources),
                new MetadataMerger.Merged(org.photodesk.core.photo.PhotoMetadata.EMPTY, List.of()), problems);
        problems.addAll(merged.problems());
        ImageInfo image = imageInfo(format, b, jpeg, chunks, metadata, exif.orientation(), problems);
        ItemIdentity identity = guarded("the item ids", () -> ItemIds.read(xmpMeta, iim.raw()),
                ItemIdentity.NONE, problems);
        return new MetadataRead(image, merged.metadata(), new RawMetadata(iim.raw(), xmp.raw(), exif.raw()),
                problems, identity);
    }

    private static <T> T guarded(String what, Supplier<T> step, T fallback, List<Problem> problems) {
        try {
            return step.get();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("reading {} failed", what, e);
            problems.add(Problem.of("metadata.unreadable", what + " could not be read (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); the file may be damaged: re-save it with an image editor."));
            return fallback;
        }
    }

    private static JpegSegments jpegSegments(byte[] b, List<Problem> problems) {
        JpegSegments scan = JpegSegments.scan(b);
        if (scan.problem() != null) {
            problems.add(Problem.of("jpeg.corrupt", "the JPEG structure is damaged: " + scan.problem()
                    + "; re-save the file with an image editor."));
        }
        return scan;
    }

    private static Containers containers(ImageFormat format, byte[] b, List<Problem> problems) {
        Containers found = switch (format) {
            case PNG -> Containers.png(b);
            case WEBP -> Containers.webp(b);
            case HEIF, AVIF -> HeifItems.read(b);
            case JPEG, TIFF -> new Containers(null, null, null, null);
        };
        if (found.problem() != null) {
            problems.add(Problem.of(format.name().toLowerCase(java.util.Locale.ROOT) + ".corrupt", "the " + format
                    + " structure is damaged: " + found.problem() + "; re-save the file with an image editor."));
        }
        return found;
    }

    private static Metadata extract(ImageFormat format, byte[] b, JpegSegments jpeg, Containers chunks,
            List<Problem> problems) {
        try {
            Metadata metadata = switch (format) {
                case JPEG -> jpeg(b, jpeg);
                case TIFF -> TiffMetadataReader.readMetadata(new ByteArrayReader(b));
                case PNG, WEBP, HEIF, AVIF -> embedded(chunks);
            };
            directoryErrors(metadata, problems);
            return metadata;
        } catch (java.io.IOException | com.drew.imaging.ImageProcessingException e) {
            problems.add(Problem.of("metadata.unreadable", "the " + format + " metadata could not be read ("
                    + e.getMessage() + "); the file may be truncated or damaged: re-save it with an image editor."));
            return new Metadata();
        }
    }

    /** Feeds only the APP1 segments (EXIF, XMP) to metadata-extractor, from the segment walk done here. */
    private static Metadata jpeg(byte[] b, JpegSegments scan) {
        var data = new JpegSegmentData();
        for (JpegSegments.Segment s : scan.segments()) {
            if (s.marker() == JpegSegments.APP1) {
                data.addSegment((byte) s.marker(), Arrays.copyOfRange(b, s.offset(), s.offset() + s.length()));
            }
        }
        var metadata = new Metadata();
        JpegMetadataReader.processJpegSegmentData(metadata, JPEG_READERS, data);
        return metadata;
    }

    /** EXIF and XMP payloads found in PNG or WebP chunks or HEIF items, each already bounded by the file's real length. */
    private static Metadata embedded(Containers chunks) {
        var metadata = new Metadata();
        if (chunks.exif() != null) {
            new ExifReader().extract(new ByteArrayReader(chunks.exif()), metadata);
        }
        if (chunks.xmp() != null) {
            new XmpReader().extract(chunks.xmp(), metadata);
        }
        return metadata;
    }

    private static void directoryErrors(Metadata metadata, List<Problem> problems) {
        for (Directory dir : metadata.getDirectories()) {
            for (String error : dir.getErrors()) {
                problems.add(Problem.of("metadata.corrupt", dir.getName() + ": " + error
                        + "; this part of the metadata was skipped: re-save the file's metadata to repair it."));
            }
        }
    }

    private static PhotoshopResources photoshop(ImageFormat format, byte[] b, JpegSegments jpeg,
            List<Problem> problems) {
        PhotoshopResources found = switch (format) {
            case JPEG -> jpegPhotoshop(b, jpeg);
            case TIFF -> tiffPhotoshop(b);
            case PNG, WEBP, HEIF, AVIF -> PhotoshopResources.NONE;
        };
        if (found.problem() != null) {
            problems.add(Problem.of("photoshop.corrupt", "the Photoshop resource block is damaged: "
                    + found.problem() + "; re-save the IPTC data to repair it."));
        }
        return found;
    }

    /** Joins the APP13 "Photoshop 3.0" segments (a large block may span several) and walks their resources. */
    private static PhotoshopResources jpegPhotoshop(byte[] b, JpegSegments jpeg) {
        int header = PhotoshopResources.JPEG_HEADER.length;
        var parts = jpeg.segments().stream()
                .filter(s -> s.marker() == JpegSegments.APP13)
                .filter(s -> PhotoshopResources.hasJpegHeader(b, s.offset(), s.length()))
                .toList();
        if (parts.isEmpty()) {
            return PhotoshopResources.NONE;
        }
        if (parts.size() == 1) {
            JpegSegments.Segment s = parts.getFirst();
            return PhotoshopResources.parse(b, s.offset() + header, s.length() - header);
        }
        var joined = new ByteArrayOutputStream();
        parts.forEach(s -> joined.write(b, s.offset() + header, s.length() - header));
        byte[] all = joined.toByteArray();
        return PhotoshopResources.parse(all, 0, all.length);
    }

    private static PhotoshopResources tiffPhotoshop(byte[] b) {
        byte[] irb = TiffTags.find(b, TiffTags.PHOTOSHOP);
        PhotoshopResources resources = irb == null ? PhotoshopResources.NONE
                : PhotoshopResources.parse(irb, 0, irb.length);
        byte[] iim = TiffTags.find(b, TiffTags.IPTC_NAA);
        return iim == null ? resources : new PhotoshopResources(iim, resources.iimDigest(), resources.problem());
    }

    /** Compares Photoshop's stored MD5 of the IIM block with the block as it is now. */
    static Digest digest(PhotoshopResources photoshop) {
        if (photoshop.iim() == null || photoshop.iimDigest() == null || photoshop.iimDigest().length != 16) {
            return Digest.ABSENT;
        }
        try {
            byte[] current = MessageDigest.getInstance("MD5").digest(photoshop.iim());
            return Arrays.equals(current, photoshop.iimDigest()) ? Digest.MATCHES : Digest.STALE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static final String XMP_NOTE = "http://ns.adobe.com/xmp/note/";

    /**
     * The photo's XMP: the main packet with the properties of its ExtendedXMP merged in. A JPEG segment holds at
     * most 64 KB, so writers (exiftool, Photoshop) move the largest properties, a long caption first, into
     * ExtendedXMP segments named by the GUID the main packet gives in {@code xmpNote:HasExtendedXMP} (XMP
     * Specification Part 3, 1.1.3.1); metadata-extractor joins those segments into a second XMP directory. When
     * the main packet announces ExtendedXMP that is missing, the properties moved there are lost: a problem says so.
     */
    private static com.adobe.internal.xmp.XMPMeta xmpMeta(Metadata metadata, List<Problem> problems) {
        List<com.adobe.internal.xmp.XMPMeta> packets = metadata.getDirectoriesOfType(XmpDirectory.class).stream()
                .map(XmpDirectory::getXMPMeta).filter(java.util.Objects::nonNull).toList();
        if (packets.isEmpty()) {
            return null;
        }
        com.adobe.internal.xmp.XMPMeta main = packets.getFirst();
        String guid = extendedGuid(main);
        if (packets.size() == 1) {
            if (guid != null) {
                problems.add(Problem.of("xmp.extended.missing", "the XMP says that part of it (long fields such as"
                        + " the caption) is in ExtendedXMP " + guid + ", which the file lacks or has damaged: those"
                        + " fields are missing here; ask the sender for the file again"));
            }
            return main;
        }
        return merged(main, packets.subList(1, packets.size()), problems);
    }

    private static String extendedGuid(com.adobe.internal.xmp.XMPMeta main) {
        try {
            return main.getPropertyString(XMP_NOTE, "HasExtendedXMP");
        } catch (com.adobe.internal.xmp.XMPException e) {
            return null;
        }
    }

    /** {@code main} with the properties of each extension added (an extension's value wins: it is the full one). */
    private static com.adobe.internal.xmp.XMPMeta merged(com.adobe.internal.xmp.XMPMeta main,
            List<com.adobe.internal.xmp.XMPMeta> extensions, List<Problem> problems) {
        com.adobe.internal.xmp.XMPMeta all = (com.adobe.internal.xmp.XMPMeta) main.clone();
        for (com.adobe.internal.xmp.XMPMeta extension : extensions) {
            try {
                com.adobe.internal.xmp.XMPUtils.appendProperties(extension, all, true, true);
            } catch (com.adobe.internal.xmp.XMPException e) {
                problems.add(Problem.of("xmp.extended.unreadable", "the ExtendedXMP (long fields such as the caption)"
                        + " could not be merged (" + e.getMessage() + "): those fields are missing here; ask the"
                        + " sender for the file again"));
            }
        }
        return all;
    }

    private static ImageInfo imageInfo(ImageFormat format, byte[] b, JpegSegments jpeg, Containers chunks,
            Metadata metadata, int orientation, List<Problem> problems) {
        int[] size = guarded("the image size", () -> size(format, b, jpeg, chunks, metadata), null, problems);
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            problems.add(Problem.of("image.size.unknown", "the " + format + " header gives no image size;"
                    + " the file may be truncated: re-save it with an image editor."));
            return new ImageInfo(format.mediaType, 0, 0, orientation);
        }
        return new ImageInfo(format.mediaType, size[0], size[1], orientation);
    }

    private static int[] size(ImageFormat format, byte[] b, JpegSegments jpeg, Containers chunks,
            Metadata metadata) {
        return switch (format) {
            case JPEG -> jpeg.frameSize(b);
            case PNG, WEBP, HEIF, AVIF -> chunks.size();
            case TIFF -> sizeFrom(metadata, ExifIFD0Directory.class, ExifIFD0Directory.TAG_IMAGE_WIDTH,
                    ExifIFD0Directory.TAG_IMAGE_HEIGHT);
        };
    }

    private static int[] sizeFrom(Metadata metadata, Class<? extends Directory> type, int widthTag, int heightTag) {
        Directory dir = metadata.getFirstDirectoryOfType(type);
        if (dir == null) {
            return null;
        }
        Integer w = dir.getInteger(widthTag);
        Integer h = dir.getInteger(heightTag);
        return w == null || h == null ? null : new int[] {w, h};
    }
}
