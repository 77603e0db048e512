package org.photodesk.core.gallery;

import java.util.List;

/** What the gallery checks found: problems with the gallery as a whole and, item by item, with its items. */
public record CheckReport(List<org.photodesk.core.photo.Problem> gallery, List<ItemProblems> items) {

    public CheckReport {
        gallery = List.copyOf(gallery);
        items = List.copyOf(items);
    }

    /** True when nothing was found and the gallery may be published without forcing. */
    public boolean passed() {
        return gallery.isEmpty() && items.isEmpty();
    }

    /**
     * True when a problem forbids publishing outright, force or not: a killed photo, an embargo not yet lifted
     * ({@link org.photodesk.core.rights.RightsStatus#BLOCKING}).
     */
    public boolean blocked() {
        return !blocking().isEmpty();
    }

    /** The problems that forbid publishing outright, as {@link #lines()} writes them. */
    public List<String> blocking() {
        var out = new java.util.ArrayList<String>();
        gallery.stream().filter(org.photodesk.core.rights.RightsStatus::blocks)
                .forEach(p -> out.add(p.code() + ": " + p.message()));
        for (ItemProblems ip : items) {
            String at = "#" + ip.item().position() + " (item " + ip.item().id() + ")";
            ip.problems().stream().filter(org.photodesk.core.rights.RightsStatus::blocks)
                    .forEach(p -> out.add(at + " " + p.code() + ": " + p.message()));
        }
        return List.copyOf(out);
    }

    /** Every problem as one line for a person, item problems prefixed with the item's position and id. */
    public List<String> lines() {
        var out = new java.util.ArrayList<String>();
        gallery.forEach(p -> out.add(p.code() + ": " + p.message()));
        for (ItemProblems ip : items) {
            String at = "#" + ip.item().position() + " (item " + ip.item().id() + ")";
            ip.problems().forEach(p -> out.add(at + " " + p.code() + ": " + p.message()));
        }
        return List.copyOf(out);
    }
}
