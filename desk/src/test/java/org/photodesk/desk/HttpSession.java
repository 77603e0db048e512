package org.photodesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** One browser-like HTTP client with its own cookies, for tests against a running desk. */
final class HttpSession {

    static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    String csrf = "";

    HttpSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** A session whose connections come from {@code localAddress}, such as 127.0.0.7, to stand for another client. */
    HttpSession(String base, java.net.InetAddress localAddress) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).localAddress(localAddress).build();
    }

    /** The cookies this session sends, as a {@code Cookie} header value. */
    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** A request of {@code method} (such as HEAD) with no body and the {@code Accept} header given. */
    HttpResponse<String> request(String method, String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Logs in through the API and keeps the CSRF token; returns the response. */
    HttpResponse<String> login(String user, String password) {
        var r = json("POST", "/api/session", Map.of("username", user, "password", password));
        if (r.statusCode() == 200) {
            csrf = tree(r).get("csrfToken").asText();
        }
        return r;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    HttpResponse<byte[]> getBytes(String path) {
        return getBytes(path, null);
    }

    /** A GET with {@code If-None-Match: etag} when {@code etag} is not null. */
    HttpResponse<byte[]> getBytes(String path, String etag) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    HttpResponse<String> json(String method, String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header(DeskServer.CSRF_HEADER, csrf).method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON request with the CSRF token and one more header, such as {@code If-Match}. */
    HttpResponse<String> json(String method, String path, Object body, String header, String value) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header(DeskServer.CSRF_HEADER, csrf).header(header, value)
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> jsonNoCsrf(String method, String path, Object body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> upload(String name, byte[] bytes) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/uploads?name=" + enc(name)))
                .header("Content-Type", "application/octet-stream").header(DeskServer.CSRF_HEADER, csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** Posts a browser-style multipart form: the CSRF field, then file {@code field} named {@code fileName}. */
    HttpResponse<String> multipart(String path, String field, String fileName, byte[] bytes, boolean withCsrf) {
        String boundary = "----pd" + Long.toHexString(System.nanoTime());
        var out = new java.io.ByteArrayOutputStream();
        String csrfPart = withCsrf ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n" : "";
        out.writeBytes(csrfPart.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /**
     * Posts {@code bytes} as the body of {@code path} with the CSRF header, as the API's file imports expect; with
     * {@code Expect: 100-continue}, so that a refusal comes back as an answer before the body is sent.
     */
    HttpResponse<String> postBytes(String path, byte[] bytes) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/octet-stream")
                .header(DeskServer.CSRF_HEADER, csrf).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    static JsonNode tree(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
