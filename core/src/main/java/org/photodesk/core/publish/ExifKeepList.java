package org.photodesk.core.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.GpsTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfo;

/**
 * The EXIF tags a published JPEG keeps from its original; every other tag is dropped: GPS position, camera and lens
 * serial numbers, owner and artist names, maker notes (which hold serials), user comments, unique ids, the EXIF
 * thumbnail. The description, artist and copyright are written afresh from the published caption.
 *
 * <p>{@link #DEFAULT} keeps what says how the picture was taken and nothing that says who or where: orientation
 * and resolution, make and model, exposure, lens model, dates and colour space. A house changes it with
 * {@code PHOTODESK_EXIF_KEEP}: a comma-separated list of tag names (commons-imaging's, which are exiftool's for
 * the usual tags: {@code ExposureTime}, {@code LensModel}), hexadecimal tag numbers ({@code 0xA001}), or
 * {@code GPS} for the whole GPS directory; {@code none} keeps nothing.
 */
public record ExifKeepList(Set<Integer> tags, boolean gps) {

    /** The environment variable that replaces the default list. */
    public static final String ENV = "PHOTODESK_EXIF_KEEP";

    /**
     * The tags no list can keep: pointers and layout, which the writer makes itself, and the description, artist
     * and copyright, which it writes afresh.
     */
    private static final Set<Integer> STRUCTURAL = Set.of(0x8769, 0x8825, 0xA005, 0x0201, 0x0202, 0x0111, 0x0117,
            0x010E, 0x013B, 0x8298);

    private static final Map<String, Integer> BY_NAME = names();

    /** The tags kept when the house says nothing. */
    public static final List<String> DEFAULT_NAMES = List.of("Orientation", "XResolution", "YResolution",
            "ResolutionUnit", "YCbCrPositioning", "Make", "Model", "ExposureTime", "FNumber", "ExposureProgram",
            "PhotographicSensitivity", "ExifVersion", "DateTimeOriginal", "DateTimeDigitized", "SubSecTimeOriginal",
            "0x9010", "0x9011", "0x9012", "ShutterSpeedValue", "ApertureValue", "ExposureCompensation",
            "MaxApertureValue", "MeteringMode", "LightSource", "Flash", "FocalLength", "0xA001",
            "FocalLengthIn35mmFormat", "ExposureMode", "WhiteBalance", "SceneCaptureType", "LensSpecification",
            "LensMake", "LensModel");

    public static final ExifKeepList DEFAULT = of(DEFAULT_NAMES);

    /** Keeps nothing from the original. */
    public static final ExifKeepList NONE = new ExifKeepList(Set.of(), false);

    public ExifKeepList {
        tags = Set.copyOf(tags);
    }

    /** The list named by {@code names} (tag names, {@code 0x} numbers, {@code GPS}). */
    public static ExifKeepList of(Collection<String> names) {
        var tags = new LinkedHashSet<Integer>();
        boolean gps = false;
        var unknown = new ArrayList<String>();
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty() || name.equalsIgnoreCase("none")) {
                continue;
            }
            if (name.equalsIgnoreCase("gps")) {
                gps = true;
            } else if (name.toLowerCase(Locale.ROOT).startsWith("0x")) {
                tags.add(hex(name));
            } else if (BY_NAME.containsKey(name.toLowerCase(Locale.ROOT))) {
                tags.add(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(ENV + " names unknown EXIF tags " + unknown + ": use tag names such as"
                    + " ExposureTime or LensModel, numbers such as 0xA001, or GPS");
        }
        tags.removeAll(STRUCTURAL);
        return new ExifKeepList(tags, gps);
    }

    /** The list {@code env} sets in {@value #ENV}, else {@link #DEFAULT}. */
    public static ExifKeepList fromEnvironment(Map<String, String> env) {
        String value = env.get(ENV);
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        return of(List.of(value.split(",")));
    }

    /** Whether tag {@code tag} of IFD0 or the EXIF directory is kept. */
    public boolean keeps(int tag) {
        return tags.contains(tag);
    }

    private static int hex(String name) {
        try {
            return Integer.parseInt(name.substring(2), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV + ": '" + name + "' is not a hexadecimal tag number such as 0xA001");
        }
    }

    private static Map<String, Integer> names() {
        var map = new TreeMap<String, Integer>();
        Stream.of(TiffTagConstants.ALL_TIFF_TAGS, ExifTagConstants.ALL_EXIF_TAGS).flatMap(List::stream)
                .forEach((TagInfo t) -> map.putIfAbsent(t.name.toLowerCase(Locale.ROOT), t.tag));
        GpsTagConstants.ALL_GPS_TAGS.forEach(t -> map.remove(t.name.toLowerCase(Locale.ROOT)));
        return Map.copyOf(map);
    }
}
