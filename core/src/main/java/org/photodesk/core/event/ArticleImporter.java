package org.photodesk.core.event;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.ArticleReader;
import org.photodesk.core.article.Paragraph;
import org.photodesk.core.article.PhotoCaption;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.gallery.ImportedCaption;
import org.photodesk.core.photo.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an article file (the seeds' plain text, HTML or RSS): stores each article it holds and makes a draft
 * gallery from it, with one placeholder per photo caption, in order. Importing the same bytes again stores nothing
 * and returns the same galleries.
 */
public final class ArticleImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleImporter.class);
    private static final int MAX_SLUG_BASE = 70;

    private final EventStore store;
    private final GalleryRepository galleries;
    private final Clock clock;
    private final ArticleReader reader = new ArticleReader();

    public ArticleImporter(EventStore store, GalleryRepository galleries, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.galleries = Objects.requireNonNull(galleries, "galleries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One article of an imported file and its gallery; {@code created} is false when the file was seen before. */
    public record Imported(StoredArticle article, Gallery gallery, boolean created) {
        public Imported {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(gallery, "gallery");
        }
    }

    /**
     * Imports the file {@code fileName} with content {@code bytes}; bad content becomes the article's problems, but
     * a file that cannot be an article (binary, or over {@link ArticleReader#MAX_BYTES}) is refused with an
     * {@link IllegalArgumentException} saying why.
     */
    public synchronized List<Imported> importFile(String fileName, byte[] bytes) {
        String sha = Sha256.hex(bytes);
        List<StoredArticle> known = store.findBySha256(sha);
        if (!known.isEmpty()) {
            LOG.info("{} was imported before ({} article(s)): returning its galleries", fileName, known.size());
            return known.stream().map(this::again).toList();
        }
        ArticleReader.refusal(fileName, bytes).ifPresent(p -> {
            throw new IllegalArgumentException(p.message());
        });
        String content = new String(bytes, StandardCharsets.UTF_8);
        List<Article> read = reader.read(fileName, content);
        List<Imported> out = new ArrayList<>();
        for (int part = 0; part < read.size(); part++) {
            Article article = withUniqueId(read.get(part));
            StoredArticle stored = store.add(new StoredArticle(0, fileName, sha, part, article, null, clock.instant()));
            Gallery gallery = galleries.create(galleryOf(article, fileName));
            store.setGallery(stored.id(), gallery.id());
            out.add(new Imported(stored.withGallery(gallery.id()), gallery, true));
        }
        return out;
    }

    /** A known article's gallery; made again when it was deleted since. */
    private Imported again(StoredArticle a) {
        var gallery = a.galleryId() == null ? java.util.Optional.<Gallery>empty() : galleries.findById(a.galleryId());
        if (gallery.isPresent()) {
            return new Imported(a, gallery.get(), false);
        }
        Gallery made = galleries.create(galleryOf(a.article(), a.fileName()));
        store.setGallery(a.id(), made.id());
        return new Imported(a.withGallery(made.id()), made, true);
    }

    private Article withUniqueId(Article a) {
        String id = a.id();
        for (int n = 2; store.findBySourceId(id).isPresent(); n++) {
            id = a.id() + "~" + n;
        }
        return id.equals(a.id()) ? a
                : new Article(id, a.title(), a.date(), a.intro(), a.paragraphs(), a.photoCaptions(), a.problems());
    }

    /** The draft gallery of {@code article}: its title, a unique slug, date, intro and one placeholder per caption. */
    Gallery galleryOf(Article article, String fileName) {
        String title = article.title() == null ? fileName : article.title();
        String intro = article.intro().stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
        Gallery g = Gallery.draft(uniqueSlug(title), title, intro, null, article.date(), clock.instant());
        for (PhotoCaption c : article.photoCaptions()) {
            String text = c.description().isBlank() ? c.text() : c.description();
            if (!text.isBlank()) {
                g = g.addPlaceholder(new ImportedCaption(text, c.agency(), c.photographer()));
            }
        }
        return g;
    }

    private String uniqueSlug(String title) {
        String base = slug(title);
        String slug = base;
        for (int n = 2; galleries.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** {@code text} as a gallery slug: ASCII lower-case words joined by hyphens, at most 70 characters. */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.length() > MAX_SLUG_BASE) {
            int cut = s.lastIndexOf('-', MAX_SLUG_BASE);
            s = s.substring(0, cut > 0 ? cut : MAX_SLUG_BASE).replaceAll("-$", "");
        }
        return s.isEmpty() ? "article" : s;
    }
}
