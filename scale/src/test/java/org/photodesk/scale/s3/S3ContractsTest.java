package org.photodesk.scale.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.photodesk.core.contract.BlobStoreContract;
import org.photodesk.core.contract.PublishedSiteContract;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.Sha256;
import org.photodesk.core.publish.PublishedSite;
import org.photodesk.scale.testing.LocalS3;
import org.photodesk.scale.testing.ScaleServers;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/** The blob and site contracts of core, run against the S3 adapters on a real S3 endpoint, a fresh bucket each. */
@ExtendWith(ScaleServers.class)
class S3ContractsTest {

    private LocalS3 server;
    private final List<S3Connection> opened = new ArrayList<>();

    @BeforeEach
    void server(LocalS3 server) {
        this.server = server;
    }

    @AfterEach
    void closeConnections() {
        opened.forEach(S3Connection::close);
    }

    private S3Connection connect(ExecutionInterceptor interceptor) {
        S3Connection c = S3Connection.open(S3Address.parse(server.url(server.freshBucket()), name -> null),
                interceptor);
        opened.add(c);
        return c;
    }

    @Nested
    class Blobs extends BlobStoreContract {
        private S3Connection s3;
        private S3BlobStore store;

        @Override
        protected BlobStore newBlobStore() {
            s3 = connect(null);
            store = new S3BlobStore(s3);
            return store;
        }

        /** Overwrites the object with one byte changed, as another tool writing to the bucket would. */
        @Override
        protected void damage(String sha256) throws IOException {
            String key = store.blobKey(sha256);
            byte[] bytes = s3.client().getObjectAsBytes(g -> g.bucket(s3.bucket()).key(key)).asByteArray();
            bytes[bytes.length / 2] ^= 0x10;
            s3.client().putObject(p -> p.bucket(s3.bucket()).key(key), RequestBody.fromBytes(bytes));
        }

        @Override
        protected void lose(String sha256) {
            s3.client().deleteObject(d -> d.bucket(s3.bucket()).key(store.blobKey(sha256)));
        }
    }

    @Nested
    class Site extends PublishedSiteContract {
        @Override
        protected PublishedSite newSite() {
            return new S3Site(connect(null).under("site"));
        }
    }

    @Test
    void aLargeOriginalGoesUpInPartsAndComesBackWhole() throws Exception {
        var uploads = new AtomicInteger();
        var parts = new AtomicInteger();
        var reads = new AtomicInteger();
        var blobs = new S3BlobStore(connect(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof CreateMultipartUploadRequest) {
                    uploads.incrementAndGet();
                }
                if (context.request() instanceof UploadPartRequest) {
                    parts.incrementAndGet();
                }
                if (context.request() instanceof GetObjectRequest) {
                    reads.incrementAndGet();
                }
            }
        }));
        byte[] big = new byte[S3BlobStore.MULTIPART_THRESHOLD + 3 * 1024 * 1024];
        new Random(7).nextBytes(big);
        String sha = Sha256.hex(big);

        blobs.put(sha, big);

        assertThat(uploads.get()).isEqualTo(1);
        assertThat(parts.get()).isEqualTo(3);
        assertThat(blobs.contains(sha)).isTrue();
        assertThat(blobs.localPath(sha)).as("no local copies").isEmpty();
        try (InputStream in = blobs.open(sha)) {
            assertThat(streamedSha256(in)).isEqualTo(sha);
        }
        reads.set(0);

        blobs.put(sha, big);

        assertThat(uploads.get()).as("the same bytes again: nothing sent").isEqualTo(1);
        assertThat(reads.get()).as("known by the parts' ETag, not read back").isZero();
    }

    private static String streamedSha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
