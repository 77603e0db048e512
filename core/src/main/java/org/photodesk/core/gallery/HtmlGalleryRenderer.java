package org.photodesk.core.gallery;

import static org.photodesk.core.gallery.Markup.escape;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders a gallery as a standalone, responsive {@code index.html}: one {@code <figure>} per photo with
 * {@code srcset}, alt text and a {@code <figcaption>} holding caption and credit, Open Graph tags, and schema.org
 * {@code ImageGallery} JSON-LD whose {@code ImageObject}s carry the image-licence properties search engines read
 * ({@code creditText}, {@code copyrightNotice}, {@code creator}, {@code license}, {@code acquireLicensePage}). Every text is escaped; output depends only on the input.
 */
public final class HtmlGalleryRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final String SIZES = "(max-width: 960px) 100vw, 960px";
    private static final String STYLE = """
            body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#111;background:#fff}
            main{max-width:960px;margin:0 auto;padding:1rem}
            figure{margin:0 0 2rem}
            img{display:block;width:100%;height:auto;background:#eee}
            figcaption{margin-top:.5rem;font-size:.95rem}
            .credit{color:#555;font-size:.85rem}
            .meta{color:#555}""";

    private final Json json = new Json();

    /** The page for {@code g}. */
    public String render(RenderableGallery g) {
        var out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
        head(g, out);
        out.append("</head>\n<body>\n<main class=\"gallery\">\n");
        header(g, out);
        for (GalleryEntry e : g.entries()) {
            figure(e, out);
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void head(RenderableGallery g, StringBuilder out) {
        Gallery gallery = g.gallery();
        out.append("<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(escape(gallery.title())).append("</title>\n");
        meta(out, "name", "description", g.description());
        meta(out, "property", "og:type", "article");
        meta(out, "property", "og:title", gallery.title());
        meta(out, "property", "og:description", g.description());
        meta(out, "property", "og:url", g.url());
        if (!g.entries().isEmpty()) {
            GalleryEntry first = g.entries().getFirst();
            Rendition image = first.main();
            meta(out, "property", "og:image", g.absolute(image.path()));
            meta(out, "property", "og:image:width", Integer.toString(image.width()));
            meta(out, "property", "og:image:height", Integer.toString(image.height()));
            meta(out, "property", "og:image:alt", first.altText());
        }
        out.append("<link rel=\"canonical\" href=\"").append(escape(g.url())).append("\">\n");
        out.append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.xml\" title=\"")
                .append(escape(gallery.title())).append("\">\n");
        out.append("<link rel=\"alternate\" type=\"application/json\" href=\"gallery.json\">\n");
        out.append("<style>\n").append(STYLE).append("\n</style>\n");
        out.append("<script type=\"application/ld+json\">\n").append(json.write(jsonLd(g))).append("\n</script>\n");
    }

    private static void meta(StringBuilder out, String attr, String key, String content) {
        out.append("<meta ").append(attr).append("=\"").append(key).append("\" content=\"").append(escape(content))
                .append("\">\n");
    }

    private static void header(RenderableGallery g, StringBuilder out) {
        Gallery gallery = g.gallery();
        out.append("<header>\n<h1>").append(escape(gallery.title())).append("</h1>\n");
        var meta = new ArrayList<String>();
        if (gallery.event() != null) {
            meta.add("<span class=\"event\">" + escape(gallery.event()) + "</span>");
        }
        if (gallery.date() != null) {
            meta.add("<time datetime=\"" + gallery.date() + "\">" + DAY.format(gallery.date()) + "</time>");
        }
        if (!meta.isEmpty()) {
            out.append("<p class=\"meta\">").append(String.join(" · ", meta)).append("</p>\n");
        }
        if (gallery.intro() != null) {
            out.append("<p class=\"intro\">").append(escape(gallery.intro())).append("</p>\n");
        }
        out.append("</header>\n");
    }

    private static void figure(GalleryEntry e, StringBuilder out) {
        Rendition main = e.main();
        out.append("<figure id=\"photo-").append(e.photoId()).append("\">\n");
        out.append("<img src=\"").append(escape(main.path())).append('"');
        out.append(" srcset=\"").append(escape(srcset(e.renditions()))).append('"');
        out.append(" sizes=\"").append(SIZES).append('"');
        out.append(" width=\"").append(main.width()).append("\" height=\"").append(main.height()).append('"');
        out.append(" alt=\"").append(escape(e.altText())).append('"');
        out.append(e.position() == 1 ? " fetchpriority=\"high\"" : " loading=\"lazy\"");
        out.append(" decoding=\"async\">\n<figcaption>");
        if (e.caption() != null) {
            out.append("<span class=\"caption\">").append(escape(e.caption())).append("</span>");
        }
        if (e.credit() != null) {
            out.append(e.caption() != null ? " " : "").append("<span class=\"credit\">").append(escape(e.credit()))
                    .append("</span>");
        }
        out.append("</figcaption>\n</figure>\n");
    }

    private static String srcset(List<Rendition> renditions) {
        var byWidth = new java.util.LinkedHashMap<Integer, Rendition>();
        renditions.forEach(r -> byWidth.putIfAbsent(r.width(), r));
        return byWidth.values().stream().map(r -> r.path() + " " + r.width() + "w")
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Object> jsonLd(RenderableGallery g) {
        Gallery gallery = g.gallery();
        var root = new TreeMap<String, Object>();
        root.put("@context", "https://schema.org");
        root.put("@type", "ImageGallery");
        root.put("name", gallery.title());
        root.put("url", g.url());
        putIfPresent(root, "description", gallery.intro());
        if (gallery.publishedAt() != null) {
            root.put("datePublished", gallery.publishedAt().toString());
        }
        root.put("associatedMedia", g.entries().stream().map(e -> imageObject(g, e)).toList());
        return root;
    }

    private static Map<String, Object> imageObject(RenderableGallery g, GalleryEntry e) {
        var image = new TreeMap<String, Object>();
        image.put("@type", "ImageObject");
        image.put("position", e.position());
        image.put("contentUrl", g.absolute(e.largest().path()));
        image.put("thumbnailUrl", g.absolute(e.smallest().path()));
        image.put("width", e.largest().width());
        image.put("height", e.largest().height());
        putIfPresent(image, "caption", e.caption());
        putIfPresent(image, "creditText", e.credit());
        putIfPresent(image, "copyrightNotice", e.copyright());
        putIfPresent(image, "license", e.rights().license());
        putIfPresent(image, "acquireLicensePage", e.rights().acquireLicensePage());
        image.put("description", e.altText());
        if (e.creator() != null) {
            image.put("creator", new TreeMap<>(Map.of("@type", "Person", "name", e.creator())));
        }
        return image;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
