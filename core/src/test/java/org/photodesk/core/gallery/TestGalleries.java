package org.photodesk.core.gallery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/** Photos and galleries for the gallery tests, with fixed dates so that rendered output is stable. */
public final class TestGalleries {

    /** A caption that tries to break out of every context it is printed in. */
    public static final String HOSTILE = "<script>alert(1)</script>\" onerror=alert(1) x=\" & ' </figcaption>";

    public static final Instant CREATED = Instant.parse("2024-08-11T08:30:00Z");
    public static final Instant PUBLISHED = Instant.parse("2024-08-11T19:45:12Z");

    private TestGalleries() {}

    /** A library photo with id, size and metadata. */
    public static Photo photo(long id, int width, int height, PhotoMetadata m, String agency) {
        return photo(id, "sha" + id, width, height, m, agency);
    }

    /** A library photo with id, the SHA-256 of its original, size and metadata. */
    public static Photo photo(long id, String sha256, int width, int height, PhotoMetadata m, String agency) {
        return new Photo(id, sha256, "px" + id, id + ".jpg", "image/jpeg", width, height, m, m, agency, null,
                List.of(), CREATED, CREATED, 1, 0, List.of());
    }

    /** Three photos from a marathon in Zürich, one with IPTC alt text. */
    public static Map<Long, Photo> photos() {
        return Map.of(
                11L, photo(11, 4000, 2667, PhotoMetadata.builder()
                        .caption("Angèle Roux of France crosses the finish line of the Zürich marathon in Zürich, "
                                + "Switzerland, on Sunday, Aug. 11, 2024. (AP Photo/Jonas Keller)")
                        .byline(List.of("Jonas Keller")).credit("AP").copyright("Copyright 2024 The Associated Press")
                        .city("Zürich").country("Switzerland").headline("Switzerland Marathon").build(), "AP"),
                12L, photo(12, 3000, 2000, PhotoMetadata.builder()
                        .caption("Runners pass the lake shore during the Zürich marathon on Sunday, Aug. 11, 2024.")
                        .byline(List.of("Mara Lindqvist")).credit("Reuters").altText("Runners beside a lake at dawn")
                        .build(), "Reuters"),
                13L, photo(13, 1200, 1600, PhotoMetadata.builder()
                        .caption("A volunteer hands out water to runners in Zürich.")
                        .byline(List.of("Élodie Brun")).credit("AFP").copyright("© AFP 2024").build(), "AFP"));
    }

    /** The photos as a lookup. */
    public static GalleryPhotos lookup(Map<Long, Photo> photos) {
        return id -> Optional.ofNullable(photos.get(id));
    }

    /** A published gallery of photos 12, 11, 13 with a caption override on photo 13. */
    public static Gallery marathon() {
        Gallery g = Gallery.draft("zurich-marathon-2024", "Zürich Marathon", "Angèle Roux wins in Zürich.",
                "Zürich Marathon 2024", LocalDate.of(2024, 8, 11), CREATED).withId(7);
        g = g.addPhoto(11).addPhoto(12).addPhoto(13);
        g = g.move(g.findItemByPhoto(12).orElseThrow().id(), 1);
        g = g.overrideCaption(g.findItemByPhoto(13).orElseThrow().id(),
                "A volunteer hands out water at the 30 km mark in Zürich, Switzerland.");
        return g.published(PUBLISHED);
    }

    /**
     * {@link #marathon()} resolved under {@code https://news.example/galleries/}, the photos' own captions cleaned to
     * the house style as publishing does.
     */
    public static RenderableGallery renderable(Gallery g, Map<Long, Photo> photos) {
        return new GalleryAssembler(lookup(photos), CreditLineFormatter.DEFAULT, RenditionPlanner.STANDARD,
                p -> EntryRights.NONE, new org.photodesk.core.publish.HouseCaptionRule())
                .assemble(g, "https://news.example/galleries");
    }

    /** A gallery whose every text, and photo 11's caption and credit, is {@link #HOSTILE}. */
    public static RenderableGallery hostile() {
        var photos = new java.util.HashMap<>(photos());
        photos.put(11L, photo(11, 800, 600, PhotoMetadata.builder().caption(HOSTILE).byline(List.of(HOSTILE))
                .credit(HOSTILE).copyright(HOSTILE).headline(HOSTILE).altText(HOSTILE).build(), HOSTILE));
        Gallery g = Gallery.draft("hostile", HOSTILE, HOSTILE, HOSTILE, LocalDate.of(2024, 8, 11), CREATED)
                .addPhoto(11).addPhoto(12);
        g = g.overrideCaption(g.findItemByPhoto(12).orElseThrow().id(), HOSTILE);
        return renderable(g.published(PUBLISHED), photos);
    }
}
