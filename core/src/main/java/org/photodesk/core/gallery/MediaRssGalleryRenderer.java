package org.photodesk.core.gallery;

import static org.photodesk.core.gallery.Markup.escape;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Renders a gallery as an RSS 2.0 feed with Media RSS: one {@code <item>} per photo, in gallery order, whose
 * {@code media:content} carries the preview's URL and size, the photographer as {@code media:credit}, and the
 * caption as a plain-text {@code media:description}, the copyright notice as {@code media:copyright} (linked to the
 * house's licensing page), the house's licence as {@code media:license}, and, for a picture whose use the agency
 * restricts, {@code <media:restriction type="sharing" relationship="deny"/>}. Every text and attribute is escaped.
 */
public final class MediaRssGalleryRenderer {

    /** The Media RSS namespace. */
    public static final String MEDIA_NS = "http://search.yahoo.com/mrss/";

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** The {@code feed.xml} for {@code g}. */
    public String render(RenderableGallery g) {
        Gallery gallery = g.gallery();
        var out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<rss version=\"2.0\" xmlns:media=\"").append(MEDIA_NS)
                .append("\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        element(out, 1, "title", gallery.title());
        element(out, 1, "link", g.url());
        element(out, 1, "description", asHtml(g.description()));
        out.append("  <atom:link href=\"").append(escape(g.absolute("feed.xml")))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        Instant date = gallery.publishedAt() != null ? gallery.publishedAt() : gallery.createdAt();
        element(out, 1, "pubDate", RFC_822.format(date));
        element(out, 1, "generator", "Photodesk");
        for (GalleryEntry e : g.entries()) {
            item(g, e, RFC_822.format(date), out);
        }
        out.append("</channel>\n</rss>\n");
        return out.toString();
    }

    private static void item(RenderableGallery g, GalleryEntry e, String date, StringBuilder out) {
        String title = e.headline() != null ? e.headline() : e.altText();
        out.append("  <item>\n");
        element(out, 2, "title", title);
        element(out, 2, "link", g.url() + "#photo-" + e.photoId());
        out.append("    <guid isPermaLink=\"true\">").append(escape(g.url() + "#photo-" + e.photoId()))
                .append("</guid>\n");
        element(out, 2, "description", asHtml(join(e.caption(), e.credit())));
        element(out, 2, "pubDate", date);
        Rendition main = e.main();
        out.append("    <media:content url=\"").append(escape(g.absolute(main.path())))
                .append("\" medium=\"image\" type=\"").append(escape(main.mediaType()))
                .append("\" width=\"").append(main.width()).append("\" height=\"").append(main.height())
                .append("\">\n");
        mediaText(out, "media:title", title);
        if (e.caption() != null) {
            mediaText(out, "media:description", e.caption());
        }
        String photographer = e.creator() != null ? e.creator() : e.credit();
        if (photographer != null) {
            out.append("      <media:credit role=\"photographer\" scheme=\"urn:ebu\">").append(escape(photographer))
                    .append("</media:credit>\n");
        }
        rights(e, out);
        Rendition thumb = e.smallest();
        out.append("      <media:thumbnail url=\"").append(escape(g.absolute(thumb.path()))).append("\" width=\"")
                .append(thumb.width()).append("\" height=\"").append(thumb.height()).append("\"/>\n");
        out.append("    </media:content>\n  </item>\n");
    }

    private static void rights(GalleryEntry e, StringBuilder out) {
        EntryRights r = e.rights();
        if (e.copyright() != null) {
            String url = r.acquireLicensePage() != null ? r.acquireLicensePage() : r.license();
            out.append("      <media:copyright").append(url == null ? "" : " url=\"" + escape(url) + "\"").append('>')
                    .append(escape(e.copyright())).append("</media:copyright>\n");
        }
        if (r.license() != null) {
            out.append("      <media:license type=\"text/html\" href=\"").append(escape(r.license()))
                    .append("\"/>\n");
        }
        if (r.restricted()) {
            out.append("      <media:restriction type=\"sharing\" relationship=\"deny\"/>\n");
        }
    }

    private static void mediaText(StringBuilder out, String name, String text) {
        out.append("      <").append(name).append(" type=\"plain\">").append(escape(text)).append("</")
                .append(name).append(">\n");
    }

    /**
     * Text for an RSS {@code <description>}, which feed readers render as HTML: escaped once here so that, after
     * the XML escaping, a reader shows {@code <script>} in a caption as text.
     */
    private static String asHtml(String text) {
        return escape(text);
    }

    private static void element(StringBuilder out, int depth, String name, String text) {
        out.append("  ".repeat(depth)).append('<').append(name).append('>').append(escape(text)).append("</")
                .append(name).append(">\n");
    }

    private static String join(String caption, String credit) {
        if (caption == null) {
            return credit == null ? "" : credit;
        }
        boolean credited = GalleryAssembler.TRAILING_CREDIT.matcher(caption).find();
        return credit == null || credited ? caption : caption + " (" + credit + ")";
    }
}
