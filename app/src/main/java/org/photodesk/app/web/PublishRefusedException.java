package org.photodesk.app.web;

import java.util.List;
import java.util.Map;
import org.photodesk.core.photo.Problem;

/**
 * A publish refused (409) because the gallery checks found problems and it was not forced: the problems of the
 * gallery as a whole and, place by place, of its items travel with it, for the API's answer and the desk's page.
 */
public final class PublishRefusedException extends DeskException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> gallery;
    private final transient List<Galleries.ItemCheck> items;
    private final long revision;

    public PublishRefusedException(String slug, long revision, List<Problem> gallery, List<Galleries.ItemCheck> items) {
        super(409, "Not published", detail(slug, revision, gallery, items),
                Map.of("revision", revision, "gallery", List.copyOf(gallery), "items", List.copyOf(items)));
        this.gallery = List.copyOf(gallery);
        this.items = List.copyOf(items);
        this.revision = revision;
    }

    private static String detail(String slug, long revision, List<Problem> gallery, List<Galleries.ItemCheck> items) {
        int count = gallery.size() + items.stream().mapToInt(i -> i.problems().size()).sum();
        return "Gallery '" + slug + "' was not published: the checks found " + count
                + (count == 1 ? " problem" : " problems") + ". Fix them, or publish anyway: send {\"force\": true, "
                + "\"revision\": " + revision + "} (in the desk: the 'Publish anyway' button).";
    }

    /** The problems of the gallery as a whole (such as having no photos). */
    public List<Problem> gallery() {
        return gallery;
    }

    /** The places with problems, in gallery order. */
    public List<Galleries.ItemCheck> items() {
        return items;
    }

    /** The edit revision that was checked. */
    public long revision() {
        return revision;
    }
}
