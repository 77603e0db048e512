package org.photodesk.core.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.photodesk.core.feed.http.UrlFetch;
import org.photodesk.core.ingest.Description;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.metadata.MetadataRead;
import org.photodesk.core.photo.ItemIdentity;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.photo.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes agency items into the library through the one {@link Ingestor}: each picture item's picture is fetched
 * ({@link Pictures}) and ingested with the feed's metadata merged ({@link FeedMerge}: the feed wins where it speaks;
 * the file's tags and the feed's are both kept raw), under the item's GUID and version; a newer version or a
 * correction updates the photo in place (the desk's edits stand, a notice shows what the agency changed); a kill
 * kills the photo. Used by {@code ingest FILE.xml}, hot folders and the feed poller alike.
 *
 * <p>A package (NewsML-G2 {@code packageItem}, ninjs composite) is not made into a gallery: its pictures are ingested
 * each as an item of its own (those it carries inline; a member given only by reference is ingested when its own
 * item arrives). An agency packages for its own reasons (a whole day's set, an unedited take); galleries are the
 * desk's selection, and a draft per package would bury the desk's own in the gallery list.
 */
public final class FeedIntake {

    private static final Logger LOG = LoggerFactory.getLogger(FeedIntake.class);

    /** Carries out a kill; {@code Kills.kill(id, reason, PhotoKill.FEED, user)} in the composition root. */
    @FunctionalInterface
    public interface Killer {
        /** Kills photo {@code photoId} for {@code reason}, recorded as {@code user}; returns it as stored. */
        Photo kill(long photoId, String reason, String user);
    }

    private final Ingestor ingestor;
    private final PhotoStore store;
    private final Killer killer;
    private final LibraryLedger ledger;
    private final FeedReader reader = new FeedReader();

    public FeedIntake(Ingestor ingestor, PhotoStore store, Killer killer) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.store = Objects.requireNonNull(store, "store");
        this.killer = Objects.requireNonNull(killer, "killer");
        this.ledger = new LibraryLedger(store);
    }

    /** What the library holds of each agency item, for a {@link FeedPoller} to order re-sends by. */
    public ItemLedger ledger() {
        return ledger;
    }

    /** Makes everything taken so far searchable. */
    public void flush() {
        ingestor.flush();
    }

    /** The format of {@code bytes} when they are a feed document, else {@link FeedFormat#NONE}. */
    public FeedFormat sniff(byte[] bytes) {
        return reader.sniff(bytes);
    }

    /**
     * Reads the feed document in {@code bytes} (from {@code source}) and takes every item in it, in document order;
     * each is remembered in the ledger once taken. A document that cannot be read is one {@link FeedOutcome.Failed}.
     */
    public List<FeedOutcome> take(String source, byte[] bytes, Pictures pictures, String user) {
        FeedRead read = reader.read(bytes);
        if (read.format() == FeedFormat.NONE || read.items().isEmpty()) {
            String why = read.problems().isEmpty() ? "no items in it" : read.problems().getFirst().message();
            FeedItem none = FeedItem.builder(read.format()).build();
            return List.of(new FeedOutcome.Failed(source, none, "not a NewsML-G2 or ninjs document with items: " + why,
                    false));
        }
        List<FeedOutcome> outcomes = new ArrayList<>();
        for (FeedItem item : read.items()) {
            Resend decision = ResendRule.decide(item.findId().flatMap(id -> ledger.find(id.guid())), item);
            FeedOutcome outcome = take(source, item, decision, pictures, user);
            if (taken(outcome)) {
                KnownItem.of(item).ifPresent(ledger::remember);
            }
            outcomes.add(outcome);
        }
        ingestor.flush();
        return outcomes;
    }

    /**
     * The route that lets every file route of the {@link Ingestor} (hot folders, {@code ingest}) take feed documents
     * through this intake: pictures beside the document, or fetched by {@code web}; recorded as {@code user}.
     */
    public org.photodesk.core.ingest.DocumentRoute route(org.photodesk.core.feed.http.UrlFetcher web, long maxBytes,
            String user) {
        return (source, folder, bytes) -> {
            if (sniff(bytes) == FeedFormat.NONE) {
                return Optional.empty();
            }
            Pictures pictures = folder == null ? href -> new UrlFetch.Refused("refused: picture '" + href
                    + "' is relative and the document came without a folder") : Pictures.inFolder(folder, web, maxBytes);
            if (folder == null) {
                Pictures relative = pictures;
                pictures = href -> href.strip().toLowerCase(java.util.Locale.ROOT).matches("https?://.*")
                        ? web.fetch(java.net.URI.create(href.strip())) : relative.fetch(href);
            }
            return Optional.of(take(source, bytes, pictures, user).stream().map(FeedOutcome::asIngestOutcome)
                    .toList());
        };
    }

    /** Whether the library now holds what the item said (so the ledger may remember its version). */
    static boolean taken(FeedOutcome outcome) {
        return switch (outcome) {
            case FeedOutcome.Ingested i -> !(i.outcome() instanceof IngestOutcome.Rejected);
            case FeedOutcome.Killed k -> true;
            case FeedOutcome.KillNoted k -> true;
            case FeedOutcome.Skipped s -> false;   // an older version must not replace the newer one remembered
            case FeedOutcome.Failed f -> false;
        };
    }

    /** Takes one item the {@link ResendRule} has decided on; never throws for a bad item. */
    public FeedOutcome take(String source, FeedItem item, Resend decision, Pictures pictures, String user) {
        try {
            return switch (decision) {
                case Resend.SameOrOlder s -> new FeedOutcome.Skipped(source, item, "version "
                        + version(s.incoming()) + " is not newer than the version " + version(s.stored()) + " held");
                case Resend.Kill k -> kill(source, item, k, user);
                case Resend.New n -> picture(source, item, pictures, null, ResendNotice.Kind.RESEND, null);
                case Resend.NewerVersion n -> picture(source, item, pictures, held(n.stored()),
                        n.signals().stream().anyMatch(s -> s.kind() == Signal.Kind.UPDATE)
                                ? ResendNotice.Kind.UPDATE : ResendNotice.Kind.RESEND, item.edNote());
                case Resend.Correction c -> picture(source, item, pictures, held(c.stored()),
                        ResendNotice.Kind.CORRECTION, c.text());
            };
        } catch (RuntimeException e) {
            LOG.warn("Taking feed item {} from {} failed", FeedOutcome.label(item), source, e);
            return new FeedOutcome.Failed(source, item, "could not be taken: " + e.getMessage(), true);
        }
    }

    private static String version(ItemId id) {
        return id == null || id.version() == null ? "(none)" : id.version();
    }

    private Photo held(ItemId stored) {
        return stored == null ? null : ledger.photo(stored.guid()).orElse(null);
    }

    private FeedOutcome kill(String source, FeedItem item, Resend.Kill kill, String user) {
        Optional<Photo> photo = ledger.photo(kill.incoming().guid());
        if (photo.isEmpty()) {
            LOG.info("Feed {}: kill of {}, which the library does not hold, noted: {}", source, kill.incoming(),
                    kill.reason());
            return new FeedOutcome.KillNoted(source, item, kill.reason());
        }
        Photo killed = killer.kill(photo.get().id(), kill.reason(), user);
        LOG.info("Feed {}: photo {} killed by the agency ({}): {}", source, killed.id(), kill.incoming(),
                kill.reason());
        return new FeedOutcome.Killed(source, item, killed.id(), kill.reason());
    }

    private FeedOutcome picture(String source, FeedItem item, Pictures pictures, Photo held, ResendNotice.Kind kind,
            String note) {
        if (isPackage(item)) {
            return new FeedOutcome.Skipped(source, item, "a package of " + item.members().size() + " items: each"
                    + " picture in it is ingested as its own item");
        }
        Optional<RemoteContent> rendition = item.findMainRendition();
        if (rendition.isEmpty() || rendition.get().href() == null) {
            return item.type() != null && !item.type().toLowerCase(java.util.Locale.ROOT).contains("picture")
                    ? new FeedOutcome.Skipped(source, item, "a " + item.type() + " item, not a picture")
                    : new FeedOutcome.Failed(source, item, "names no picture to fetch (no remoteContent or"
                            + " renditions href)", false);
        }
        String href = rendition.get().href();
        return switch (pictures.fetch(href)) {
            case UrlFetch.Refused r -> new FeedOutcome.Failed(source, item, r.message(), false);
            case UrlFetch.Failed f -> new FeedOutcome.Failed(source, item, f.message(), true);
            case UrlFetch.Fetched f -> ingest(source, item, f, held, kind, note);
        };
    }

    private FeedOutcome ingest(String source, FeedItem item, UrlFetch.Fetched fetched, Photo held,
            ResendNotice.Kind kind, String note) {
        String name = fetched.url().toString();
        UnaryOperator<MetadataRead> describe = read -> describe(read, item);
        Description description;
        if (held != null) {
            description = Description.replacing(describe, held.id(), kind, note);
        } else {
            Optional<Photo> same = store.findBySha256(Sha256.hex(fetched.body()));
            if (same.isPresent() && !describedByAnother(same.get(), item)) {
                description = Description.replacing(describe, same.get().id(), ResendNotice.Kind.RESEND,
                        "described by feed item " + FeedOutcome.label(item));
            } else {
                description = Description.of(describe);
            }
        }
        return new FeedOutcome.Ingested(source, item, ingestor.ingest(name, fetched.body(), description));
    }

    /** Whether {@code photo} is already the picture of another feed item (the same picture sent twice). */
    private static boolean describedByAnother(Photo photo, FeedItem item) {
        String mine = item.findId().map(id -> LibraryLedger.ID_SCHEME + id.guid()).orElse(null);
        return photo.identity().ids().stream()
                .anyMatch(id -> id.startsWith(LibraryLedger.ID_SCHEME) && !id.equals(mine));
    }

    private static boolean isPackage(FeedItem item) {
        return !item.members().isEmpty() && item.renditions().isEmpty();
    }

    /**
     * The picture's metadata reading with the feed item applied: the merged metadata (the feed wins where it speaks),
     * the feed's values kept raw beside the file's tags, the item's GUID first among the ids with its version, and
     * the item's problems added to the file's.
     */
    static MetadataRead describe(MetadataRead read, FeedItem item) {
        MergedMetadata merged = FeedMerge.merge(read.metadata(), item);
        ItemIdentity own = read.identity();
        List<String> ids = Stream.concat(
                item.findId().map(id -> LibraryLedger.ID_SCHEME + id.guid()).stream(), own.ids().stream()).toList();
        ItemIdentity identity = item.findId().isPresent()
                ? new ItemIdentity(ids, item.id().version(), item.dates().versionCreated(), editStatus(item))
                : own;
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(item.problems());
        return new MetadataRead(read.image(), merged.merged(), read.raw().withFeed(FeedTags.of(item)), problems,
                identity);
    }

    private static String editStatus(FeedItem item) {
        return item.signals().stream().filter(s -> s.kind() != Signal.Kind.OTHER).findFirst()
                .map(s -> s.text() == null ? s.code() : s.text()).orElse(null);
    }
}
