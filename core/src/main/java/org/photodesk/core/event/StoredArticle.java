package org.photodesk.core.event;

import java.time.Instant;
import java.util.Objects;
import org.photodesk.core.article.Article;

/**
 * An article as imported into the library: where it came from, its parse, and the gallery made from it.
 *
 * @param id the store's number for the article
 * @param fileName the name of the file it was imported from
 * @param sha256 SHA-256 of that file's bytes
 * @param part its place in the file, from 0 (an RSS file holds one article per item)
 * @param article the parsed article; its {@link Article#id()} is the source id events cite, unique in the library
 * @param galleryId the gallery made from it, or null before one is made
 */
public record StoredArticle(long id, String fileName, String sha256, int part, Article article, Long galleryId,
        Instant importedAt) {

    public StoredArticle {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(importedAt, "importedAt");
    }

    /** The id events cite this article by. */
    public String sourceId() {
        return article.id();
    }

    /** This article with the gallery made from it. */
    public StoredArticle withGallery(long newGalleryId) {
        return new StoredArticle(id, fileName, sha256, part, article, newGalleryId, importedAt);
    }
}
