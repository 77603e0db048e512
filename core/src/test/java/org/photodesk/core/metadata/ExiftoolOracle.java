package org.photodesk.core.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Runs exiftool to write fixtures and to read them back as JSON, and computes from exiftool's output what the
 * merged metadata should be, by the same precedence rules but written independently of the reader.
 */
final class ExiftoolOracle {

    static final String EXIFTOOL = "/usr/bin/exiftool";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}):(\\d{2}):(\\d{2})(?: (\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Map<String, Integer> IIM_LIMITS = Map.ofEntries(
            Map.entry("ObjectName", 64), Map.entry("Caption-Abstract", 2000), Map.entry("By-line", 32),
            Map.entry("CopyrightNotice", 128), Map.entry("Keywords", 64), Map.entry("Headline", 256),
            Map.entry("By-lineTitle", 32), Map.entry("Credit", 32), Map.entry("Source", 32), Map.entry("City", 32),
            Map.entry("Sub-location", 32), Map.entry("Province-State", 32), Map.entry("Country-PrimaryLocationName", 64),
            Map.entry("Country-PrimaryLocationCode", 3), Map.entry("SpecialInstructions", 256),
            Map.entry("OriginalTransmissionReference", 32));

    private ExiftoolOracle() {}

    /** Runs exiftool with {@code args} written to an argument file (UTF-8, one per line); returns its output. */
    static String run(Path workDir, List<String> args) {
        try {
            Path argFile = Files.createTempFile(workDir, "args", ".txt");
            Files.write(argFile, args, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(EXIFTOOL, "-@", argFile.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("exiftool " + args + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** exiftool's JSON view of one file, groups by family 1, structures kept, values unconverted. */
    static JsonNode json(Path workDir, Path file, String iptcCharset) {
        String out = run(workDir, List.of("-json", "-G1", "-struct", "-n", "-charset", "iptc=" + iptcCharset,
                file.toString()));
        try {
            return JSON.readTree(out).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when Photoshop's stored IIM digest differs from exiftool's digest of the IIM now in the file. */
    static boolean staleDigest(JsonNode j) {
        return j.has("Photoshop:IPTCDigest") && j.has("File:CurrentIPTCDigest")
                && !j.get("Photoshop:IPTCDigest").asText().equals(j.get("File:CurrentIPTCDigest").asText());
    }

    /** The metadata the reader should produce for the file exiftool described as {@code j}. */
    static PhotoMetadata expected(JsonNode j) {
        var o = new Picker(j, staleDigest(j));
        return PhotoMetadata.builder()
                .title(o.one(langAlt(j, "XMP-dc:Title"), "ObjectName", null))
                .headline(o.one(list(j, "XMP-photoshop:Headline"), "Headline", null))
                .caption(o.one(langAlt(j, "XMP-dc:Description"), "Caption-Abstract", "IFD0:ImageDescription"))
                .byline(o.pick(list(j, "XMP-dc:Creator"), "By-line", artist(j)))
                .bylineTitle(o.one(list(j, "XMP-photoshop:AuthorsPosition"), "By-lineTitle", null))
                .credit(o.one(list(j, "XMP-photoshop:Credit"), "Credit", null))
                .source(o.one(list(j, "XMP-photoshop:Source"), "Source", null))
                .copyright(o.one(langAlt(j, "XMP-dc:Rights"), "CopyrightNotice", "IFD0:Copyright"))
                .usageTerms(first(langAlt(j, "XMP-xmpRights:UsageTerms")))
                .city(o.one(list(j, "XMP-photoshop:City"), "City", null))
                .sublocation(o.one(list(j, "XMP-iptcCore:Location"), "Sub-location", null))
                .state(o.one(list(j, "XMP-photoshop:State"), "Province-State", null))
                .country(o.one(list(j, "XMP-photoshop:Country"), "Country-PrimaryLocationName", null))
                .countryCode(o.one(list(j, "XMP-iptcCore:CountryCode"), "Country-PrimaryLocationCode", null))
                .locationsShown(locationsShown(j))
                .dateCreated(o.date())
                .keywords(o.pick(list(j, "XMP-dc:Subject"), "Keywords", List.of()))
                .instructions(o.one(list(j, "XMP-photoshop:Instructions"), "SpecialInstructions", null))
                .transmissionReference(o.one(list(j, "XMP-photoshop:TransmissionReference"),
                        "OriginalTransmissionReference", null))
                .people(list(j, "XMP-iptcExt:PersonInImage"))
                .event(first(langAlt(j, "XMP-iptcExt:Event")))
                .altText(first(langAlt(j, "XMP-iptcCore:AltTextAccessibility")))
                .digitalSourceType(first(list(j, "XMP-iptcExt:DigitalSourceType")))
                .build();
    }

    /** Applies XMP > IIM > EXIF, a stale IIM digest and truncated-IIM recovery, from exiftool's values. */
    private record Picker(JsonNode j, boolean stale) {

        String one(List<String> xmp, String iimTag, String exifTag) {
            return first(pick(xmp, iimTag, exifTag == null ? List.of() : list(j, exifTag)));
        }

        List<String> pick(List<String> xmp, String iimTag, List<String> exif) {
            List<String> iim = list(j, "IPTC:" + iimTag);
            if (!xmp.isEmpty() && !iim.isEmpty()) {
                return stale && !iim.equals(xmp) && !cut(iim, xmp, IIM_LIMITS.get(iimTag)) ? iim : xmp;
            }
            return !xmp.isEmpty() ? xmp : !iim.isEmpty() ? iim : exif;
        }

        private static boolean cut(List<String> iim, List<String> xmp, int limit) {
            if (iim.size() != xmp.size()) {
                return false;
            }
            boolean any = false;
            for (int i = 0; i < iim.size(); i++) {
                String a = iim.get(i);
                String b = xmp.get(i);
                // exiftool replaces a UTF-8 character it cut in half with '.', so the last character may differ
                boolean prefix = b.startsWith(a) || (b.length() > a.length() && b.startsWith(a.substring(0, a.length() - 1)));
                if (!prefix) {
                    return false;
                }
                any |= !b.equals(a) && a.getBytes(StandardCharsets.UTF_8).length >= limit - 3;
            }
            return any;
        }

        DateCreated date() {
            DateCreated xmp = parse(text(j, "XMP-photoshop:DateCreated"));
            String iimDate = text(j, "IPTC:DateCreated");
            String iimTime = text(j, "IPTC:TimeCreated");
            DateCreated iim = iimDate == null ? null : parse(iimDate + (iimTime == null ? "" : " " + iimTime));
            String exifDate = text(j, "ExifIFD:DateTimeOriginal");
            String offset = text(j, "ExifIFD:OffsetTimeOriginal");
            DateCreated exif = exifDate == null ? null : parse(exifDate + (offset == null ? "" : offset));
            if (xmp != null && iim != null) {
                return stale && !iim.equals(xmp) ? iim : xmp;
            }
            return xmp != null ? xmp : iim != null ? iim : exif;
        }
    }

    /** exiftool's date form {@code 2024:08:11 21:04:05+02:00} as a {@link DateCreated}. */
    static DateCreated parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(s.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("exiftool date " + s);
        }
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
            return DateCreated.ofDate(date);
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)));
        ZoneOffset offset = m.group(7) == null ? null : m.group(7).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(7));
        return new DateCreated(date, time, offset);
    }

    private static List<String> artist(JsonNode j) {
        String artist = text(j, "IFD0:Artist");
        if (artist == null) {
            return List.of();
        }
        return java.util.Arrays.stream(artist.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> locationsShown(JsonNode j) {
        JsonNode node = j.get("XMP-iptcExt:LocationShown");
        if (node == null) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (JsonNode loc : node.isArray() ? node : List.of(node)) {
            String name = loc.has("LocationName") ? loc.get("LocationName").asText().strip() : "";
            if (!name.isEmpty()) {
                out.add(name);
                continue;
            }
            var joined = new StringJoiner(", ");
            for (String part : List.of("Sublocation", "City", "ProvinceState", "CountryName")) {
                if (loc.has(part) && !loc.get(part).asText().isBlank()) {
                    joined.add(loc.get(part).asText().strip());
                }
            }
            out.add(joined.toString());
        }
        return out;
    }

    /** A lang-alt tag: its x-default value (exiftool's bare tag name), else its first language. */
    private static List<String> langAlt(JsonNode j, String tag) {
        if (j.has(tag)) {
            return list(j, tag);
        }
        for (Iterator<String> names = j.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith(tag + "-")) {
                return list(j, name);
            }
        }
        return List.of();
    }

    static List<String> list(JsonNode j, String tag) {
        JsonNode node = j.get(tag);
        if (node == null) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            String v = item.asText().strip();
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    static String text(JsonNode j, String tag) {
        return first(list(j, tag));
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : Objects.requireNonNull(values.getFirst());
    }
}
