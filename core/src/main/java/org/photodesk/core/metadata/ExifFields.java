package org.photodesk.core.metadata;

import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.StringValue;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Problem;

/** Reads the EXIF tags a picture desk uses: ImageDescription, Artist, Copyright, dates and Orientation. */
final class ExifFields {

    /** EXIF values by field (dateCreated as an ISO string), the orientation, the raw tags, and problems. */
    record ExifData(Map<Field, List<String>> values, int orientation, SequencedMap<String, List<String>> raw,
            List<Problem> problems) {}

    private ExifFields() {}

    /** Reads the EXIF directories in {@code metadata}; never throws. */
    static ExifData read(Metadata metadata) {
        var values = new EnumMap<Field, List<String>>(Field.class);
        var raw = new LinkedHashMap<String, List<String>>();
        var problems = new ArrayList<Problem>();
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        String description = text(ifd0, ExifDirectoryBase.TAG_IMAGE_DESCRIPTION, "ImageDescription", raw);
        String artist = text(ifd0, ExifDirectoryBase.TAG_ARTIST, "Artist", raw);
        String copyright = text(ifd0, ExifDirectoryBase.TAG_COPYRIGHT, "Copyright", raw);
        String original = text(sub, ExifDirectoryBase.TAG_DATETIME_ORIGINAL, "DateTimeOriginal", raw);
        String offset = text(sub, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL, "OffsetTimeOriginal", raw);
        put(values, Field.CAPTION, description);
        put(values, Field.COPYRIGHT, copyright);
        if (artist != null) {
            // MWG: several creators in EXIF Artist are separated by semicolons.
            List<String> names = Arrays.stream(artist.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!names.isEmpty()) {
                values.put(Field.BYLINE, names);
            }
        }
        if (original != null && !original.isBlank()) {
            date(original, offset, problems).ifPresent(d -> values.put(Field.DATE_CREATED, List.of(d.iso())));
        }
        int orientation = orientation(ifd0, raw, problems);
        return new ExifData(values, orientation, raw, problems);
    }

    private static java.util.Optional<DateCreated> date(String original, String offset, List<Problem> problems) {
        String iso = offset == null || offset.isBlank() ? original.strip() : original.strip() + offset.strip();
        return XmpDates.parse(iso, "EXIF DateTimeOriginal", problems);
    }

    private static int orientation(Directory ifd0, Map<String, List<String>> raw, List<Problem> problems) {
        Integer o = ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
        if (o == null) {
            return 1;
        }
        raw.put("Orientation", List.of(o.toString()));
        if (o < 1 || o > 8) {
            problems.add(Problem.of("exif.orientation", "EXIF Orientation " + o
                    + " is not one of 1-8, so the image is shown upright; set the orientation to 1-8."));
            return 1;
        }
        return o;
    }

    private static String text(Directory dir, int tag, String name, Map<String, List<String>> raw) {
        if (dir == null || !dir.containsTag(tag)) {
            return null;
        }
        StringValue value = dir.getStringValue(tag);
        String text = value == null ? dir.getString(tag) : decode(value.getBytes());
        if (text == null) {
            return null;
        }
        int nul = text.indexOf('\0');
        text = (nul >= 0 ? text.substring(0, nul) : text).strip();
        if (!text.isEmpty()) {
            raw.put(name, List.of(text));
        }
        return text.isEmpty() ? null : text;
    }

    /** EXIF ASCII tags are in practice UTF-8 or Latin-1: decode the way IIM text is. */
    private static String decode(byte[] bytes) {
        return IimText.decode(bytes, IimText.Declared.NONE).text();
    }

    private static void put(Map<Field, List<String>> values, Field field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, List.of(value.strip()));
        }
    }
}
