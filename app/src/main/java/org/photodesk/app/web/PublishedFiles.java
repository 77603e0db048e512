package org.photodesk.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the published galleries under {@code /published/} to anyone, from the published folder only: a path
 * that leaves the folder, hidden files and folders without an {@code index.html} are not found.
 */
final class PublishedFiles implements Handler {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "rss", "application/rss+xml",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "webp", "image/webp");
    /**
     * The published pages carry their own inline stylesheet and no script (their JSON-LD is data): styles inline
     * are allowed, scripts not at all.
     */
    static final String PUBLISHED_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'self'";
    private final Path root;

    PublishedFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void handle(Context ctx) throws IOException {
        String rel = URLDecoder.decode(ctx.pathParam("path"), StandardCharsets.UTF_8);
        Path file = root.resolve(rel).normalize();
        if (!file.startsWith(root) || rel.contains("\0") || hidden(root.relativize(file))) {
            throw notFound(ctx);
        }
        if (Files.isDirectory(file)) {
            if (!ctx.path().endsWith("/")) {
                ctx.redirect(ctx.path() + "/");
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            throw notFound(ctx);
        }
        ctx.contentType(type(file));
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Content-Security-Policy", PUBLISHED_POLICY);
        try (InputStream in = Files.newInputStream(file)) {
            ctx.result(in.readAllBytes());
        }
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static DeskException notFound(Context ctx) {
        return DeskException.notFound("Nothing is published at " + ctx.path() + ": check the gallery's slug.");
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
