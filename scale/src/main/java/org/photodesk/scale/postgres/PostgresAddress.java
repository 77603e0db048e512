package org.photodesk.scale.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where a PostgreSQL store is, as {@code --store} gives it: {@code postgresql://USER:PASSWORD@HOST:PORT/DATABASE?schema=S}
 * ({@code postgres://} and {@code jdbc:postgresql://} too). The user and password come from the URL's user-info,
 * else from {@code PGUSER} and {@code PGPASSWORD}; the password never appears in {@link #describe()} or
 * {@link #toString()}.
 *
 * @param schema the schema holding the library's tables ({@code public} when not given), so that one database can
 *     hold several libraries (the tests give each their own)
 */
public record PostgresAddress(String host, int port, String database, String user, String password, String schema,
        Map<String, String> parameters) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int DEFAULT_PORT = 5432;
    /** The parameter that sets the size of this process's connection pool; not passed to the driver. */
    public static final String POOL = "pool";

    public PostgresAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        schema = schema == null || schema.isBlank() ? "public" : schema;
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema '" + schema + "' is not a plain lower-case SQL name: use "
                    + "letters, digits and underscores, such as 'photodesk'");
        }
        parameters = Map.copyOf(parameters);
    }

    /** Whether {@code url} names a PostgreSQL store. */
    public static boolean accepts(String url) {
        return url != null && (url.startsWith("postgresql://") || url.startsWith("postgres://")
                || url.startsWith("jdbc:postgresql://"));
    }

    /** Parses {@code url}, taking a missing user or password from {@code env} ({@code PGUSER}, {@code PGPASSWORD}). */
    public static PostgresAddress parse(String url, UnaryOperator<String> env) {
        if (!accepts(url)) {
            throw new IllegalArgumentException("--store '" + redact(url) + "' is not a PostgreSQL URL: write "
                    + "postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
        }
        URI uri;
        try {
            uri = new URI(url.startsWith("jdbc:") ? url.substring(5) : url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--store '" + redact(url) + "' is not a valid URL: " + e.getReason(), e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--store '" + redact(url) + "' names no host: write "
                    + "postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("--store '" + redact(url) + "' names no database: add /DATABASE");
        }
        Map<String, String> query = query(uri.getRawQuery());
        String[] userInfo = userInfo(uri.getRawUserInfo());
        String user = userInfo[0] != null ? userInfo[0] : env.apply("PGUSER");
        String password = userInfo[1] != null ? userInfo[1] : env.apply("PGPASSWORD");
        String schema = query.remove("schema");
        if (schema == null) {
            schema = query.remove("currentSchema");
        }
        return new PostgresAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), decode(path),
                user == null ? System.getProperty("user.name") : user, password, schema, query);
    }

    /** The JDBC URL, without credentials (they are passed apart). */
    public String jdbcUrl() {
        var sb = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(database);
        char sep = '?';
        for (var e : parameters.entrySet()) {
            if (e.getKey().equals(POOL)) {
                continue;
            }
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return sb.toString();
    }

    /** The address for messages: no password. */
    public String describe() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database
                + ("public".equals(schema) ? "" : "?schema=" + schema);
    }

    /** The same store in another schema. */
    public PostgresAddress inSchema(String otherSchema) {
        return new PostgresAddress(host, port, database, user, password, otherSchema, parameters);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** {@code url} with any password in it replaced by {@code ***}, for messages. */
    public static String redact(String url) {
        return url == null ? null : url.replaceFirst("(//[^/:@]*:)[^@/]*@", "$1***@");
    }

    private static String[] userInfo(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new String[2];
        }
        int colon = raw.indexOf(':');
        return colon < 0 ? new String[] {decode(raw), null}
                : new String[] {decode(raw.substring(0, colon)), decode(raw.substring(colon + 1))};
    }

    private static Map<String, String> query(String raw) {
        var out = new LinkedHashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
