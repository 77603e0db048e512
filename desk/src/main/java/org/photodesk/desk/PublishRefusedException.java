package org.photodesk.desk;

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

    /**
     * @param acknowledged the fingerprint of all the problems found ({@link Galleries#fingerprint}), which a forced
     *     publish may send back to be forced past exactly these
     */
    public PublishRefusedException(String slug, long revision, List<Problem> gallery, List<Galleries.ItemCheck> items,
            String acknowledged) {
        super(409, "Not published", detail(slug, revision, gallery, items, acknowledged),
                Map.of("revision", revision, "gallery", List.copyOf(gallery), "items", List.copyOf(items),
                        "acknowledged", acknowledged));
        this.gallery = List.copyOf(gallery);
        this.items = List.copyOf(items);
        this.revision = revision;
    }

    private static String detail(String slug, long revision, List<Problem> gallery, List<Galleries.ItemCheck> items,
            String acknowledged) {
        int count = gallery.size() + items.stream().mapToInt(i -> i.problems().size()).sum();
        return "Gallery '" + slug + "' was not published: the checks found " + count
                + (count == 1 ? " problem" : " problems") + ". Fix them, or publish anyway: send {\"force\": true, "
                + "\"revision\": " + revision + ", \"acknowledged\": \"" + acknowledged + "\"} (in the desk: the"
                + " 'Publish anyway' button); with acknowledged, a publish is not forced past problems found since.";
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
