package org.photodesk.scale.search;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an OpenSearch index lives, parsed from a URL such as {@code http://127.0.0.1:9200/photodesk}: the node (or a
 * load balancer in front of the cluster), the alias the library reads and writes through, and the shape of the
 * indexes created behind that alias ({@code ?shards=3&replicas=1}; one shard and no replica by default). Basic
 * authentication comes from the URL's user info ({@code https://user:secret@search.example:9200/photodesk}).
 *
 * @param alias the alias searched and written; every index behind it is named {@code alias-…}
 */
public record IndexAddress(String scheme, String host, int port, String alias, int shards, int replicas,
        String user, String password) {

    /** An OpenSearch index name: lower case, no leading '-', '_' or '+', none of {@code \/*?"<>| ,#:}. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

    public IndexAddress {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(alias, "alias");
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("an index needs at least one shard and no negative number of replicas,"
                    + " got shards=" + shards + " and replicas=" + replicas);
        }
    }

    /** The address in {@code url}; throws {@link IllegalArgumentException} that says how to write it. */
    public static IndexAddress parse(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw bad(url, "it must start with http:// or https://");
        }
        if (url.getHost() == null) {
            throw bad(url, "it names no host");
        }
        String alias = url.getPath() == null ? "" : url.getPath().replaceAll("^/+|/+$", "");
        if (!NAME.matcher(alias).matches()) {
            throw bad(url, "its path must be one index name in lower case, such as /photodesk");
        }
        Map<String, String> query = query(url);
        int shards = number(url, query, "shards", 1);
        int replicas = number(url, query, "replicas", 0);
        query.keySet().removeAll(java.util.Set.of("shards", "replicas"));
        if (!query.isEmpty()) {
            throw bad(url, "it has unknown parameters " + query.keySet() + "; only shards and replicas are known");
        }
        String user = null;
        String password = null;
        if (url.getUserInfo() != null) {
            int colon = url.getUserInfo().indexOf(':');
            user = colon < 0 ? url.getUserInfo() : url.getUserInfo().substring(0, colon);
            password = colon < 0 ? "" : url.getUserInfo().substring(colon + 1);
        }
        int port = url.getPort() > 0 ? url.getPort() : scheme.equals("https") ? 443 : 9200;
        return new IndexAddress(scheme, url.getHost(), port, alias, shards, replicas, user, password);
    }

    /** The URL of the node, without the alias. */
    public URI node() {
        return URI.create(scheme + "://" + host + ":" + port);
    }

    @Override
    public String toString() {
        return node() + "/" + alias;
    }

    private static Map<String, String> query(URI url) {
        var values = new HashMap<String, String>();
        if (url.getRawQuery() != null && !url.getRawQuery().isEmpty()) {
            for (String pair : url.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static int number(URI url, Map<String, String> query, String key, int absent) {
        String value = query.get(key);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(url, key + "=" + value + " is not a whole number");
        }
    }

    private static IllegalArgumentException bad(URI url, String why) {
        return new IllegalArgumentException("the index address '" + url.toString().replaceAll("//[^/@]*@", "//…@")
                + "' is not usable: " + why + "; write it as http://HOST:PORT/photodesk");
    }
}
