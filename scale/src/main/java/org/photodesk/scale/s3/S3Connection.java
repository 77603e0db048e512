package org.photodesk.scale.s3;

import java.io.IOException;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One client to the bucket of an {@link S3Address}, shared by the library's blob store and published site: path-style
 * requests, integrity by {@code Content-MD5} (the flexible checksums of newer SDKs are sent only when an operation
 * requires them, since not every S3-compatible server knows them), and the bucket created when missing.
 */
public final class S3Connection implements AutoCloseable {

    private static final int NOT_FOUND = 404;

    private final S3Address address;
    private final S3Client client;

    private S3Connection(S3Address address, S3Client client) {
        this.address = address;
        this.client = client;
    }

    /** Connects to {@code address}, creating its bucket when it does not exist. */
    public static S3Connection open(S3Address address) {
        return open(address, null);
    }

    /** As {@link #open(S3Address)}, every request also passing {@code interceptor} (for tests), if not null. */
    public static S3Connection open(S3Address address, ExecutionInterceptor interceptor) {
        var overrides = ClientOverrideConfiguration.builder();
        if (interceptor != null) {
            overrides.addExecutionInterceptor(interceptor);
        }
        var builder = S3Client.builder()
                .region(Region.of(address.region()))
                .credentialsProvider(credentials(address))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(overrides.build());
        if (address.endpoint() != null) {
            builder.endpointOverride(address.endpoint());
        }
        var connection = new S3Connection(address, builder.build());
        connection.ensureBucket();
        return connection;
    }

    private static AwsCredentialsProvider credentials(S3Address address) {
        return address.accessKey() == null ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(address.accessKey(), address.secretKey()));
    }

    private void ensureBucket() {
        try {
            client.headBucket(b -> b.bucket(address.bucket()));
        } catch (NoSuchBucketException e) {
            createBucket();
        } catch (S3Exception e) {
            if (e.statusCode() != NOT_FOUND) {
                throw failure("cannot reach bucket", e);
            }
            createBucket();
        } catch (SdkException e) {
            throw failure("cannot reach bucket", e);
        }
    }

    private void createBucket() {
        try {
            client.createBucket(b -> b.bucket(address.bucket()));
        } catch (BucketAlreadyOwnedByYouException e) {
            // another desk node or ingest process created it a moment ago
        } catch (SdkException e) {
            throw failure("cannot create bucket", e);
        }
    }

    private IllegalStateException failure(String what, SdkException e) {
        return new IllegalStateException(what + " " + address.describe() + ": " + e.getMessage()
                + "; check the endpoint, the credentials and that the bucket may be created or used", e);
    }

    /** The same bucket and client, objects under {@code sub/} inside this address's prefix. */
    public S3Connection under(String sub) {
        return new S3Connection(address.under(sub), client);
    }

    public S3Address address() {
        return address;
    }

    public S3Client client() {
        return client;
    }

    public String bucket() {
        return address.bucket();
    }

    /** The object at {@code key}'s head, or empty when there is none. */
    public Optional<HeadObjectResponse> head(String key) throws IOException {
        try {
            return Optional.of(client.headObject(h -> h.bucket(address.bucket()).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw io("cannot read the head of " + key, e);
        } catch (SdkException e) {
            throw io("cannot read the head of " + key, e);
        }
    }

    /** An IOException for {@code e}, naming the storage and what was being done. */
    public IOException io(String what, SdkException e) {
        return new IOException(what + " in " + address.describe() + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        client.close();
    }
}
