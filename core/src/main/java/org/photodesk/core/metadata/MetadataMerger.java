package org.photodesk.core.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

/**
 * Merges XMP, IPTC IIM and EXIF values field by field, by the Metadata Working Group's rule as exiftool applies
 * it: XMP first, then IIM, then EXIF.
 *
 * <p>Two exceptions. When Photoshop's IIM digest (resource 0x0425) no longer matches the IIM block, a tool that
 * does not know XMP edited the IIM after the XMP was written, so IIM wins where the two differ. But when the IIM
 * value fills its dataset's byte limit and is the start of the XMP value, it was cut to fit, and XMP's full
 * value wins.
 */
final class MetadataMerger {

    /** What Photoshop's IIM digest says about the IIM block. */
    enum Digest {
        /** No digest: the usual case, XMP wins. */
        ABSENT,
        /** The digest matches: IIM and XMP were written together, XMP wins. */
        MATCHES,
        /** The digest is stale: IIM was edited after XMP, IIM wins where they differ. */
        STALE
    }

    /** The values each source gave, by field; dateCreated values are ISO strings. */
    record Sources(
            Map<Field, List<String>> xmp,
            Map<Field, List<String>> iim,
            Set<Field> iimFull,
            Digest digest,
            Map<Field, List<String>> exif) {

        Sources {
            Objects.requireNonNull(digest, "digest");
            xmp = Map.copyOf(xmp);
            iim = Map.copyOf(iim);
            iimFull = Set.copyOf(iimFull);
            exif = Map.copyOf(exif);
        }
    }

    /** The merged metadata and the problems merging found (truncated IIM values). */
    record Merged(PhotoMetadata metadata, List<Problem> problems) {}

    private MetadataMerger() {}

    /** Merges the sources into one {@link PhotoMetadata}. */
    static Merged merge(Sources sources) {
        var chosen = new EnumMap<Field, List<String>>(Field.class);
        var problems = new ArrayList<Problem>();
        for (Field field : Field.values()) {
            List<String> value = choose(field, sources, problems);
            if (!value.isEmpty()) {
                chosen.put(field, value);
            }
        }
        return new Merged(build(chosen, problems), problems);
    }

    private static List<String> choose(Field field, Sources s, List<Problem> problems) {
        List<String> xmp = s.xmp().getOrDefault(field, List.of());
        List<String> iim = s.iim().getOrDefault(field, List.of());
        boolean full = s.iimFull().contains(field);
        if (!iim.isEmpty() && !xmp.isEmpty()) {
            boolean cut = full && isCutFrom(iim, xmp);
            if (cut) {
                problems.add(Problem.inField("iim.truncated", field.id, "IIM " + field.iimKey() + " was cut at its "
                        + field.iimLimit + "-byte limit; the full text from XMP " + field.xmpName
                        + " was used. Re-save the IIM from the XMP or shorten the text."));
            }
            boolean iimWins = s.digest() == Digest.STALE && !cut && !same(field, iim, xmp);
            return iimWins ? iim : xmp;
        }
        if (!iim.isEmpty()) {
            if (full) {
                problems.add(Problem.inField("iim.truncated", field.id, "IIM " + field.iimKey() + " fills its "
                        + field.iimLimit + "-byte limit and may have been cut; put the full text in XMP "
                        + field.xmpName + "."));
            }
            return iim;
        }
        return xmp.isEmpty() ? s.exif().getOrDefault(field, List.of()) : xmp;
    }

    /**
     * True when each IIM value equals or starts the matching XMP value, and at least one is shorter. The last
     * character of a cut value may differ: a writer that cuts a multi-byte UTF-8 character in half may replace
     * what is left of it (exiftool writes a '.').
     */
    static boolean isCutFrom(List<String> iim, List<String> xmp) {
        if (iim.size() != xmp.size()) {
            return false;
        }
        boolean shorter = false;
        for (int i = 0; i < iim.size(); i++) {
            String cut = iim.get(i);
            String whole = xmp.get(i);
            boolean prefix = whole.startsWith(cut)
                    || (cut.length() > 1 && whole.length() > cut.length()
                            && whole.startsWith(cut.substring(0, cut.length() - 1)));
            if (!prefix) {
                return false;
            }
            shorter |= whole.length() > cut.length() || !whole.equals(cut);
        }
        return shorter;
    }

    private static boolean same(Field field, List<String> iim, List<String> xmp) {
        if (field == Field.DATE_CREATED) {
            return DateCreated.parse(iim.getFirst()).equals(DateCreated.parse(xmp.getFirst()));
        }
        return iim.equals(xmp);
    }

    private static PhotoMetadata build(Map<Field, List<String>> v, List<Problem> problems) {
        return PhotoMetadata.builder()
                .headline(one(v, Field.HEADLINE))
                .caption(one(v, Field.CAPTION))
                .byline(all(v, Field.BYLINE))
                .bylineTitle(one(v, Field.BYLINE_TITLE))
                .credit(one(v, Field.CREDIT))
                .source(one(v, Field.SOURCE))
                .copyright(one(v, Field.COPYRIGHT))
                .usageTerms(one(v, Field.USAGE_TERMS))
                .city(one(v, Field.CITY))
                .sublocation(one(v, Field.SUBLOCATION))
                .state(one(v, Field.STATE))
                .country(one(v, Field.COUNTRY))
                .countryCode(one(v, Field.COUNTRY_CODE))
                .locationsShown(all(v, Field.LOCATIONS_SHOWN))
                .dateCreated(date(one(v, Field.DATE_CREATED), problems))
                .keywords(all(v, Field.KEYWORDS))
                .instructions(one(v, Field.INSTRUCTIONS))
                .transmissionReference(one(v, Field.TRANSMISSION_REFERENCE))
                .people(all(v, Field.PEOPLE))
                .event(one(v, Field.EVENT))
                .altText(one(v, Field.ALT_TEXT))
                .digitalSourceType(one(v, Field.DIGITAL_SOURCE_TYPE))
                .title(one(v, Field.TITLE))
                .build();
    }

    private static DateCreated date(String iso, List<Problem> problems) {
        if (iso == null) {
            return null;
        }
        return DateCreated.parse(iso).orElseGet(() -> {
            problems.add(Problem.inField("date.invalid", "dateCreated", "date '" + iso
                    + "' could not be read, so it was ignored; correct the date in the file's metadata."));
            return null;
        });
    }

    private static String one(Map<Field, List<String>> v, Field f) {
        List<String> values = v.get(f);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static List<String> all(Map<Field, List<String>> v, Field f) {
        return v.getOrDefault(f, List.of());
    }
}
