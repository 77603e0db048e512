package org.photodesk.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.DeskLabels;

/**
 * How the sheet, the loupe and the photo page show a photo's desk marks (stars, colour label, tag, free labels) and
 * its times; the templates call these so that every view says the same.
 */
public final class Marks {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private Marks() {}

    /** The stars of {@code rating} as text: filled then empty, five in all. */
    public static String stars(int rating) {
        return "★".repeat(rating) + "☆".repeat(5 - rating);
    }

    /** The colour label a photo carries (the first when several), or null. */
    public static DeskLabels.Colour colour(Photo photo) {
        return photo.labels().stream().map(DeskLabels::colour).flatMap(java.util.Optional::stream).findFirst()
                .orElse(null);
    }

    /** Whether the photo carries the tag. */
    public static boolean tagged(Photo photo) {
        return DeskLabels.tagged(photo.labels());
    }

    /** The labels that are neither a colour nor the tag, as typed. */
    public static List<String> freeLabels(Photo photo) {
        return photo.labels().stream().filter(l -> DeskLabels.colour(l).isEmpty() && !DeskLabels.has(List.of(l),
                DeskLabels.TAG)).toList();
    }

    /** The photo's labels joined as the edit API takes them, for a script to change one and send them back. */
    public static String labels(Photo photo) {
        return String.join(", ", photo.labels());
    }

    /** When the photo was taken as the caption has it (local to the scene), or when it came in. */
    public static String time(Photo photo) {
        var d = photo.metadata().dateCreated();
        if (d != null) {
            return d.time() == null ? d.date().toString() : d.date() + " " + d.time().truncatedTo(
                    java.time.temporal.ChronoUnit.MINUTES);
        }
        return photo.ingestedAt() == null ? "" : "in " + local(photo.ingestedAt());
    }

    /** An instant in the desk's own time zone, to the minute, such as {@code 11 Aug 2024 14:05}. */
    public static String local(java.time.Instant at) {
        return at == null ? "" : LOCAL.format(at.atZone(ZoneId.systemDefault()));
    }

    /** An instant as ISO text, for the {@code datetime} attribute a script turns into the reader's local time. */
    public static String iso(java.time.Instant at) {
        return at == null ? "" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
