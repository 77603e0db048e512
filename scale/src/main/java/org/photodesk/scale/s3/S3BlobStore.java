package org.photodesk.scale.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.photodesk.core.photo.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The {@link BlobStore} in an S3 bucket, with the folder store's content-addressed keys under the address's prefix:
 * originals at {@code ab/cd/abcd…} and renditions at {@code renditions/<kind>/ab/abcd….jpg}. An original is sent in
 * one request with its {@code Content-MD5} (the server refuses damaged bytes), or, from {@link #MULTIPART_THRESHOLD}
 * on, as a multipart upload of {@link #PART_SIZE} parts, each with its own MD5; either way {@link #put} returns only
 * once a {@code HEAD} confirms the object with its size, so a photo is never stored over a blob that is not there. A
 * crash mid-upload leaves no object under the key (an incomplete multipart upload at worst, which a bucket lifecycle
 * rule {@code AbortIncompleteMultipartUpload} removes). Reads stream from the bucket; nothing is copied to local disk.
 */
public final class S3BlobStore implements BlobStore {

    /** Originals this large or larger are uploaded in parts. */
    public static final int MULTIPART_THRESHOLD = 16 * 1024 * 1024;
    /** The size of each part but the last (S3 wants at least 5 MiB). */
    public static final int PART_SIZE = 8 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(S3BlobStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** The key of an original under the prefix: two folders of its first hex digits, then its SHA-256. */
    private static final Pattern ORIGINAL_KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final String JPEG = "image/jpeg";

    private final S3Connection s3;
    private final String prefix;

    /** The blobs under {@code s3}'s address prefix. */
    public S3BlobStore(S3Connection s3) {
        this.s3 = s3;
        this.prefix = s3.address().prefix();
    }

    /**
     * Stores {@code bytes} unless the object is there with these very bytes; an object of another size or content
     * (damaged, cut short, overwritten) is written again, which repairs it.
     */
    @Override
    public void put(String sha256, byte[] bytes) throws IOException {
        String key = blobKey(sha256);
        var existing = s3.head(key);
        if (existing.isPresent() && holds(key, existing.get(), bytes)) {
            return;
        }
        try {
            if (bytes.length >= MULTIPART_THRESHOLD) {
                putInParts(key, sha256, bytes);
            } else {
                putWhole(key, sha256, bytes, "application/octet-stream");
            }
        } catch (IOException e) {
            if (!storedMeanwhile(key, bytes.length)) {
                throw e;
            }
            LOG.debug("{} was stored by another writer while this one failed ({})", key, e.getMessage());
        }
        confirm(key, bytes.length);
    }

    /**
     * Whether the object holds exactly {@code bytes}: its size, then its ETag when that is the MD5 an upload of these
     * bytes gets (S3's own check), else the bytes read back (servers whose ETags are no MD5, such as encrypted ones).
     */
    private boolean holds(String key, HeadObjectResponse head, byte[] bytes) throws IOException {
        if (head.contentLength() != bytes.length) {
            LOG.warn("blob {} has {} bytes instead of {}: writing it again", key, head.contentLength(), bytes.length);
            return false;
        }
        String etag = head.eTag() == null ? "" : head.eTag().replace("\"", "");
        if (etag.equalsIgnoreCase(expectedETag(bytes)) || sameBytes(key, bytes)) {
            return true;
        }
        LOG.warn("blob {} does not hold the bytes its name says (damaged): writing it again", key);
        return false;
    }

    /** The ETag S3 gives {@code bytes} uploaded by {@link #put}: their MD5, or the MD5 of the parts' MD5s. */
    private static String expectedETag(byte[] bytes) {
        HexFormat hex = HexFormat.of();
        if (bytes.length < MULTIPART_THRESHOLD) {
            return hex.formatHex(md5Bytes(bytes, 0, bytes.length));
        }
        MessageDigest ofParts = md5();
        int parts = 0;
        for (int offset = 0; offset < bytes.length; offset += PART_SIZE, parts++) {
            ofParts.update(md5Bytes(bytes, offset, Math.min(PART_SIZE, bytes.length - offset)));
        }
        return hex.formatHex(ofParts.digest()) + "-" + parts;
    }

    private boolean sameBytes(String key, byte[] bytes) throws IOException {
        Optional<InputStream> stored = get(key);
        if (stored.isEmpty()) {
            return false;
        }
        try (InputStream in = stored.get()) {
            byte[] buffer = new byte[1 << 16];
            int at = 0;
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; at += n) {
                if (at + n > bytes.length || Arrays.mismatch(buffer, 0, n, bytes, at, at + n) >= 0) {
                    return false;
                }
            }
            return at == bytes.length;
        }
    }

    /**
     * The name of every original under the prefix (keys {@code ab/cd/<sha256>}), renditions and the published site
     * aside, listed page by page as the stream is read.
     */
    @Override
    public Stream<String> originals() throws IOException {
        try {
            return s3.client().listObjectsV2Paginator(l -> l.bucket(s3.bucket()).prefix(prefix)).contents().stream()
                    .map(o -> o.key().substring(prefix.length()))
                    .filter(k -> ORIGINAL_KEY.matcher(k).matches())
                    .map(k -> k.substring(6));
        } catch (SdkException e) {
            throw s3.io("cannot list the originals in " + s3.address().describe(), e);
        }
    }

    /**
     * Whether the object is there with its size after all: another process (an ingest worker, a desk node) that
     * received the same file stored the same bytes under the same key at the same moment, which some S3-compatible
     * servers refuse to one of the two writers.
     */
    private boolean storedMeanwhile(String key, long size) {
        try {
            return s3.head(key).filter(h -> h.contentLength() == size).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private void putWhole(String key, String sha256, byte[] bytes, String contentType) throws IOException {
        try {
            s3.client().putObject(p -> p.bucket(s3.bucket()).key(key).contentType(contentType)
                    .contentMD5(md5(bytes, 0, bytes.length)).metadata(Map.of("sha256", sha256)),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw s3.io("cannot store " + key, e);
        }
    }

    private void putInParts(String key, String sha256, byte[] bytes) throws IOException {
        String upload;
        try {
            upload = s3.client().createMultipartUpload(m -> m.bucket(s3.bucket()).key(key)
                    .contentType("application/octet-stream").metadata(Map.of("sha256", sha256))).uploadId();
        } catch (SdkException e) {
            throw s3.io("cannot start the upload of " + key, e);
        }
        try {
            List<CompletedPart> parts = uploadParts(key, upload, bytes);
            s3.client().completeMultipartUpload(c -> c.bucket(s3.bucket()).key(key).uploadId(upload)
                    .multipartUpload(u -> u.parts(parts)));
        } catch (SdkException e) {
            abort(key, upload);
            throw s3.io("cannot upload " + key + " in parts", e);
        }
    }

    private List<CompletedPart> uploadParts(String key, String upload, byte[] bytes) {
        var parts = new ArrayList<CompletedPart>();
        for (int offset = 0, number = 1; offset < bytes.length; offset += PART_SIZE, number++) {
            int length = Math.min(PART_SIZE, bytes.length - offset);
            int n = number;
            int from = offset;
            String etag = s3.client().uploadPart(p -> p.bucket(s3.bucket()).key(key).uploadId(upload).partNumber(n)
                    .contentLength((long) length).contentMD5(md5(bytes, from, length)),
                    RequestBody.fromInputStream(new java.io.ByteArrayInputStream(bytes, from, length), length)).eTag();
            parts.add(CompletedPart.builder().partNumber(n).eTag(etag).build());
        }
        return parts;
    }

    private void abort(String key, String upload) {
        try {
            s3.client().abortMultipartUpload(a -> a.bucket(s3.bucket()).key(key).uploadId(upload));
        } catch (SdkException e) {
            LOG.warn("could not abort the upload of {} ({}); a lifecycle rule removes it", key, e.getMessage());
        }
    }

    /** Checks that the object is there with its size: only then is the blob counted as stored. */
    private void confirm(String key, long size) throws IOException {
        var head = s3.head(key);
        if (head.isEmpty() || head.get().contentLength() != size) {
            throw new IOException("the storage did not confirm " + key + " in " + s3.address().describe() + " ("
                    + head.map(h -> h.contentLength() + " bytes instead of " + size).orElse("not there")
                    + "): nothing was stored; try again");
        }
    }

    @Override
    public boolean deleteOriginal(String sha256) throws IOException {
        String key = blobKey(sha256);
        if (s3.head(key).isEmpty()) {
            return false;
        }
        try {
            s3.client().deleteObject(d -> d.bucket(s3.bucket()).key(key));
            return true;
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            throw s3.io("cannot delete " + key, e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return exists(blobKey(sha256));
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        String key = blobKey(sha256);
        return get(key).orElseThrow(() -> new NoSuchFileException(key, null, "no such blob in "
                + s3.address().describe()));
    }

    /** Always empty: blobs are not on this machine's disk. */
    @Override
    public Optional<Path> localPath(String sha256) {
        return Optional.empty();
    }

    @Override
    public void putRendition(String sha256, String kind, byte[] bytes) throws IOException {
        putWhole(renditionKey(sha256, kind), sha256, bytes, JPEG);
    }

    @Override
    public Optional<InputStream> openRendition(String sha256, String kind) throws IOException {
        return get(renditionKey(sha256, kind));
    }

    @Override
    public boolean hasRendition(String sha256, String kind) {
        return exists(renditionKey(sha256, kind));
    }

    private boolean exists(String key) {
        try {
            return s3.head(key).isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<InputStream> get(String key) throws IOException {
        try {
            return Optional.of(s3.client().getObject(g -> g.bucket(s3.bucket()).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw s3.io("cannot read " + key, e);
        }
    }

    /** The key of original {@code sha256}. */
    String blobKey(String sha256) {
        String sha = expectSha256(sha256);
        return prefix + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
    }

    /** The key of rendition {@code kind} of original {@code sha256}. */
    String renditionKey(String sha256, String kind) {
        String sha = expectSha256(sha256);
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("rendition kind '" + kind
                    + "' is not a short lower-case name: use thumb or preview");
        }
        return prefix + "renditions/" + kind + "/" + sha.substring(0, 2) + "/" + sha + ".jpg";
    }

    private static String expectSha256(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("'" + sha256 + "' is not a SHA-256: expected 64 lower-case hex digits");
        }
        return sha256;
    }

    private static String md5(byte[] bytes, int offset, int length) {
        return Base64.getEncoder().encodeToString(md5Bytes(bytes, offset, length));
    }

    private static byte[] md5Bytes(byte[] bytes, int offset, int length) {
        MessageDigest md5 = md5();
        md5.update(bytes, offset, length);
        return md5.digest();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }
}
