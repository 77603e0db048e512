package org.photodesk.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoChange;
import org.photodesk.core.photo.PhotoChangedException;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.ResendNotice;

/** A {@link PhotoStore} in memory, for tests of the domain: same contract, no durability. */
public final class InMemoryPhotoStore implements PhotoStore {

    private final Map<Long, Photo> photos = new TreeMap<>();
    private final Map<String, Long> shas = new java.util.HashMap<>();
    private final Map<Long, List<PhotoVersion>> history = new java.util.HashMap<>();
    private final List<Long> changes = new ArrayList<>();
    private final List<PhotoEdit> edits = new ArrayList<>();
    private final List<ResendNotice> notices = new ArrayList<>();
    private final Clock clock;
    private long nextId = 1;

    public InMemoryPhotoStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Photo> findById(long id) {
        return Optional.ofNullable(photos.get(id));
    }

    @Override
    public synchronized Optional<Photo> findBySha256(String sha256) {
        return Optional.ofNullable(shas.get(sha256)).map(photos::get);
    }

    @Override
    public synchronized Optional<Photo> findByTransmissionReference(String ref) {
        return photos.values().stream().filter(p -> ref.equals(p.embedded().transmissionReference())).findFirst();
    }

    @Override
    public synchronized Optional<Photo> findByItemId(String itemId) {
        return photos.values().stream().filter(p -> p.identity().ids().contains(itemId)).reduce((a, b) -> b);
    }

    @Override
    public synchronized List<Photo> findAllByItemId(String itemId, int limit) {
        return photos.values().stream().filter(p -> p.identity().ids().contains(itemId))
                .sorted(java.util.Comparator.comparingLong(Photo::id)).limit(limit).toList();
    }

    @Override
    public synchronized List<Photo> findAllByPixelHash(String pixelHash, int limit) {
        return photos.values().stream().filter(p -> pixelHash.equals(p.pixelHash()))
                .sorted(java.util.Comparator.comparingLong(Photo::id)).limit(limit).toList();
    }

    @Override
    public synchronized List<ResendNotice> notices(long id) {
        return notices.stream().filter(n -> n.photoId() == id).toList();
    }

    @Override
    public synchronized ResendNotice resolveNotice(long photoId, long noticeId, ResendNotice.Resolution choice,
            String user, Instant at) {
        if (choice == ResendNotice.Resolution.PENDING) {
            throw new IllegalArgumentException("a notice is resolved by keeping the desk's edits or taking the agency's");
        }
        for (int i = 0; i < notices.size(); i++) {
            ResendNotice n = notices.get(i);
            if (n.id() == noticeId && n.photoId() == photoId) {
                if (!n.pending()) {
                    throw new IllegalStateException("notice " + noticeId + " was resolved already");
                }
                ResendNotice resolved = n.resolved(choice, user, at);
                notices.set(i, resolved);
                changes.add(photoId);
                return resolved;
            }
        }
        throw new IllegalArgumentException("photo " + photoId + " has no notice " + noticeId);
    }

    @Override
    public synchronized Optional<Photo> putPerceptualHash(String sha256, long hash) {
        Optional<Photo> owner = photos.values().stream().filter(p -> p.sha256().equals(sha256)).findFirst();
        owner.ifPresent(p -> save(p.withPerceptualHash(hash)));
        return owner.map(p -> photos.get(p.id()));
    }

    @Override
    public synchronized Optional<Photo> findByPixelHash(String pixelHash) {
        return photos.values().stream().filter(p -> pixelHash.equals(p.pixelHash())).findFirst();
    }

    @Override
    public synchronized Photo add(PhotoRecord r) {
        if (shas.containsKey(r.sha256())) {
            throw new IllegalStateException("a file with sha256 " + r.sha256() + " is already photo " + shas.get(r.sha256()));
        }
        Instant now = clock.instant();
        Photo p = photo(nextId++, r, now, now, 1);
        return save(p);
    }

    @Override
    public synchronized Photo update(PhotoChange change) {
        Photo old = photos.get(change.photoId());
        if (old == null) {
            throw new IllegalArgumentException("no photo with id " + change.photoId());
        }
        if (old.version() != change.expectedVersion()) {
            throw new PhotoChangedException(old.id(), change.expectedVersion(), old.version());
        }
        change.original().ifPresent(r -> {
            Long owner = shas.get(r.sha256());
            if (owner != null && owner != old.id()) {
                throw new IllegalStateException("sha256 " + r.sha256() + " is already photo " + owner);
            }
        });
        if (change.keepsVersion()) {
            history.computeIfAbsent(old.id(), k -> new ArrayList<>()).add(new PhotoVersion(old.id(), old.version(),
                    old.sha256(), old.embedded(), change.at(), change.kind().word()));
        }
        change.edit().ifPresent(e -> edits.add(new PhotoEdit(edits.size() + 1, old.id(), e.field(), e.before(),
                e.after(), e.user(), change.at(), e.followsAgency())));
        change.notice().ifPresent(n -> notices.add(new ResendNotice(notices.size() + 1, old.id(), old.version() + 1,
                n.kind(), n.note(), n.changes(), n.at(), ResendNotice.Resolution.PENDING, null, null)));
        Photo base = change.original().map(r -> photo(old.id(), r, old.ingestedAt(), change.at(), 0)).orElse(old);
        return save(new Photo(old.id(), base.sha256(), base.pixelHash(), base.fileName(), base.mediaType(),
                base.width(), base.height(), base.embedded(), change.metadata(), base.agency(), base.raw(),
                base.problems(), old.ingestedAt(), change.at(), old.version() + 1, change.rating(), change.labels(),
                base.identity(), base.provenance(), change.original().isPresent() ? null : old.perceptualHash(),
                old.kill()));
    }

    @Override
    public synchronized Photo setKill(long id, PhotoKill kill) {
        Photo old = photos.get(id);
        if (old == null) {
            throw new IllegalArgumentException("no photo with id " + id);
        }
        if (old.killed() == (kill != null)) {
            return old;
        }
        Instant at = kill != null ? kill.at() : clock.instant();
        return save(new Photo(old.id(), old.sha256(), old.pixelHash(), old.fileName(), old.mediaType(), old.width(),
                old.height(), old.embedded(), old.metadata(), old.agency(), old.raw(), old.problems(),
                old.ingestedAt(), at, old.version() + 1, old.rating(), old.labels(), old.identity(), old.provenance(),
                old.perceptualHash(), kill));
    }

    @Override
    public synchronized List<PhotoEdit> edits(long id) {
        return edits.stream().filter(e -> e.photoId() == id).toList();
    }

    private Photo save(Photo p) {
        photos.put(p.id(), p);
        shas.put(p.sha256(), p.id());
        changes.add(p.id());
        return p;
    }

    private static Photo photo(long id, PhotoRecord r, Instant ingested, Instant updated, int version) {
        return new Photo(id, r.sha256(), r.pixelHash(), r.fileName(), r.image().mediaType(), r.image().width(),
                r.image().height(), r.embedded(), r.metadata(), r.agency(), r.raw(), r.problems(), ingested, updated,
                version, 0, List.of(), r.identity(), r.provenance(), null, null);
    }

    @Override
    public synchronized List<PhotoVersion> history(long id) {
        return List.copyOf(history.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized List<Photo> page(long afterId, int limit) {
        return photos.values().stream().filter(p -> p.id() > afterId).limit(limit).toList();
    }

    @Override
    public synchronized long count() {
        return photos.size();
    }

    @Override
    public synchronized long lastChange() {
        return changes.size();
    }

    @Override
    public synchronized List<Long> changedSince(long sinceChange) {
        var latestFirst = new LinkedHashSet<Long>(changes.subList((int) sinceChange, changes.size()).reversed());
        return List.copyOf(latestFirst).reversed();
    }

    @Override
    public void close() {}
}
