package org.photodesk.core.gallery;

import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.photo.Photo;

/** Decides which renditions a published photo has, their file names and sizes. */
@FunctionalInterface
public interface RenditionPlanner {

    /** Renditions of {@code photo}, smallest first. */
    List<Rendition> plan(Photo photo);

    /** The widths of the scaled renditions: a 400 px thumbnail and a 1600 px preview, never upscaled. */
    int THUMBNAIL_WIDTH = 400;
    int PREVIEW_WIDTH = 1600;

    /** Thumbnail, preview and original named {@code images/<photo id>-<name>.jpg}, sizes from the photo's own. */
    RenditionPlanner STANDARD = photo -> {
        var out = new ArrayList<Rendition>();
        out.add(scaled(photo, Rendition.THUMBNAIL, THUMBNAIL_WIDTH));
        out.add(scaled(photo, Rendition.PREVIEW, PREVIEW_WIDTH));
        out.add(new Rendition(Rendition.ORIGINAL, path(photo, Rendition.ORIGINAL), photo.width(), photo.height(),
                "image/jpeg"));
        return List.copyOf(out);
    };

    /** The path of rendition {@code name} of {@code photo} inside a published gallery folder. */
    static String path(Photo photo, String name) {
        return "images/" + photo.id() + "-" + name + ".jpg";
    }

    /** {@code photo} scaled to {@code maxWidth}, keeping its aspect ratio, or at its own size when smaller. */
    static Rendition scaled(Photo photo, String name, int maxWidth) {
        int w = Math.max(1, photo.width());
        int h = Math.max(1, photo.height());
        int width = Math.min(w, maxWidth);
        int height = Math.max(1, (int) Math.round((double) h * width / w));
        return new Rendition(name, path(photo, name), width, height, "image/jpeg");
    }
}
