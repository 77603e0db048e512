package org.photodesk.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recurring events held at one fixed site ("Glastonbury" at Worthy Farm, Pilton), from {@code event-sites.tsv}: an
 * event sheet whose captions and text name no city is placed at the site of the event its articles name most.
 */
final class EventSites {

    /** One fixed-site event: the names it goes by, its venue, host town and country. */
    record Site(List<String> names, String venue, String city, String country) {}

    /** A site and the units that name it. */
    record Mentioned(Site site, List<Unit> units) {}

    private static final EventSites STANDARD = new EventSites(load());

    private final List<Site> sites;

    private EventSites(List<Site> sites) {
        this.sites = List.copyOf(sites);
    }

    /** The built-in table (immutable, shared). */
    static EventSites standard() {
        return STANDARD;
    }

    /** The site the units name most often (the first in the table on a tie), with those units; empty when none. */
    Optional<Mentioned> mostMentioned(List<Unit> units) {
        Mentioned best = null;
        for (Site s : sites) {
            List<Unit> naming = units.stream().filter(u -> s.names().stream().anyMatch(n -> names(u.text(), n)))
                    .toList();
            if (!naming.isEmpty() && (best == null || naming.size() > best.units().size())) {
                best = new Mentioned(s, naming);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code text} holds {@code name} as whole words (case as printed). */
    static boolean names(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int e = i + name.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = e == text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static List<Site> load() {
        List<Site> out = new ArrayList<>();
        try (var in = EventSites.class.getResourceAsStream("/org/photodesk/core/event/event-sites.tsv");
                var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length == 4) {
                    out.add(new Site(List.of(f[0].split("\\|")), f[1], f[2], f[3]));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("event-sites.tsv is missing from the build", e);
        }
        return out;
    }
}
