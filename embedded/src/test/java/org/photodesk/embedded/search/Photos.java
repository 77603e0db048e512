package org.photodesk.embedded.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/** Builds {@link Photo} records in memory for index tests. */
final class Photos {

    static final Instant T0 = Instant.parse("2024-08-12T08:00:00Z");

    private Photos() {}

    static Photo photo(long id, String agency, Instant ingestedAt, UnaryOperator<PhotoMetadata.Builder> metadata) {
        PhotoMetadata m = metadata.apply(PhotoMetadata.builder()).build();
        return new Photo(id, "%064x".formatted(id), "%064x".formatted(id + 1_000_000), "photo-" + id + ".jpg",
                "image/jpeg", 4000, 3000, m, m, agency, null, null, ingestedAt, ingestedAt, 1, 0, null);
    }

    static Photo withFileName(Photo p, String fileName) {
        return new Photo(p.id(), p.sha256(), p.pixelHash(), fileName, p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), p.ingestedAt(), p.updatedAt(),
                p.version(), p.rating(), p.labels());
    }

    static DateCreated day(String iso) {
        return DateCreated.ofDate(LocalDate.parse(iso));
    }
}
