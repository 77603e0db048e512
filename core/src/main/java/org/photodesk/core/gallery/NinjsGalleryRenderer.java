package org.photodesk.core.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a gallery as a ninjs 3.0 {@code composite} item whose ordered {@code associations} are its photos as
 * {@code picture} items, each with renditions, byline, caption and credit line, copyright and alternative ids.
 * Property names follow the ninjs 3.0 schema (camelCase: {@code firstCreated}, {@code contentType},
 * {@code copyrightNotice}, {@code altIds}); keys are sorted so the output is stable. Rights travel with each picture
 * as ninjs 3.0 names them: {@code usageTerms}, {@code embargoedUntil} and {@code rightsInfo.linkedRights} (the
 * house's licence); a C2PA manifest store removed from a modified file is noted as a {@code provenance}
 * description, so that partners know why the file carries no Content Credentials.
 */
public final class NinjsGalleryRenderer {

    /** The schema this output is valid against. */
    public static final String SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json";

    /** The note on a picture whose original's C2PA Content Credentials were removed. */
    static final String PROVENANCE_NOTE = "The original carried C2PA Content Credentials; they were removed because"
            + " this file was modified for publishing (caption and metadata rewritten, resized) and the original's"
            + " claim no longer matches it.";

    private final Json json = new Json();

    /** The {@code gallery.json} for {@code g}, ending with a line break. */
    public String render(RenderableGallery g) {
        return json.write(composite(g)) + "\n";
    }

    private static Map<String, Object> composite(RenderableGallery g) {
        Gallery gallery = g.gallery();
        var root = new TreeMap<String, Object>();
        root.put("standard", new TreeMap<>(Map.of("name", "ninjs", "version", "3.0", "schema", SCHEMA)));
        root.put("uri", g.url());
        root.put("type", "composite");
        root.put("version", Integer.toString(Math.max(1, gallery.revision())));
        root.put("pubStatus", "usable");
        root.put("firstCreated", gallery.createdAt().toString());
        if (gallery.publishedAt() != null) {
            root.put("versionCreated", gallery.publishedAt().toString());
        }
        if (gallery.date() != null) {
            root.put("contentCreated", gallery.date() + "T00:00:00Z");
        }
        root.put("slugline", gallery.slug());
        root.put("headlines", List.of(described("main", gallery.title())));
        if (gallery.intro() != null) {
            root.put("descriptions", List.of(described("summary", gallery.intro())));
        }
        if (gallery.event() != null) {
            root.put("events", List.of(Map.of("name", gallery.event())));
        }
        root.put("altIds", List.of(described("photodesk-gallery-slug", gallery.slug())));
        root.put("associations", g.entries().stream().map(e -> picture(g, e)).toList());
        return root;
    }

    private static Map<String, Object> picture(RenderableGallery g, GalleryEntry e) {
        var pic = new TreeMap<String, Object>();
        pic.put("name", "photo-" + e.position());
        pic.put("uri", g.url() + "#photo-" + e.photoId());
        pic.put("type", "picture");
        pic.put("renditions", e.renditions().stream().map(r -> rendition(g, r)).toList());
        var descriptions = new ArrayList<Map<String, Object>>();
        if (e.caption() != null) {
            descriptions.add(described("caption", e.caption()));
        }
        if (e.credit() != null) {
            descriptions.add(described("creditline", e.credit()));
        }
        descriptions.add(described("alttext", e.altText()));
        pic.put("descriptions", descriptions);
        if (e.headline() != null) {
            pic.put("headlines", List.of(described("main", e.headline())));
        }
        if (e.creator() != null) {
            pic.put("by", e.creator());
        }
        if (e.copyright() != null) {
            pic.put("copyrightNotice", e.copyright());
        }
        String holder = e.credit() != null ? e.credit() : e.creator();
        if (holder != null) {
            pic.put("copyrightHolder", holder);
        }
        if (e.city() != null) {
            pic.put("located", e.country() == null ? e.city() : e.city() + ", " + e.country());
        }
        pic.put("altIds", List.of(described("photodesk-photo-id", Long.toString(e.photoId()))));
        rights(e.rights(), pic, descriptions);
        return pic;
    }

    /** The picture's usage terms, lifted embargo, licence and provenance note. */
    private static void rights(EntryRights r, Map<String, Object> pic, List<Map<String, Object>> descriptions) {
        if (r.usageTerms() != null) {
            pic.put("usageTerms", r.usageTerms());
        }
        if (r.embargoedUntil() != null) {
            pic.put("embargoedUntil", r.embargoedUntil().toString());
        }
        if (r.license() != null) {
            pic.put("rightsInfo", Map.of("linkedRights", r.license()));
        }
        if (r.credentialsRemoved()) {
            descriptions.add(described("provenance", PROVENANCE_NOTE));
        }
    }

    private static Map<String, Object> rendition(RenderableGallery g, Rendition r) {
        var out = new TreeMap<String, Object>();
        out.put("name", r.name());
        out.put("href", g.absolute(r.path()));
        out.put("width", r.width());
        out.put("height", r.height());
        out.put("contentType", r.mediaType());
        return out;
    }

    private static Map<String, Object> described(String role, String value) {
        return new TreeMap<>(Map.of("role", role, "value", value));
    }
}
