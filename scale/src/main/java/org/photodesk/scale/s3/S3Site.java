package org.photodesk.scale.s3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.photodesk.core.publish.PublishedSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The {@link PublishedSite} in an S3 bucket, shared by every desk node: a release of a gallery is written under
 * {@code .releases/<slug>.r<revision>.<id>/}, then made live by one {@code PUT} of the pointer object
 * {@code .live/<slug>} naming it, which S3 applies atomically (readers see the old release or the new one, never a
 * mix); older releases are deleted afterwards except the one just replaced, kept until the next publish for readers
 * half-way through the old page. Desk nodes serve {@code /published/} from here through {@link #find}; two nodes
 * publishing one slug are kept apart by the publish lock, not by the site.
 */
public final class S3Site implements PublishedSite {

    private static final Logger LOG = LoggerFactory.getLogger(S3Site.class);
    private static final String RELEASES = ".releases/";
    private static final String LIVE = ".live/";
    private static final String INDEX = "index.html";

    private final S3Connection s3;
    private final String root;

    /** The site under {@code s3}'s address prefix. */
    public S3Site(S3Connection s3) {
        this.s3 = s3;
        this.root = s3.address().prefix();
    }

    @Override
    public Release newRelease(String slug, int revision) {
        return new S3Release(slug, slug + ".r" + revision + "." + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public Optional<Entry> find(String path) throws IOException {
        if (path.contains("\0") || path.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = path.split("/", -1);
        for (String part : parts) {
            if (part.startsWith(".")) {
                return Optional.empty();
            }
        }
        Optional<String> release = live(parts[0]);
        if (release.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new Entry.Folder());
        }
        String rest = path.substring(parts[0].length() + 1);
        String file = rest.isEmpty() || rest.endsWith("/") ? rest + INDEX : rest;
        return read(root + RELEASES + release.get() + "/" + file)
                .map(bytes -> new Entry.File(file.substring(file.lastIndexOf('/') + 1), bytes));
    }

    @Override
    public boolean remove(String slug) throws IOException {
        Optional<String> live = live(slug);
        if (live.isEmpty()) {
            return false;
        }
        try {
            s3.client().deleteObject(d -> d.bucket(s3.bucket()).key(root + LIVE + slug));
        } catch (SdkException e) {
            throw s3.io("cannot take gallery " + slug + " off the site", e);
        }
        deleteReleases(slug, null, null);
        return true;
    }

    @Override
    public List<String> files(String slug) throws IOException {
        Optional<String> live = live(slug);
        if (live.isEmpty()) {
            return List.of();
        }
        String base = root + RELEASES + live.get() + "/";
        return list(base).stream().map(o -> o.key().substring(base.length())).sorted().toList();
    }

    /** The release {@code slug}'s pointer names, if it is published. */
    private Optional<String> live(String slug) throws IOException {
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        return read(root + LIVE + slug).map(b -> new String(b, StandardCharsets.UTF_8).strip());
    }

    private Optional<byte[]> read(String key) throws IOException {
        try (InputStream in = s3.client().getObject(g -> g.bucket(s3.bucket()).key(key))) {
            return Optional.of(in.readAllBytes());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw s3.io("cannot read " + key, e);
        }
    }

    private void write(String key, byte[] bytes, String contentType) throws IOException {
        try {
            s3.client().putObject(p -> p.bucket(s3.bucket()).key(key).contentType(contentType),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw s3.io("cannot write " + key, e);
        }
    }

    private List<S3Object> list(String keyPrefix) throws IOException {
        try {
            var out = new ArrayList<S3Object>();
            s3.client().listObjectsV2Paginator(l -> l.bucket(s3.bucket()).prefix(keyPrefix))
                    .contents().forEach(out::add);
            return out;
        } catch (SdkException e) {
            throw s3.io("cannot list " + keyPrefix, e);
        }
    }

    /** Deletes the releases of {@code slug} but {@code keep} and {@code previous} (either may be null). */
    private void deleteReleases(String slug, String keep, String previous) throws IOException {
        var doomed = new ArrayList<ObjectIdentifier>();
        for (S3Object o : list(root + RELEASES + slug + ".r")) {
            String release = o.key().substring((root + RELEASES).length()).split("/", 2)[0];
            if (release.startsWith(slug + ".r") && isRelease(release, slug) && !release.equals(keep)
                    && !release.equals(previous)) {
                doomed.add(ObjectIdentifier.builder().key(o.key()).build());
            }
        }
        deleteAll(doomed);
    }

    /** Whether {@code release} is a release of {@code slug} and not of a slug that starts like it. */
    private static boolean isRelease(String release, String slug) {
        return release.substring(slug.length()).matches("\\.r\\d+\\.[0-9a-f]{8}");
    }

    private void deleteAll(List<ObjectIdentifier> keys) throws IOException {
        for (int from = 0; from < keys.size(); from += 1000) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + 1000));
            try {
                s3.client().deleteObjects(d -> d.bucket(s3.bucket()).delete(x -> x.objects(batch)));
            } catch (SdkException e) {
                throw s3.io("cannot delete old releases", e);
            }
        }
    }

    /** A release being written under its own prefix. */
    private final class S3Release implements Release {
        private final String slug;
        private final String id;

        S3Release(String slug, String id) {
            this.slug = slug;
            this.id = id;
        }

        @Override
        public void write(String path, byte[] bytes) throws IOException {
            if (path.startsWith("/") || List.of(path.split("/")).contains("..")) {
                throw new IOException("'" + path + "' leaves the release: publish files inside the gallery");
            }
            S3Site.this.write(root + RELEASES + id + "/" + path, bytes, contentType(path));
        }

        @Override
        public String makeLive() throws IOException {
            String previous = live(slug).orElse(null);
            S3Site.this.write(root + LIVE + slug, id.getBytes(StandardCharsets.UTF_8), "text/plain");
            try {
                deleteReleases(slug, id, previous);
            } catch (IOException e) {
                LOG.warn("published {}, but could not delete its older releases: {}", slug, e.getMessage());
            }
            S3Address a = s3.address();
            return "s3://" + a.bucket() + "/" + a.prefix() + slug + "/" + (a.endpoint() == null ? "" : " at "
                    + a.endpoint()) + " (release " + id + ")";
        }

        @Override
        public void discard() {
            try {
                deleteAll(list(root + RELEASES + id + "/").stream()
                        .map(o -> ObjectIdentifier.builder().key(o.key()).build()).toList());
            } catch (IOException e) {
                LOG.warn("could not delete the unpublished release {}: {}", id, e.getMessage());
            }
        }
    }

    private static String contentType(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (p.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (p.endsWith(".jpg") || p.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (p.endsWith(".json")) {
            return "application/json";
        }
        if (p.endsWith(".xml") || p.endsWith(".rss")) {
            return "application/rss+xml";
        }
        return "application/octet-stream";
    }
}
