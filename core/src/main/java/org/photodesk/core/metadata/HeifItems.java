package org.photodesk.core.metadata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the EXIF block, the XMP packet and the primary image's size in a HEIF or AVIF file (ISO/IEC 23008-12 over
 * the ISO base media file format, ISO/IEC 14496-12): the {@code meta} box lists items ({@code iinf}: an {@code Exif}
 * item, a {@code mime} item of type {@code application/rdf+xml}), says where their bytes are ({@code iloc}, in the
 * file or in {@code idat}), and gives image sizes as {@code ispe} properties. Every length is checked against the
 * bytes really there and the walk is bounded, so a lying box can never make it read or allocate past the file.
 */
final class HeifItems {

    private static final int MAX_ITEMS = 10_000;
    private static final String XMP_TYPE = "application/rdf+xml";

    private HeifItems() {}

    /** A box: its type and where its content (after the header) starts and ends in the file. */
    private record Box(String type, int start, int end) {}

    /** One item of {@code iinf}: its id, 4-character type and, for {@code mime} items, its content type. */
    private record Item(long id, String type, String contentType) {}

    /** Where one item's bytes are: extents relative to the file or to {@code idat}. */
    private record Location(int method, long base, List<long[]> extents) {}

    /** Whether {@code b} is an ISO-BMFF file whose brand says HEIF or AVIF. */
    static boolean isHeif(byte[] b) {
        return brand(b) != null;
    }

    /** Whether the file's major or a compatible brand is AVIF. */
    static boolean isAvif(byte[] b) {
        String brand = brand(b);
        return brand != null && (brand.equals("avif") || brand.equals("avis") || compatible(b).contains("avif"));
    }

    /** The major brand when it names HEIF/AVIF (heic, heix, mif1, avif...), else null. */
    private static String brand(byte[] b) {
        if (b.length < 12 || !"ftyp".equals(ascii(b, 4))) {
            return null;
        }
        String major = ascii(b, 8);
        return switch (major) {
            case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis" -> major;
            default -> null;
        };
    }

    private static List<String> compatible(byte[] b) {
        long size = u32(b, 0);
        var out = new ArrayList<String>();
        for (int p = 16; p + 4 <= Math.min(size, b.length) && out.size() < 64; p += 4) {
            out.add(ascii(b, p));
        }
        return out;
    }

    /** The EXIF (TIFF-structured), XMP and size found, or what stopped the walk. */
    static Containers read(byte[] b) {
        try {
            return walk(b);
        } catch (IndexOutOfBoundsException e) {
            return new Containers(null, null, null, "a HEIF box points outside the file");
        }
    }

    private static Containers walk(byte[] b) {
        Box meta = find(boxes(b, 0, b.length), "meta");
        if (meta == null) {
            return new Containers(null, null, null, "the HEIF file has no meta box (no items, no metadata)");
        }
        List<Box> inMeta = boxes(b, meta.start() + 4, meta.end());
        List<Item> items = items(b, find(inMeta, "iinf"));
        Map<Long, Location> locations = locations(b, find(inMeta, "iloc"));
        Box idat = find(inMeta, "idat");
        byte[] exif = null;
        byte[] xmp = null;
        for (Item item : items) {
            Location where = locations.get(item.id());
            if (where == null) {
                continue;
            }
            if (exif == null && item.type().equals("Exif")) {
                exif = exifPayload(bytes(b, where, idat));
            } else if (xmp == null && item.type().equals("mime") && XMP_TYPE.equals(item.contentType())) {
                xmp = bytes(b, where, idat);
            }
        }
        return new Containers(exif, xmp, size(b, find(inMeta, "iprp")), null);
    }

    /** The boxes between {@code from} and {@code to}, each checked to fit. */
    private static List<Box> boxes(byte[] b, int from, int to) {
        var out = new ArrayList<Box>();
        int p = from;
        while (p + 8 <= to && out.size() < MAX_ITEMS) {
            long size = u32(b, p);
            String type = ascii(b, p + 4);
            int header = 8;
            if (size == 1) {
                size = u64(b, p + 8);
                header = 16;
            } else if (size == 0) {
                size = to - p;
            }
            if (size < header || p + size > to) {
                break;
            }
            out.add(new Box(type, p + header, (int) (p + size)));
            p = (int) (p + size);
        }
        return out;
    }

    private static Box find(List<Box> boxes, String type) {
        return boxes.stream().filter(x -> x.type().equals(type)).findFirst().orElse(null);
    }

    /** The {@code infe} entries of {@code iinf} (versions 2 and 3, the ones HEIF uses). */
    private static List<Item> items(byte[] b, Box iinf) {
        var out = new ArrayList<Item>();
        if (iinf == null) {
            return out;
        }
        int version = b[iinf.start()] & 0xFF;
        int first = iinf.start() + 4 + (version == 0 ? 2 : 4);
        for (Box infe : boxes(b, first, iinf.end())) {
            if (infe.type().equals("infe")) {
                Item item = item(b, infe);
                if (item != null) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    private static Item item(byte[] b, Box infe) {
        int v = b[infe.start()] & 0xFF;
        if (v < 2) {
            return null;
        }
        int p = infe.start() + 4;
        long id = v == 2 ? u16(b, p) : u32(b, p);
        p += (v == 2 ? 2 : 4) + 2;
        String type = ascii(b, p);
        p += 4;
        int nameEnd = nul(b, p, infe.end());
        String contentType = null;
        if (type.equals("mime") && nameEnd >= 0) {
            int ctEnd = nul(b, nameEnd + 1, infe.end());
            int end = ctEnd < 0 ? infe.end() : ctEnd;
            contentType = new String(b, nameEnd + 1, end - nameEnd - 1, StandardCharsets.US_ASCII).strip();
        }
        return new Item(id, type, contentType);
    }

    /** The item locations of {@code iloc} (versions 0, 1 and 2). */
    private static Map<Long, Location> locations(byte[] b, Box iloc) {
        var out = new HashMap<Long, Location>();
        if (iloc == null) {
            return out;
        }
        int v = b[iloc.start()] & 0xFF;
        int p = iloc.start() + 4;
        int offsetSize = (b[p] & 0xFF) >> 4;
        int lengthSize = b[p] & 0x0F;
        int baseSize = (b[p + 1] & 0xFF) >> 4;
        int indexSize = v == 1 || v == 2 ? b[p + 1] & 0x0F : 0;
        p += 2;
        long count = v < 2 ? u16(b, p) : u32(b, p);
        p += v < 2 ? 2 : 4;
        for (long i = 0; i < count && i < MAX_ITEMS && p < iloc.end(); i++) {
            long id = v < 2 ? u16(b, p) : u32(b, p);
            p += v < 2 ? 2 : 4;
            int method = 0;
            if (v == 1 || v == 2) {
                method = (int) (u16(b, p) & 0x0F);
                p += 2;
            }
            p += 2;
            long base = sized(b, p, baseSize);
            p += baseSize;
            int extents = (int) u16(b, p);
            p += 2;
            var list = new ArrayList<long[]>();
            for (int e = 0; e < extents && e < MAX_ITEMS; e++) {
                p += indexSize;
                long offset = sized(b, p, offsetSize);
                p += offsetSize;
                long length = sized(b, p, lengthSize);
                p += lengthSize;
                list.add(new long[] {offset, length});
            }
            out.put(id, new Location(method, base, list));
        }
        return out;
    }

    /** The bytes of an item: its extents joined, from the file or from {@code idat}; null when they do not fit. */
    private static byte[] bytes(byte[] b, Location where, Box idat) {
        int origin = where.method() == 1 ? (idat == null ? -1 : idat.start()) : 0;
        int limit = where.method() == 1 ? (idat == null ? -1 : idat.end()) : b.length;
        if (origin < 0 || where.method() > 1) {
            return null;
        }
        long total = 0;
        for (long[] e : where.extents()) {
            total += e[1];
        }
        if (total <= 0 || total > limit - origin) {
            return null;
        }
        byte[] out = new byte[(int) total];
        int at = 0;
        for (long[] e : where.extents()) {
            long start = origin + where.base() + e[0];
            if (start < origin || start + e[1] > limit) {
                return null;
            }
            System.arraycopy(b, (int) start, out, at, (int) e[1]);
            at += (int) e[1];
        }
        return out;
    }

    /** The TIFF block of an Exif item, which starts with the 4-byte offset of its TIFF header. */
    private static byte[] exifPayload(byte[] item) {
        if (item == null || item.length < 4) {
            return null;
        }
        long skip = 4 + u32(item, 0);
        return skip >= item.length ? null : java.util.Arrays.copyOfRange(item, (int) skip, item.length);
    }

    /** The largest {@code ispe} (image spatial extents) property: the primary image's size in practice. */
    private static int[] size(byte[] b, Box iprp) {
        if (iprp == null) {
            return null;
        }
        Box ipco = find(boxes(b, iprp.start(), iprp.end()), "ipco");
        if (ipco == null) {
            return null;
        }
        int[] best = null;
        for (Box property : boxes(b, ipco.start(), ipco.end())) {
            if (property.type().equals("ispe") && property.end() - property.start() >= 12) {
                int w = (int) Math.min(Integer.MAX_VALUE, u32(b, property.start() + 4));
                int h = (int) Math.min(Integer.MAX_VALUE, u32(b, property.start() + 8));
                if (best == null || (long) w * h > (long) best[0] * best[1]) {
                    best = new int[] {w, h};
                }
            }
        }
        return best;
    }

    private static long sized(byte[] b, int p, int size) {
        return switch (size) {
            case 0 -> 0;
            case 4 -> u32(b, p);
            case 8 -> u64(b, p);
            default -> throw new IndexOutOfBoundsException("an iloc field of " + size + " bytes");
        };
    }

    private static int nul(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String ascii(byte[] b, int p) {
        return new String(b, p, 4, StandardCharsets.ISO_8859_1);
    }

    private static long u16(byte[] b, int p) {
        return (b[p] & 0xFFL) << 8 | (b[p + 1] & 0xFFL);
    }

    private static long u32(byte[] b, int p) {
        return (b[p] & 0xFFL) << 24 | (b[p + 1] & 0xFFL) << 16 | (b[p + 2] & 0xFFL) << 8 | (b[p + 3] & 0xFFL);
    }

    private static long u64(byte[] b, int p) {
        long v = u32(b, p) << 32 | u32(b, p + 4);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new IndexOutOfBoundsException("a 64-bit box size beyond any file this reader takes");
        }
        return v;
    }
}
