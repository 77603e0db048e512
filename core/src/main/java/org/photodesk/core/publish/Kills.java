package org.photodesk.core.publish;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.rights.KillNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a kill: an agency's withdrawal (read in the photo's own words by {@link KillNotice}, or a feed item's
 * kill) or an editor's ({@code photodesk kill}). The photo is marked killed in the store (kept for audit, out of
 * default search once the index follows), and every published gallery that shows it is republished without it, or,
 * when that cannot be done (nothing else left, another photo now blocked, no live page to take the address from),
 * taken off the site. Drafts keep the item, which their checks then block. Every step is audited.
 */
public final class Kills {

    private static final Logger log = LoggerFactory.getLogger(Kills.class);

    private final PhotoStore store;
    private final GalleryRepository galleries;
    private final GalleryPublisher publisher;
    private final AuditLog audit;
    private final LongConsumer reindex;
    private final Clock clock;

    /**
     * @param reindex makes the search index follow a photo's change (the ingestor's {@code reindex})
     */
    public Kills(PhotoStore store, GalleryRepository galleries, GalleryPublisher publisher, AuditLog audit,
            LongConsumer reindex, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.galleries = Objects.requireNonNull(galleries, "galleries");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.reindex = Objects.requireNonNull(reindex, "reindex");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a kill did: the photo as stored, whether it was killed already, and what became of each gallery. */
    public record Report(Photo photo, boolean alreadyKilled, List<GalleryChange> galleries) {
        public Report {
            galleries = List.copyOf(galleries);
        }
    }

    /** What a kill did to one gallery that showed the photo. */
    public record GalleryChange(String slug, Action action, String detail) {}

    /** What a kill does to a gallery that showed the photo. */
    public enum Action {
        /** Republished without the photo. */
        REPUBLISHED,
        /** Taken off the site (nothing else to show, or republishing was refused or failed). */
        UNPUBLISHED,
        /** A draft: the photo stays in it and blocks publishing until an editor removes it. */
        BLOCKED;

        /** The lower-case word for messages and JSON. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Kills photo {@code photoId} for {@code reason}, ordered by {@code source} ({@link PhotoKill#AGENCY},
     * {@link PhotoKill#FEED} or {@link PhotoKill#DESK}) and recorded by {@code user}; a photo killed already keeps its
     * first kill, and its galleries are seen to again.
     *
     * @throws IllegalArgumentException when there is no such photo
     */
    public Report kill(long photoId, String reason, String source, String user) {
        Photo before = store.findById(photoId).orElseThrow(() -> new IllegalArgumentException(
                "no photo " + photoId + ": check the id with 'photodesk search' or 'photodesk show'"));
        Photo killed = store.setKill(photoId, new PhotoKill(clock.instant(), reason, source, user));
        if (!before.killed()) {
            audit.record(user, "photo.kill", "photo/" + photoId, "status", "live",
                    "killed (" + killed.kill().source() + "): " + killed.kill().reason());
            log.info("photo {} killed by {} ({}): {}", photoId, user, source, killed.kill().reason());
        }
        reindex.accept(photoId);
        var changes = new ArrayList<GalleryChange>();
        for (Gallery g : galleries.list()) {
            if (g.findItemByPhoto(photoId).isPresent()) {
                changes.add(withdraw(g, photoId, user));
            }
        }
        return new Report(killed, before.killed(), changes);
    }

    /** Kills {@code photo} when its own words carry an agency's kill; for the ingestor's stored-photo listener. */
    public Optional<Report> killIfNoticed(Photo photo) {
        if (photo.killed()) {
            return Optional.empty();
        }
        Optional<String> notice = KillNotice.in(photo.embedded()).or(() -> KillNotice.in(photo.metadata()));
        return notice.map(reason -> kill(photo.id(), reason, PhotoKill.AGENCY,
                photo.agency() == null ? PhotoKill.AGENCY : photo.agency()));
    }

    private GalleryChange withdraw(Gallery g, long photoId, String user) {
        String target = "gallery/" + g.id();
        if (!g.isLive()) {
            return new GalleryChange(g.slug(), Action.BLOCKED, "draft: remove photo " + photoId + " before publishing");
        }
        try {
            GalleryItem item = g.findItemByPhoto(photoId).orElseThrow();
            Gallery without = galleries.update(g.remove(item.id()));
            audit.record(user, "gallery.photos", target, "photos", "killed photo " + photoId + " shown",
                    "killed photo " + photoId + " removed");
            Optional<String> base = publisher.liveBaseUrl(g.slug());
            if (!without.photoIds().isEmpty() && base.isPresent()) {
                PublishOutcome outcome = publisher.publish(g.slug(), base.get(), report -> true,
                        OptionalLong.of(without.editRevision()));
                if (outcome instanceof PublishOutcome.Published p) {
                    audit.record(user, "gallery.republish", target, "photos", null, "without killed photo "
                            + photoId + ", revision " + p.gallery().revision());
                    return new GalleryChange(g.slug(), Action.REPUBLISHED, "republished without photo " + photoId);
                }
            }
            return unpublish(g, photoId, user, without.photoIds().isEmpty() ? "no other photo to show"
                    : base.isEmpty() ? "its live page gives no address to republish under"
                    : "republishing without it was refused");
        } catch (IOException | RuntimeException e) {
            log.warn("gallery {} showed killed photo {} and could not be republished: {}", g.slug(), photoId,
                    e.getMessage(), e);
            return unpublish(g, photoId, user, "republishing failed: " + e.getMessage());
        }
    }

    private GalleryChange unpublish(Gallery g, long photoId, String user, String why) {
        try {
            publisher.unpublish(g.slug());
            audit.record(user, "gallery.unpublish", "gallery/" + g.id(), "status", "published",
                    "unpublished: photo " + photoId + " killed, " + why);
            return new GalleryChange(g.slug(), Action.UNPUBLISHED, why);
        } catch (IOException | RuntimeException e) {
            log.error("gallery {} shows killed photo {} and could not be taken off the site: {}", g.slug(), photoId,
                    e.getMessage(), e);
            throw new IllegalStateException("gallery '" + g.slug() + "' still shows killed photo " + photoId
                    + " and could not be taken off the site (" + e.getMessage() + "): run 'photodesk gallery"
                    + " unpublish " + g.slug() + "'", e);
        }
    }
}
