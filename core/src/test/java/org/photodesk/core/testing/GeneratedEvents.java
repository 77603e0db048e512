package org.photodesk.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Made-up agency photos shaped like a news library, for measuring the events list at scale: the photos come in
 * events of 5 to 300 frames (most small, a few large), each on one or two days in one city, at a venue for most,
 * with a small cast of people and one to four photographers, and an IPTC Event named for about a third of them.
 * Several events share each day and the cities repeat, so the grouping has real work to do; one photo in two hundred
 * is undated. People and venues are drawn from about 30,000 and 10,000 names, so that, as in a real library, two
 * events of the same days share one only by chance. The same for the same seed; photos come out in arrival order, events interleaved as on a wire.
 */
public final class GeneratedEvents {

    static final String[][] CITIES = {{"Paris", "France"}, {"Lyon", "France"}, {"Marseille", "France"},
        {"London", "United Kingdom"}, {"Manchester", "United Kingdom"}, {"Glasgow", "United Kingdom"},
        {"Berlin", "Germany"}, {"Munich", "Germany"}, {"Hamburg", "Germany"}, {"Madrid", "Spain"},
        {"Barcelona", "Spain"}, {"Rome", "Italy"}, {"Milan", "Italy"}, {"Naples", "Italy"}, {"Vienna", "Austria"},
        {"Warsaw", "Poland"}, {"Prague", "Czech Republic"}, {"Lisbon", "Portugal"}, {"Athens", "Greece"},
        {"Istanbul", "Turkey"}, {"Cairo", "Egypt"}, {"Nairobi", "Kenya"}, {"Lagos", "Nigeria"},
        {"Johannesburg", "South Africa"}, {"New York", "United States"}, {"Chicago", "United States"},
        {"Los Angeles", "United States"}, {"Houston", "United States"}, {"Toronto", "Canada"},
        {"Mexico City", "Mexico"}, {"Sao Paulo", "Brazil"}, {"Buenos Aires", "Argentina"}, {"Tokyo", "Japan"},
        {"Seoul", "South Korea"}, {"Beijing", "China"}, {"Mumbai", "India"}, {"Sydney", "Australia"},
        {"Melbourne", "Australia"}, {"Jakarta", "Indonesia"}, {"Dubai", "United Arab Emirates"}};
    static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines",
        "Jonas", "Keiko", "Luis", "Maria", "Nadia", "Omar", "Petra", "Quentin", "Rosa", "Samuel", "Tomasz", "Ursula",
        "Victor", "Wanda", "Xavier", "Yusuf", "Zofia", "Amara", "Bruno", "Carmen", "Dmitri"};
    static final String[] LAST = {"Abbott", "Baptiste", "Castellano", "Duval", "Eriksen", "Fontaine", "Gallagher",
        "Hoffmann", "Iwasaki", "Jablonski", "Kowalczyk", "Lindqvist", "Moreno", "Nakamura", "Okafor", "Petrakis",
        "Quintana", "Rasmussen", "Santoro", "Takahashi", "Underwood", "Vasquez", "Wojcik", "Yamamoto", "Zielinski",
        "Adeyemi", "Bergstrom", "Chaudhry", "Delacroix", "Esposito", "Ferreira", "Gunawardena", "Haddad", "Ivanova"};
    static final String[] VENUES = {"Arena", "Stadium", "Hall", "Park", "Square", "Palace", "Cathedral", "Theatre",
        "Convention Centre", "Racecourse"};
    static final String[] ACTIONS = {"speaks to supporters", "celebrates a goal", "arrives for the meeting",
        "performs on stage", "waves to the crowd", "crosses the finish line", "answers questions from reporters",
        "lays a wreath", "shakes hands with delegates", "holds up the trophy"};
    static final String[] KINDS = {"Cup", "Summit", "Festival", "Marathon", "Open", "Awards", "Congress", "Grand Prix"};
    static final String[] AGENCIES = {"AP", "Reuters", "AFP", "EPA", "Getty Images"};

    private GeneratedEvents() {}

    /** The event a photo of {@link #library} was made for (its true grouping). */
    public static int storyOf(Photo photo) {
        String name = photo.fileName();
        return Integer.parseInt(name.substring(name.indexOf("_s") + 2, name.length() - ".jpg".length()));
    }

    /** {@code count} photos with ids 1 to {@code count}, the same for the same {@code seed}. */
    public static List<Photo> library(int count, long seed) {
        var random = new Random(seed);
        List<Photo> out = new ArrayList<>(count);
        List<Story> open = new ArrayList<>();
        int days = Math.max(30, count / 250);    // about 250 photos a day, in several events
        int next = 0;
        while (out.size() < count) {
            while (open.size() < 6) {
                open.add(story(next++, random, days));
            }
            Story s = open.get(random.nextInt(open.size()));
            out.add(s.photo(out.size() + 1L, random));
            if (--s.left == 0) {
                open.remove(s);
            }
        }
        return out;
    }

    /** One event as its photos arrive. */
    private static final class Story {
        final int number;
        final String city;
        final String country;
        final String venue;
        final String iptcEvent;
        final List<String> cast;
        final List<String[]> photographers;
        final LocalDate day;
        final boolean twoDays;
        int left;

        Story(int number, String city, String country, String venue, String iptcEvent, List<String> cast,
                List<String[]> photographers, LocalDate day, boolean twoDays, int left) {
            this.number = number;
            this.city = city;
            this.country = country;
            this.venue = venue;
            this.iptcEvent = iptcEvent;
            this.cast = cast;
            this.photographers = photographers;
            this.day = day;
            this.twoDays = twoDays;
            this.left = left;
        }

        Photo photo(long id, Random random) {
            String person = cast.get(Math.min(random.nextInt(cast.size()), random.nextInt(cast.size())));
            String[] by = photographers.get(random.nextInt(photographers.size()));
            LocalDate taken = twoDays && random.nextBoolean() ? day.plusDays(1) : day;
            boolean undated = random.nextInt(200) == 0;
            String where = venue == null ? city + ", " + country : venue + " in " + city + ", " + country;
            String caption = city.toUpperCase(Locale.ROOT) + " — " + person + " "
                    + ACTIONS[random.nextInt(ACTIONS.length)] + " at " + where
                    + (undated ? "." : " on " + taken.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + ", " + taken.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                            + taken.getDayOfMonth() + ", " + taken.getYear() + ".")
                    + " " + credit(by[1], by[0]);
            PhotoMetadata m = PhotoMetadata.builder()
                    .caption(caption)
                    .headline(iptcEvent != null ? iptcEvent : person + " in " + city)
                    .byline(List.of(by[0]))
                    .credit(by[1])
                    .city(city)
                    .sublocation(venue)
                    .country(country)
                    .people(List.of(person))
                    .event(iptcEvent)
                    .dateCreated(undated ? null : new DateCreated(taken, LocalTime.of(9 + random.nextInt(12),
                            random.nextInt(60)), null))
                    .build();
            Instant ingested = GeneratedPhotos.T0.plusSeconds(id);
            return new Photo(id, "%064x".formatted(id), "%064x".formatted(id + 1_000_000_000L), "EV_" + id + "_s" + number + ".jpg",
                    "image/jpeg", 6000, 4000, m, m, by[1], null, null, ingested, ingested, 1, 0, null);
        }
    }

    /**
     * A person of the cast: a first name and a surname, double-barrelled three times in four, so that the library
     * holds tens of thousands of people (as a real one does) and two events share one only by chance.
     */
    private static String person(Random random) {
        String last = LAST[random.nextInt(LAST.length)];
        return FIRST[random.nextInt(FIRST.length)] + " "
                + (random.nextInt(4) == 0 ? last : last + "-" + LAST[random.nextInt(LAST.length)]);
    }

    /** The credit as each agency prints it. */
    private static String credit(String agency, String photographer) {
        return switch (agency) {
            case "AP" -> "(AP Photo/" + photographer + ")";
            case "Reuters" -> "REUTERS/" + photographer;
            case "AFP" -> "(Photo by " + photographer + " / AFP)";
            case "EPA" -> "EPA-EFE/" + photographer.toUpperCase(Locale.ROOT);
            default -> "(Photo by " + photographer + "/Getty Images)";
        };
    }

    private static Story story(int n, Random random, int days) {
        String[] place = CITIES[Math.min(random.nextInt(CITIES.length), random.nextInt(CITIES.length))];
        String surname = LAST[random.nextInt(LAST.length)];
        String venue = random.nextInt(5) == 0 ? null
                : FIRST[random.nextInt(FIRST.length)] + " " + surname + " " + VENUES[random.nextInt(VENUES.length)];
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(days));
        String iptcEvent = random.nextInt(3) == 0
                ? place[0] + " " + KINDS[random.nextInt(KINDS.length)] + " " + day.getYear() + " #" + n : null;
        List<String> cast = IntStream.range(0, 2 + random.nextInt(5))
                .mapToObj(k -> person(random)).distinct().toList();
        List<String[]> photographers = IntStream.range(0, 1 + random.nextInt(4))
                .mapToObj(k -> new String[] {FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(
                        LAST.length)], AGENCIES[random.nextInt(AGENCIES.length)]}).toList();
        int size = 5 + Math.min(random.nextInt(296), Math.min(random.nextInt(296), random.nextInt(296)));
        return new Story(n, place[0], place[1], venue, iptcEvent, cast, photographers, day, random.nextInt(4) == 0, size);
    }
}
