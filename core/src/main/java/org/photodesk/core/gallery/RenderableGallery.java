package org.photodesk.core.gallery;

import java.util.List;
import java.util.Objects;

/**
 * A gallery ready to render: the gallery, its publishable photos resolved to {@link GalleryEntry}s in order, and
 * the base URL under which its folder will be served ({@code <baseUrl><slug>/}).
 */
public record RenderableGallery(Gallery gallery, String baseUrl, List<GalleryEntry> entries) {

    public RenderableGallery {
        Objects.requireNonNull(gallery, "gallery");
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        entries = List.copyOf(entries);
    }

    /** The URL of the gallery's folder, ending with a slash. */
    public String url() {
        return baseUrl + gallery.slug() + "/";
    }

    /** The absolute URL of a path inside the gallery folder. */
    public String absolute(String path) {
        return url() + path;
    }

    /** The description to show for the gallery: its introduction, else its title. */
    public String description() {
        return gallery.intro() != null ? gallery.intro() : gallery.title();
    }
}
