package org.photodesk.core.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.photodesk.core.caption.CaptionParser;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * The domain rule that reads a photo's {@link RightsStatus}: its kill as stored, its usage terms, the restriction
 * phrases of its caption and instructions, and its embargo from every common agency form, the latest end winning:
 * <ul>
 * <li>IPTC IIM 2:30 Release Date and 2:35 Release Time ("the earliest date the provider intends the object to be
 * used", IIM 4.2), {@code CCYYMMDD} and {@code HHMMSS±HHMM}; a date alone lifts at 00:00 UTC;</li>
 * <li>XMP {@code embargoDate} (PRISM Usage Rights {@code pur:}, and PRISM's own before 3.0), an ISO 8601 date;</li>
 * <li>the agency's words in the instructions, caption, headline or usage terms, read by an {@link EmbargoText}
 * ("EMBARGOED UNTIL 0001 GMT AUG 13, 2024"; a NewsML-G2 {@code embargoed} reaches the instructions through
 * {@link org.photodesk.core.feed.FeedMerge}).</li>
 * </ul>
 * Thread-safe; never throws on what a file says.
 */
public final class Rights {

    private static final DateTimeFormatter IIM_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final EmbargoText embargoText;
    private final CaptionParser captions = new CaptionParser();

    /** Reads embargo phrases with {@code embargoText}. */
    public Rights(EmbargoText embargoText) {
        this.embargoText = Objects.requireNonNull(embargoText, "embargoText");
    }

    /** Reads embargo phrases with {@link EmbargoText#standard()}. */
    public static Rights standard() {
        return new Rights(EmbargoText.standard());
    }

    /** The rights of {@code photo}. */
    public RightsStatus of(Photo photo) {
        PhotoMetadata m = photo.metadata();
        return new RightsStatus(embargo(photo).orElse(null), photo.kill(), m.usageTerms(), restrictions(m));
    }

    /** The embargo that lifts last among those the photo states, a read one before any unread one. */
    Optional<Embargo> embargo(Photo photo) {
        var found = new ArrayList<Embargo>();
        iim(photo.raw().iim()).ifPresent(found::add);
        xmp(photo.raw().xmp()).ifPresent(found::add);
        PhotoMetadata m = photo.metadata();
        text("instructions", m.instructions()).ifPresent(found::add);
        text("caption", m.caption()).ifPresent(found::add);
        text("headline", m.headline()).ifPresent(found::add);
        text("usageTerms", m.usageTerms()).ifPresent(found::add);
        Optional<Embargo> latest = found.stream().filter(Embargo::readable)
                .max(java.util.Comparator.comparing(Embargo::until));
        return latest.or(() -> found.stream().findFirst());
    }

    private Optional<Embargo> text(String field, String value) {
        return embargoText.find(value).map(p -> new Embargo(p.until(), field, p.words()));
    }

    /** IIM 2:30 Release Date with 2:35 Release Time, as the raw tags hold them. */
    static Optional<Embargo> iim(Map<String, List<String>> iim) {
        String date = first(iim, "2:30");
        if (date == null) {
            return Optional.empty();
        }
        String time = first(iim, "2:35");
        String words = time == null ? date : date + " " + time;
        try {
            LocalDate day = LocalDate.parse(date.strip(), IIM_DATE);
            OffsetDateTime at = time == null ? day.atStartOfDay().atOffset(ZoneOffset.UTC) : withTime(day, time);
            return Optional.of(new Embargo(at.toInstant(), "IIM 2:30 ReleaseDate", words));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.of(new Embargo(null, "IIM 2:30 ReleaseDate", words));
        }
    }

    private static OffsetDateTime withTime(LocalDate day, String time) {
        String t = time.strip();
        if (!t.matches("\\d{6}(?:[+-]\\d{4})?")) {
            throw new IllegalArgumentException("IIM time '" + t + "' is not HHMMSS±HHMM");
        }
        LocalTime local = LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2, 4)),
                Integer.parseInt(t.substring(4, 6)));
        ZoneOffset offset = t.length() == 6 ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(
                Integer.parseInt(t.substring(6, 9)), Integer.parseInt(t.charAt(6) + t.substring(9, 11)));
        return day.atTime(local).atOffset(offset);
    }

    /** XMP {@code embargoDate} of PRISM Usage Rights (or PRISM), an ISO 8601 date or date-time. */
    static Optional<Embargo> xmp(Map<String, List<String>> xmp) {
        for (var e : xmp.entrySet()) {
            String key = e.getKey();
            if (key.toLowerCase(Locale.ROOT).endsWith(":embargodate") && !e.getValue().isEmpty()) {
                String value = e.getValue().getFirst();
                return Optional.of(new Embargo(isoInstant(value).orElse(null), "XMP " + key, value));
            }
        }
        return Optional.empty();
    }

    /** An ISO 8601 date-time (a local one read as UTC) or date (00:00 UTC), or empty. */
    static Optional<Instant> isoInstant(String value) {
        String v = value == null ? "" : value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException ignored) {
            // not with an offset: try the local forms
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String first(Map<String, List<String>> tags, String dataset) {
        for (var e : tags.entrySet()) {
            String key = e.getKey();
            if ((key.equals(dataset) || key.startsWith(dataset + " ")) && !e.getValue().isEmpty()) {
                return e.getValue().getFirst();
            }
        }
        return null;
    }

    /** The caption's and the instructions' restriction phrases, embargo phrases left out, each once. */
    List<String> restrictions(PhotoMetadata m) {
        var out = new LinkedHashSet<String>();
        for (String text : new String[] {m.caption(), m.instructions()}) {
            if (text != null) {
                captions.parse(text).restrictions().stream().map(String::strip)
                        .filter(r -> !isEmbargo(r)).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isEmbargo(String restriction) {
        String r = restriction.toUpperCase(Locale.ROOT);
        return r.startsWith("EMBARGO") || r.startsWith("HOLD FOR RELEASE");
    }
}
