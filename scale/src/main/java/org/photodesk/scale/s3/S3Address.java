package org.photodesk.scale.s3;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where blobs live in S3-compatible storage (AWS S3, MinIO, Ceph, S3Proxy), as {@code --blobs} gives it:
 * {@code s3://[ACCESS_KEY:SECRET@]BUCKET[/PREFIX][?endpoint=http://HOST:PORT&region=REGION]}. Without user-info the
 * credentials are the SDK's usual ones ({@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, a profile, an
 * instance role); without an endpoint, AWS itself. Requests are path-style, which every S3-compatible server
 * accepts. The secret never appears in {@link #describe()} or {@link #toString()}.
 *
 * @param prefix the key prefix every object of the library starts with, empty or ending in {@code /}
 * @param endpoint the server's URL, or null for AWS
 */
public record S3Address(String bucket, String prefix, URI endpoint, String region, String accessKey, String secretKey) {

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final String DEFAULT_REGION = "us-east-1";

    public S3Address {
        Objects.requireNonNull(bucket, "bucket");
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("'" + bucket + "' is not an S3 bucket name: use 3 to 63 lower-case "
                    + "letters, digits, dots and hyphens");
        }
        prefix = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("^/+|/+$", "") + "/";
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
    }

    /** Whether {@code url} names S3-compatible storage. */
    public static boolean accepts(String url) {
        return url != null && url.startsWith("s3://");
    }

    /** Parses {@code url}; the region, when not given, comes from {@code AWS_REGION} in {@code env}. */
    public static S3Address parse(String url, UnaryOperator<String> env) {
        if (!accepts(url)) {
            throw new IllegalArgumentException("--blobs '" + redact(url) + "' is not an S3 URL: write "
                    + "s3://BUCKET/PREFIX?endpoint=http://HOST:PORT");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--blobs '" + redact(url) + "' is not a valid URL: " + e.getReason(), e);
        }
        String authority = uri.getRawAuthority() != null ? uri.getRawAuthority() : rawAuthority(url);
        String bucket = authority == null ? null : authority.substring(authority.lastIndexOf('@') + 1);
        if (bucket == null || bucket.isEmpty()) {
            throw new IllegalArgumentException("--blobs '" + redact(url) + "' names no bucket: write s3://BUCKET/PREFIX");
        }
        String endpoint = parameter(uri.getRawQuery(), "endpoint");
        String region = parameter(uri.getRawQuery(), "region");
        String[] keys = userInfo(authority.contains("@") ? authority.substring(0, authority.lastIndexOf('@')) : null);
        return new S3Address(bucket, uri.getPath(), endpoint == null ? null : URI.create(endpoint),
                region != null ? region : env.apply("AWS_REGION"), keys[0], keys[1]);
    }

    /**
     * The text between {@code s3://} and the path or query, for the URLs whose authority {@link URI} leaves out (a
     * name that is no host name, such as one with an underscore), so that the bucket name check can say what is wrong.
     */
    private static String rawAuthority(String url) {
        String rest = url.substring("s3://".length());
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return rest.substring(0, end);
    }

    /** The address for messages: no secret. */
    public String describe() {
        return "s3://" + bucket + "/" + prefix + (endpoint == null ? "" : " at " + endpoint);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** The same endpoint and credentials, objects under {@code sub/} inside this prefix. */
    public S3Address under(String sub) {
        return new S3Address(bucket, prefix + sub, endpoint, region, accessKey, secretKey);
    }

    /** {@code url} with any secret in it replaced by {@code ***}, for messages. */
    public static String redact(String url) {
        return url == null ? null : url.replaceFirst("(//[^/:@]*:)[^@/]*@", "$1***@");
    }

    private static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String[] userInfo(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new String[2];
        }
        int colon = raw.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("an S3 URL's user-info must be ACCESS_KEY:SECRET, or leave it out and "
                    + "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
        }
        return new String[] {URLDecoder.decode(raw.substring(0, colon), StandardCharsets.UTF_8),
            URLDecoder.decode(raw.substring(colon + 1), StandardCharsets.UTF_8)};
    }
}
