package org.photodesk.core.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.account.User;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.event.EventDecision;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.event.StoredArticle;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.publish.PublishedSite;
import org.photodesk.core.render.StoredRenditions;

/**
 * Copies one library into another ({@code photodesk migrate}: an embedded library into shared backends): photos with
 * their history, edits, re-send notices, item ids, perceptual hashes and kills, originals and renditions, galleries,
 * articles, event decisions, rosters, caption templates, accounts (disabled ones stay disabled), the audit log and the
 * published site,
 * ids kept. Everything already in the target is skipped, so an interrupted copy is
 * resumed by running it again. At the end it checks that the counts agree and that every original and rendition in
 * the target has the bytes of the source (SHA-256), and reports what differs.
 */
public final class LibraryCopy {

    private static final int PAGE = 200;
    private static final List<String> RENDITIONS = List.of(StoredRenditions.THUMB, StoredRenditions.PREVIEW);

    private final Library from;
    private final Library to;
    private final LibraryRestore restore;
    private final Consumer<String> progress;
    private final Clock clock;
    /** Photos copied (and checked) at once: most of a photo's time is waiting for the target's storage. */
    private static final int PARALLEL = 8;

    private final Map<String, Long> copied = new ConcurrentHashMap<>();
    private final Map<String, Long> skipped = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    /** A copy from {@code from} into {@code to}, whose records are written through {@code restore}. */
    public LibraryCopy(Library from, Library to, LibraryRestore restore, Consumer<String> progress, Clock clock) {
        this.from = from;
        this.to = to;
        this.restore = restore;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * What a copy did: how many of each kind it copied and skipped (there already), and what the check at the end
     * found wrong (nothing, when the target holds the source whole).
     */
    public record Report(Map<String, Long> copied, Map<String, Long> skipped, List<String> problems) {
        public Report {
            copied = Map.copyOf(copied);
            skipped = Map.copyOf(skipped);
            problems = List.copyOf(problems);
        }

        /** Whether the check found the target to hold everything the source holds. */
        public boolean verified() {
            return problems.isEmpty();
        }
    }

    /**
     * Copies everything, then checks it.
     *
     * @throws IllegalStateException when the target holds photos of another library (their ids would collide)
     */
    public Report run() throws IOException {
        expectEmptyOrThisCopy();
        copyPhotos();
        copyGalleries();
        copyEvents();
        copyTemplates();
        copyAccounts();
        copyAudit();
        copySite();
        restore.finish();
        if (to.ownership() != IndexOwnership.ANOTHER_PROCESS) {
            progress.accept("indexing: " + new IndexSync(to.store(), to.index()).follow(Set.of()) + " photos");
            to.flush();
        }
        verify();
        return new Report(copied, skipped, problems);
    }

    /** Refuses a target whose first photo is not the source's photo of that id: it is another library. */
    private void expectEmptyOrThisCopy() {
        for (Photo there : to.store().page(0, 1)) {
            boolean same = from.store().findById(there.id()).map(p -> p.sha256().equals(there.sha256())
                    || from.store().findBySha256(there.sha256()).map(Photo::id).orElse(-1L) == p.id()).orElse(false);
            if (!same) {
                throw new IllegalStateException("the target " + to.location() + " already holds another library "
                        + "(its photo " + there.id() + " is not the source's): migrate into an empty store");
            }
        }
    }

    /** Work on one photo that may fail with an I/O error. */
    @FunctionalInterface
    private interface PhotoWork {
        void run(Photo photo) throws IOException;
    }

    /** Runs {@code work} on each photo of {@code page}, {@link #PARALLEL} at a time; the first failure is thrown. */
    private static void inParallel(List<Photo> page, PhotoWork work) throws IOException {
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, Thread.ofVirtual().factory())) {
            var done = new ArrayList<Future<?>>(page.size());
            for (Photo photo : page) {
                done.add(pool.submit(() -> {
                    work.run(photo);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the copy was interrupted", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IOException(e.getCause());
            }
        }
    }

    private void count(Map<String, Long> counts, String kind) {
        counts.merge(kind, 1L, Long::sum);
    }

    // ---- photos and blobs ----

    private void copyPhotos() throws IOException {
        long total = from.store().count();
        long done = 0;
        long after = 0;
        for (List<Photo> page = from.store().page(after, PAGE); !page.isEmpty(); page = from.store().page(after, PAGE)) {
            inParallel(page, this::copyPhoto);
            after = page.getLast().id();
            done += page.size();
            progress.accept("photos: " + done + " of " + total);
        }
    }

    private void copyPhoto(Photo photo) throws IOException {
        Optional<Photo> there = to.store().findById(photo.id());
        List<ResendNotice> notices = from.store().notices(photo.id());
        if (there.isPresent() && comparable(there.get()).equals(comparable(photo))
                && comparable(to.store().notices(photo.id())).equals(comparable(notices))) {
            count(skipped, "photos");
            return;
        }
        List<PhotoVersion> history = from.store().history(photo.id());
        long size = copyBlob(photo.id(), photo.sha256());
        for (PhotoVersion v : history) {
            if (!v.sha256().equals(photo.sha256()) && from.blobs().contains(v.sha256())) {
                copyBlob(photo.id(), v.sha256());
            }
        }
        for (String kind : RENDITIONS) {
            copyRendition(photo.sha256(), kind);
        }
        restore.putPhoto(photo, size, history, from.store().edits(photo.id()), notices);
        count(copied, "photos");
    }

    /** Copies an original unless the target has it; returns its size (0 when the source lacks it too). */
    private long copyBlob(long photoId, String sha) throws IOException {
        try (InputStream in = from.blobs().open(sha)) {
            if (to.blobs().contains(sha)) {
                count(skipped, "originals");
                return in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            byte[] bytes = in.readAllBytes();
            to.blobs().put(sha, bytes);
            count(copied, "originals");
            return bytes.length;
        } catch (NoSuchFileException e) {
            problems.add("photo " + photoId + ": its original " + sha + " is missing from the source library");
            return 0;
        }
    }

    private void copyRendition(String sha, String kind) throws IOException {
        if (to.blobs().hasRendition(sha, kind)) {
            count(skipped, "renditions");
            return;
        }
        Optional<InputStream> in = from.blobs().openRendition(sha, kind);
        if (in.isPresent()) {
            try (InputStream stream = in.get()) {
                to.blobs().putRendition(sha, kind, stream.readAllBytes());
                count(copied, "renditions");
            }
        }
    }

    // ---- galleries, events, accounts, audit, site ----

    private void copyGalleries() {
        for (Gallery g : from.galleries().list()) {
            if (to.galleries().findById(g.id()).filter(g::equals).isPresent()) {
                count(skipped, "galleries");
            } else {
                restore.putGallery(g);
                count(copied, "galleries");
            }
        }
    }

    private void copyEvents() {
        for (StoredArticle a : from.events().articles()) {
            if (to.events().findBySourceId(a.sourceId()).isPresent()) {
                count(skipped, "articles");
            } else {
                to.events().add(a);
                count(copied, "articles");
            }
        }
        List<EventDecision> source = from.events().decisions();
        List<EventDecision> target = to.events().decisions();
        if (target.size() > source.size() || !source.subList(0, target.size()).equals(target)) {
            problems.add("event decisions: the target has decisions the source has not; nothing was copied");
        } else {
            for (EventDecision d : source.subList(target.size(), source.size())) {
                to.events().decide(d, clock.instant());
                count(copied, "decisions");
            }
            skipped.merge("decisions", (long) target.size(), Long::sum);
        }
        for (RosterName r : from.events().roster()) {
            to.events().put(r);
            count(copied, "roster names");
        }
    }

    private void copyTemplates() {
        for (org.photodesk.core.template.Template t : from.templates().list()) {
            if (to.templates().find(t.name()).filter(t::equals).isPresent()) {
                count(skipped, "templates");
            } else {
                to.templates().save(t);
                count(copied, "templates");
            }
        }
    }

    private void copyAccounts() {
        for (User u : from.accounts().list()) {
            if (to.accounts().find(u.username()).isPresent()) {
                count(skipped, "accounts");
                continue;
            }
            AccountStore.StoredAccount account = from.accounts().find(u.username()).orElseThrow();
            to.accounts().create(u.username(), account.passwordHash(), u.role(), clock.instant());
            count(copied, "accounts");
        }
        for (User u : from.accounts().list()) {
            if (!u.enabled() && to.accounts().setEnabled(u.username(), false, clock.instant())
                    != AccountStore.Change.DONE) {
                problems.add("account " + u.username() + " is disabled in the source but could not be disabled in "
                        + "the target");
            }
        }
    }

    private void copyAudit() {
        for (AuditLog.Entry e : from.audit().recent(null, Integer.MAX_VALUE).reversed()) {
            restore.putAudit(e);
            count(copied, "audit entries");
        }
    }

    private void copySite() throws IOException {
        for (Gallery g : from.galleries().list()) {
            List<String> files = from.site().files(g.slug());
            if (files.isEmpty()) {
                continue;
            }
            if (to.site().files(g.slug()).equals(files)) {
                count(skipped, "published galleries");
                continue;
            }
            PublishedSite.Release release = to.site().newRelease(g.slug(), g.revision());
            try {
                for (String file : files) {
                    release.write(file, siteFile(from.site(), g.slug() + "/" + file));
                }
                release.makeLive();
            } catch (IOException | RuntimeException e) {
                release.discard();
                throw e;
            }
            count(copied, "published galleries");
        }
    }

    private static byte[] siteFile(PublishedSite site, String path) throws IOException {
        return site.find(path).filter(PublishedSite.Entry.File.class::isInstance)
                .map(e -> ((PublishedSite.Entry.File) e).bytes())
                .orElseThrow(() -> new NoSuchFileException(path, null, "listed but not found in the source site"));
    }

    // ---- the check ----

    private void verify() throws IOException {
        progress.accept("checking counts and hashes");
        expectSame("photos", from.store().count(), to.store().count());
        expectSame("galleries", from.galleries().list().size(), to.galleries().list().size());
        expectSame("articles", from.events().articles().size(), to.events().articles().size());
        expectSame("event decisions", from.events().decisions().size(), to.events().decisions().size());
        expectSame("roster names", from.events().roster().size(), to.events().roster().size());
        expectSame("caption templates", from.templates().list().size(), to.templates().list().size());
        expectSame("accounts", from.accounts().count(), to.accounts().count());
        expectSame("disabled accounts", from.accounts().list().stream().filter(u -> !u.enabled()).count(),
                to.accounts().list().stream().filter(u -> !u.enabled()).count());
        expectSame("audit entries", from.audit().recent(null, Integer.MAX_VALUE).size(),
                to.audit().recent(null, Integer.MAX_VALUE).size());
        long after = 0;
        for (List<Photo> page = from.store().page(after, PAGE); !page.isEmpty(); page = from.store().page(after, PAGE)) {
            inParallel(page, this::verifyPhoto);
            after = page.getLast().id();
        }
        for (Gallery g : from.galleries().list()) {
            if (to.galleries().findById(g.id()).filter(g::equals).isEmpty()) {
                problems.add("gallery " + g.slug() + " differs in the target");
            }
            if (!from.site().files(g.slug()).equals(to.site().files(g.slug()))) {
                problems.add("published gallery " + g.slug() + " has other files in the target");
            }
        }
    }

    private void expectSame(String what, long source, long target) {
        if (source != target) {
            problems.add(what + ": " + source + " in the source, " + target + " in the target");
        }
    }

    private void verifyPhoto(Photo photo) throws IOException {
        Optional<Photo> copy = to.store().findById(photo.id());
        if (copy.isEmpty()) {
            problems.add("photo " + photo.id() + " is missing from the target");
            return;
        }
        if (!comparable(copy.get()).equals(comparable(photo))) {
            problems.add("photo " + photo.id() + " differs in the target");
        }
        if (!comparable(from.store().notices(photo.id())).equals(comparable(to.store().notices(photo.id())))) {
            problems.add("photo " + photo.id() + ": its re-send notices differ in the target");
        }
        if (!sameEdits(from.store().edits(photo.id()), to.store().edits(photo.id()))
                || from.store().history(photo.id()).size() != to.store().history(photo.id()).size()) {
            problems.add("photo " + photo.id() + ": its edits or history differ in the target");
        }
        if (from.blobs().contains(photo.sha256()) && !photo.sha256().equals(sha256(to.blobs().open(photo.sha256())))) {
            problems.add("photo " + photo.id() + ": the target's original does not hash to " + photo.sha256());
        }
        for (String kind : RENDITIONS) {
            Optional<InputStream> source = from.blobs().openRendition(photo.sha256(), kind);
            if (source.isPresent()) {
                String expected = sha256(source.get());
                Optional<InputStream> target = to.blobs().openRendition(photo.sha256(), kind);
                if (target.isEmpty() || !expected.equals(sha256(target.get()))) {
                    problems.add("photo " + photo.id() + ": its " + kind + " differs in the target");
                }
            }
        }
    }

    /** The photo as compared: times to the microsecond, which every store keeps. */
    private static Photo comparable(Photo p) {
        PhotoKill kill = p.kill() == null ? null
                : new PhotoKill(micros(p.kill().at()), p.kill().reason(), p.kill().source(), p.kill().user());
        return new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), micros(p.ingestedAt()),
                micros(p.updatedAt()), p.version(), p.rating(), p.labels(), p.identity(), p.provenance(),
                p.perceptualHash(), kill);
    }

    /** The notices as compared: times to the microsecond. */
    private static List<ResendNotice> comparable(List<ResendNotice> notices) {
        return notices.stream().map(n -> new ResendNotice(n.id(), n.photoId(), n.version(), n.kind(), n.note(),
                n.changes(), micros(n.at()), n.resolution(), n.resolvedBy(), micros(n.resolvedAt()))).toList();
    }

    private static java.time.Instant micros(java.time.Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean sameEdits(List<PhotoEdit> a, List<PhotoEdit> b) {
        return a.size() == b.size() && a.stream().map(e -> List.of(e.field(), String.valueOf(e.before()),
                String.valueOf(e.after()), e.user(), e.followsAgency())).toList().equals(b.stream().map(e -> List.of(
                        e.field(), String.valueOf(e.before()), String.valueOf(e.after()), e.user(),
                        e.followsAgency())).toList());
    }

    private static String sha256(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

}
